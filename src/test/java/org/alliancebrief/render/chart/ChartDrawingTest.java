package org.alliancebrief.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.alliancebrief.brief.Chart;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

class ChartDrawingTest {
    private static Font liberation() throws Exception {
        try (InputStream in =
                ChartDrawingTest.class.getResourceAsStream(
                        "/liberation/LiberationSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static ChartFonts fonts() throws Exception {
        Font regular = liberation();
        FontMapper unused =
                new FontMapper() {
                    @Override
                    public BaseFont awtToPdf(Font font) {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public Font pdfToAwt(BaseFont font, int size) {
                        throw new UnsupportedOperationException();
                    }
                };
        return new ChartFonts(regular, regular, unused);
    }

    @Test
    void cutsLongLabelsWithAnEllipsisToFitTheirRoom() throws Exception {
        Font font = liberation().deriveFont(8f);
        String label = "European External Action Service and its Crisis Management Directorate";
        String fitted = Labels.fit(label, font, 100);
        assertTrue(fitted.endsWith("…"), fitted);
        assertTrue(Labels.width(fitted, font) <= 100);
        assertEquals("NATO", Labels.fit("NATO", font, 100));
    }

    @Test
    void findsNothingToDrawInAnEmptyTimeline() {
        assertFalse(
                ChartDrawer.hasData(
                        new Chart.Timeline("t", "c", "Articles", List.of(), List.of(), false)));
        assertFalse(
                ChartDrawer.hasData(
                        new Chart.HeatMap(
                                "t", "c", List.of("NATO"), List.of("Cyber"), List.of(List.of(0)))));
        assertTrue(
                ChartDrawer.hasData(
                        new Chart.Bars(
                                "t",
                                "c",
                                "Articles",
                                List.of("Articles"),
                                List.of(new Chart.Bars.Row("Cyber", List.of(1.0))),
                                false)));
    }

    @Test
    void growsHeatMapWithItsRowsWithinTheRoomGiven() throws Exception {
        HeatMapDrawing small = new HeatMapDrawing(heatMap(5), fonts(), 460, 560);
        HeatMapDrawing large = new HeatMapDrawing(heatMap(40), fonts(), 460, 560);
        assertTrue(large.height() > small.height());
        assertTrue(large.height() <= 560, "height " + large.height());
    }

    @Test
    void growsBarChartWithItsRowsWithinTheRoomGiven() throws Exception {
        List<Chart.Bars.Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(new Chart.Bars.Row("Actor " + i, List.of(40.0 - i)));
        }
        Chart.Bars bars = new Chart.Bars("t", "c", "Articles", List.of("Articles"), rows, false);
        Chart.Bars one =
                new Chart.Bars(
                        "t", "c", "Articles", List.of("Articles"), rows.subList(0, 1), false);
        float tall = new BarDrawing(bars, fonts(), 460, 560).height();
        assertTrue(tall <= 560 && tall > new BarDrawing(one, fonts(), 460, 560).height());
    }

    @Test
    void aBarIsDrawnInProportionToItsValue() throws Exception {
        int wide = inkedPixels(bars(40.0, 40.0));
        int narrow = inkedPixels(bars(40.0, 4.0));
        assertTrue(
                wide > narrow, "bars of 40 and 40 ink " + wide + " pixels, of 40 and 4 " + narrow);
    }

    private static Chart.Bars bars(double first, double second) {
        return new Chart.Bars(
                "t",
                "c",
                "Articles",
                List.of("Articles"),
                List.of(
                        new Chart.Bars.Row("Cyber", List.of(first)),
                        new Chart.Bars.Row("Space", List.of(second))),
                false);
    }

    private static int inkedPixels(Chart.Bars chart) throws Exception {
        BarDrawing drawing = new BarDrawing(chart, fonts(), 460, 560);
        int h = Math.round(drawing.height());
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(460, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g2 = image.createGraphics();
        g2.setColor(java.awt.Color.WHITE);
        g2.fillRect(0, 0, 460, h);
        drawing.paint(g2, 460, h);
        g2.dispose();
        int inked = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < 460; x++) {
                java.awt.Color c = new java.awt.Color(image.getRGB(x, y));
                // a bar's fill is saturated; text, grid and background are grey
                int spread =
                        Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue()))
                                - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
                if (spread > 60) {
                    inked++;
                }
            }
        }
        return inked;
    }

    private static Chart.HeatMap heatMap(int rows) {
        List<String> names = new ArrayList<>();
        List<List<Integer>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            names.add("Actor " + r);
            cells.add(Collections.nCopies(24, 100 + r));
        }
        List<String> columns = Collections.nCopies(24, "Resilience and critical infrastructure");
        return new Chart.HeatMap("t", "c", names, columns, cells);
    }
}
