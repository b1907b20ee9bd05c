package org.alliancebrief.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** The house look shared by the JFreeChart figures: flat, white, thin grey grid, no shadows. */
final class ChartStyle {
    static final float TICK_SIZE = 8f;
    static final float LABEL_SIZE = 8.5f;
    static final float ITEM_SIZE = 7.5f;

    private ChartStyle() {}

    static void apply(JFreeChart chart, ChartFonts fonts) {
        StandardChartTheme theme = new StandardChartTheme("brief", false);
        theme.setExtraLargeFont(fonts.bold(11f));
        theme.setLargeFont(fonts.regular(LABEL_SIZE));
        theme.setRegularFont(fonts.regular(TICK_SIZE));
        theme.setSmallFont(fonts.regular(ITEM_SIZE));
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setLegendBackgroundPaint(Color.WHITE);
        theme.setLegendItemPaint(Palette.INK);
        theme.setAxisLabelPaint(Palette.INK);
        theme.setTickLabelPaint(Palette.INK);
        theme.setItemLabelPaint(Palette.INK);
        theme.setRangeGridlinePaint(Palette.GRID);
        theme.setDomainGridlinePaint(Palette.GRID);
        theme.apply(chart);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 0, 2, 4));
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(2, 0, 2, 2));
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setDomainGridlinesVisible(false);
        plot.getDomainAxis().setAxisLinePaint(Palette.MUTED);
        plot.getDomainAxis().setTickMarksVisible(false);
        plot.getRangeAxis().setAxisLineVisible(false);
        plot.getRangeAxis().setTickMarkPaint(Palette.GRID);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setItemFont(fonts.regular(TICK_SIZE));
        }
    }

    static void placeLegend(JFreeChart chart, RectangleEdge edge) {
        if (chart.getLegend() != null) {
            chart.getLegend().setPosition(edge);
        }
    }

    /** Percent ticks for shares, whole-number ticks for counts, a plain format otherwise. */
    static NumberFormat valueFormat(boolean percent, List<Double> values) {
        if (percent) {
            NumberFormat format = NumberFormat.getPercentInstance(Locale.ENGLISH);
            format.setMaximumFractionDigits(0);
            return format;
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(allWhole(values) ? 0 : 1);
        return format;
    }

    static void formatAxis(NumberAxis axis, boolean percent, List<Double> values) {
        axis.setNumberFormatOverride(valueFormat(percent, values));
        if (!percent && allWhole(values)) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        axis.setAutoRangeIncludesZero(true);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (percent && max * (1 + axis.getUpperMargin()) > 0.95) {
            // Room for labels past 100% but no tick there: a share cannot exceed the whole.
            axis.setUpperBound(1.16);
            axis.setTickUnit(new NumberTickUnit(0.2, valueFormat(true, values)));
        }
    }

    static boolean allWhole(List<Double> values) {
        return values.stream().allMatch(v -> v == Math.rint(v));
    }
}
