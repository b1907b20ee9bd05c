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
        try (InputStream in = ChartDrawingTest.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        }
    }

    private static ChartFonts fonts() throws Exception {
        Font regular = liberation();
        FontMapper unused = new FontMapper() {
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
        assertFalse(ChartDrawer.hasData(new Chart.Timeline("t", "c", "Articles", List.of(), List.of(), false)));
        assertFalse(ChartDrawer.hasData(new Chart.HeatMap("t", "c", List.of("NATO"), List.of("Cyber"),
                List.of(List.of(0)))));
        assertTrue(ChartDrawer.hasData(new Chart.Bars("t", "c", "Articles", List.of("Articles"),
                List.of(new Chart.Bars.Row("Cyber", List.of(1.0))), false)));
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
        Chart.Bars one = new Chart.Bars("t", "c", "Articles", List.of("Articles"), rows.subList(0, 1), false);
        float tall = new BarDrawing(bars, fonts(), 460, 560).height();
        assertTrue(tall <= 560 && tall > new BarDrawing(one, fonts(), 460, 560).height());
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
