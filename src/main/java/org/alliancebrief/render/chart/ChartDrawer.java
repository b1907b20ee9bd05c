package org.alliancebrief.render.chart;

import java.awt.Graphics2D;
import java.util.Objects;
import java.util.Optional;
import org.alliancebrief.brief.Chart;
import org.jfree.chart.text.TextUtils;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfGraphics2D;
import org.openpdf.text.pdf.PdfTemplate;

/**
 * Draws a brief's charts as vector form XObjects whose text uses the document's embedded fonts:
 * bars and timelines through JFreeChart, heat maps cell by cell.
 */
public final class ChartDrawer {
    private final ChartFonts fonts;

    public ChartDrawer(ChartFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** Whether the chart has anything to draw; an empty one deserves a note, not axes. */
    public static boolean hasData(Chart chart) {
        return switch (chart) {
            case Chart.Bars bars ->
                    !bars.rows().isEmpty()
                            && bars.rows().stream().anyMatch(row -> !row.values().isEmpty());
            case Chart.HeatMap map ->
                    !map.rows().isEmpty()
                            && !map.columns().isEmpty()
                            && map.cells().stream()
                                    .flatMap(java.util.List::stream)
                                    .anyMatch(v -> v > 0);
            case Chart.Timeline line ->
                    !line.years().isEmpty()
                            && !line.series().isEmpty()
                            && line.series().stream().anyMatch(s -> !s.values().isEmpty());
        };
    }

    /**
     * The chart as a form {@code width} points wide and at most about {@code maxHeight} high, or
     * empty when {@link #hasData} is false.
     */
    public Optional<PdfTemplate> draw(
            Chart chart, PdfContentByte canvas, float width, float maxHeight) {
        if (!hasData(chart)) {
            return Optional.empty();
        }
        Drawing drawing = layout(chart, width, maxHeight);
        float height = drawing.height();
        PdfTemplate template = canvas.createTemplate(width, height);
        // Rotated labels become real text (searchable, embedded font) instead of outlines.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        Graphics2D g2 = template.createGraphics(width, height, fonts.mapper());
        try {
            if (g2 instanceof PdfGraphics2D pdf) {
                pdf.setCompositeFontDrawerEnabled(false);
            }
            drawing.paint(g2, width, height);
        } finally {
            g2.dispose(); // the drawing reaches the template only on dispose
        }
        return Optional.of(template);
    }

    private Drawing layout(Chart chart, float width, float maxHeight) {
        return switch (chart) {
            case Chart.Bars bars -> new BarDrawing(bars, fonts, width, maxHeight);
            case Chart.HeatMap map -> new HeatMapDrawing(map, fonts, width, maxHeight);
            case Chart.Timeline line -> new TimelineDrawing(line, fonts, width);
        };
    }
}
