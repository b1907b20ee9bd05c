package org.alliancebrief.render.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.brief.Chart;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.DefaultCategoryDataset;

/** One line per series over the years, with a marker on every year so single points show. */
final class TimelineDrawing implements Drawing {
    private static final float PLOT_HEIGHT = 190f;
    private static final float LEGEND_ROW = 14f;
    private static final float YEAR_ROOM = 26f;

    private final Chart.Timeline timeline;
    private final ChartFonts fonts;
    private final float width;
    private final float height;

    TimelineDrawing(Chart.Timeline timeline, ChartFonts fonts, float width) {
        this.timeline = timeline;
        this.fonts = fonts;
        this.width = width;
        int perRow = Math.max(1, (int) (width / 150));
        int legendRows =
                timeline.series().size() > 1 ? (timeline.series().size() + perRow - 1) / perRow : 0;
        this.height = PLOT_HEIGHT + legendRows * LEGEND_ROW + 40;
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g2, float w, float h) {
        chart().draw(g2, new Rectangle2D.Double(0, 0, w, h));
    }

    private JFreeChart chart() {
        boolean legend = timeline.series().size() > 1;
        JFreeChart chart =
                ChartFactory.createLineChart(
                        null,
                        null,
                        timeline.valueAxis(),
                        dataset(),
                        PlotOrientation.VERTICAL,
                        legend,
                        false,
                        false);
        ChartStyle.apply(chart, fonts);
        ChartStyle.placeLegend(chart, RectangleEdge.BOTTOM);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryAxis years = plot.getDomainAxis();
        years.setTickLabelFont(fonts.regular(ChartStyle.TICK_SIZE));
        years.setLowerMargin(0.03);
        years.setUpperMargin(0.03);
        // Years are set upright only when side by side they would touch.
        if (timeline.years().size() * YEAR_ROOM > width - 60) {
            years.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
        }
        NumberAxis axis = (NumberAxis) plot.getRangeAxis();
        axis.setUpperMargin(0.1);
        ChartStyle.formatAxis(axis, timeline.percent(), allValues());
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setDefaultShapesFilled(true);
        for (int s = 0; s < timeline.series().size(); s++) {
            renderer.setSeriesPaint(s, Palette.series(s));
            renderer.setSeriesStroke(
                    s, new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        return chart;
    }

    private DefaultCategoryDataset dataset() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> seen = new ArrayList<>();
        for (Chart.Timeline.Line line : timeline.series()) {
            String name =
                    seen.contains(line.name())
                            ? line.name() + " (" + (seen.size() + 1) + ")"
                            : line.name();
            seen.add(name);
            for (int y = 0; y < timeline.years().size(); y++) {
                Double value = y < line.values().size() ? line.values().get(y) : null;
                data.addValue(value, name, Integer.toString(timeline.years().get(y)));
            }
        }
        return data;
    }

    private List<Double> allValues() {
        List<Double> values = new ArrayList<>();
        timeline.series().forEach(line -> values.addAll(line.values()));
        return values;
    }
}
