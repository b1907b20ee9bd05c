package org.alliancebrief.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.brief.Chart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAnchor;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/** Horizontal bars, one row per category in the given order; stacked when there are series. */
final class BarDrawing implements Drawing {
    private static final float ROW_HEIGHT = 17f;
    private static final float MIN_ROW_HEIGHT = 11f;
    private static final float AXIS_ROOM = 34f;
    private static final float LEGEND_ROOM = 20f;
    private static final double LABEL_SHARE = 0.34;

    private final Chart.Bars bars;
    private final ChartFonts fonts;
    private final float width;
    private final float height;

    BarDrawing(Chart.Bars bars, ChartFonts fonts, float width, float maxHeight) {
        this.bars = bars;
        this.fonts = fonts;
        this.width = width;
        float fixed = AXIS_ROOM + 8 + (stacked() ? LEGEND_ROOM : 0);
        int rows = bars.rows().size();
        float rowHeight =
                Math.max(MIN_ROW_HEIGHT, Math.min(ROW_HEIGHT, (maxHeight - fixed) / rows));
        this.height = fixed + rows * rowHeight;
    }

    @Override
    public float height() {
        return height;
    }

    private boolean stacked() {
        return bars.series().size() > 1;
    }

    @Override
    public void paint(Graphics2D g2, float w, float h) {
        chart().draw(g2, new Rectangle2D.Double(0, 0, w, h));
    }

    private JFreeChart chart() {
        DefaultCategoryDataset data = dataset();
        JFreeChart chart =
                stacked()
                        ? ChartFactory.createStackedBarChart(
                                null,
                                null,
                                bars.valueAxis(),
                                data,
                                PlotOrientation.HORIZONTAL,
                                true,
                                false,
                                false)
                        : ChartFactory.createBarChart(
                                null,
                                null,
                                bars.valueAxis(),
                                data,
                                PlotOrientation.HORIZONTAL,
                                false,
                                false,
                                false);
        ChartStyle.apply(chart, fonts);
        ChartStyle.placeLegend(chart, RectangleEdge.TOP);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        styleCategories(plot.getDomainAxis());
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setUpperMargin(0.14);
        ChartStyle.formatAxis(axis, bars.percent(), allValues());
        styleBars((BarRenderer) plot.getRenderer());
        if (stacked()) {
            labelTotals(plot);
        }
        return chart;
    }

    private DefaultCategoryDataset dataset() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double room = width * LABEL_SHARE - 6;
        List<String> names = bars.series().isEmpty() ? List.of(bars.valueAxis()) : bars.series();
        for (int i = 0; i < bars.rows().size(); i++) {
            Chart.Bars.Row row = bars.rows().get(i);
            RowKey key =
                    new RowKey(
                            i, Labels.fit(row.label(), fonts.regular(ChartStyle.TICK_SIZE), room));
            for (int s = 0; s < names.size(); s++) {
                double value = s < row.values().size() ? row.values().get(s) : 0.0;
                data.addValue(value, seriesKey(names, s), key);
            }
        }
        return data;
    }

    // Series keys must be distinct even if two series share a name.
    private static String seriesKey(List<String> names, int s) {
        String name = names.get(s);
        return names.indexOf(name) == s ? name : name + " (" + (s + 1) + ")";
    }

    private void styleCategories(CategoryAxis axis) {
        axis.setMaximumCategoryLabelWidthRatio((float) LABEL_SHARE);
        axis.setMaximumCategoryLabelLines(1);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setTickLabelFont(fonts.regular(ChartStyle.TICK_SIZE));
    }

    // JFreeChart 1.5 deprecates the item label offset without a replacement yet
    @SuppressWarnings("deprecation")
    private void styleBars(BarRenderer renderer) {
        renderer.setDrawBarOutline(false);
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0);
        renderer.setMaximumBarWidth(0.9);
        for (int s = 0; s < Math.max(1, bars.series().size()); s++) {
            renderer.setSeriesPaint(s, Palette.series(s));
        }
        if (!stacked()) {
            renderer.setDefaultItemLabelGenerator(
                    new StandardCategoryItemLabelGenerator("{2}", format()));
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(fonts.regular(ChartStyle.ITEM_SIZE));
            renderer.setDefaultItemLabelPaint(Palette.INK);
            renderer.setDefaultPositiveItemLabelPosition(
                    new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setItemLabelAnchorOffset(3);
        }
    }

    // A label per stacked bar gives its total; labels on every segment would collide.
    private void labelTotals(CategoryPlot plot) {
        NumberFormat format = format();
        DefaultCategoryDataset data = (DefaultCategoryDataset) plot.getDataset();
        for (int c = 0; c < data.getColumnCount(); c++) {
            double total = 0;
            for (int r = 0; r < data.getRowCount(); r++) {
                Number value = data.getValue(r, c);
                total += value == null ? 0 : value.doubleValue();
            }
            CategoryTextAnnotation label =
                    new CategoryTextAnnotation(
                            " " + format.format(total), data.getColumnKey(c), total);
            label.setCategoryAnchor(CategoryAnchor.MIDDLE);
            label.setTextAnchor(TextAnchor.CENTER_LEFT);
            label.setFont(fonts.regular(ChartStyle.ITEM_SIZE));
            label.setPaint(Palette.INK);
            plot.addAnnotation(label);
        }
    }

    private NumberFormat format() {
        return ChartStyle.valueFormat(bars.percent(), allValues());
    }

    private List<Double> allValues() {
        List<Double> values = new ArrayList<>();
        bars.rows().forEach(row -> values.addAll(row.values()));
        return values;
    }
}
