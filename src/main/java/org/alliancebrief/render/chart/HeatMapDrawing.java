package org.alliancebrief.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.TreeSet;
import org.alliancebrief.brief.Chart;

/**
 * A matrix of counts drawn cell by cell: rows on the left, column labels set vertically above, each
 * non-zero cell shaded by its count and printed with it, and a key below.
 */
final class HeatMapDrawing implements Drawing {
    private static final float TEXT = 7.5f;
    private static final float MAX_CELL_HEIGHT = 15f;
    private static final float MIN_CELL_HEIGHT = 10.5f;
    private static final float MAX_CELL_WIDTH = 44f;
    private static final float MAX_COLUMN_LABEL = 120f;
    private static final float MIN_COLUMN_LABEL = 60f;
    private static final float KEY_ROOM = 30f;
    private static final float GAP = 6f;

    private final Chart.HeatMap map;
    private final Font text;
    private final Font bold;
    private final int max;
    private final float rowLabelWidth;
    private final float cellWidth;
    private final float columnLabelHeight;
    private final float cellHeight;
    private final float height;

    HeatMapDrawing(Chart.HeatMap map, ChartFonts fonts, float width, float maxHeight) {
        this.map = map;
        this.text = fonts.regular(TEXT);
        this.bold = fonts.bold(TEXT);
        this.max =
                map.cells().stream()
                        .flatMap(List::stream)
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0);
        this.rowLabelWidth = rowLabelWidth(map, width);
        this.cellWidth =
                Math.min(MAX_CELL_WIDTH, (width - rowLabelWidth - GAP) / map.columns().size());
        float labels = (float) Math.min(MAX_COLUMN_LABEL, Labels.widest(map.columns(), text) + 4);
        float room = maxHeight - labels - KEY_ROOM - GAP;
        this.cellHeight =
                Math.max(MIN_CELL_HEIGHT, Math.min(MAX_CELL_HEIGHT, room / map.rows().size()));
        // Many rows: column labels give up length (cut with "…") before cells shrink further.
        float spare = maxHeight - KEY_ROOM - GAP - cellHeight * map.rows().size();
        this.columnLabelHeight = Math.max(MIN_COLUMN_LABEL, Math.min(labels, spare));
        this.height = columnLabelHeight + GAP + cellHeight * map.rows().size() + KEY_ROOM;
    }

    // Row labels get what the cells leave them: every count must fit its cell at full size.
    private float rowLabelWidth(Chart.HeatMap heatMap, float width) {
        double cell = Math.max(MIN_CELL_HEIGHT, Labels.width(Integer.toString(max), text) + 3);
        double leftover = width - GAP - cell * heatMap.columns().size();
        double wanted = Labels.widest(heatMap.rows(), text) + 2;
        return (float) Math.max(width * 0.16, Math.min(Math.min(wanted, width * 0.32), leftover));
    }

    @Override
    public float height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g2, float width, float h) {
        g2.setColor(Color.WHITE);
        g2.fill(new Rectangle2D.Float(0, 0, width, h));
        float gridLeft = rowLabelWidth + GAP;
        float gridTop = columnLabelHeight + GAP;
        paintColumnLabels(g2, gridLeft, columnLabelHeight);
        for (int r = 0; r < map.rows().size(); r++) {
            float y = gridTop + r * cellHeight;
            paintRowLabel(g2, map.rows().get(r), y);
            for (int c = 0; c < map.columns().size(); c++) {
                paintCell(g2, value(r, c), gridLeft + c * cellWidth, y);
            }
        }
        paintKey(g2, gridLeft, gridTop + map.rows().size() * cellHeight + 10);
    }

    private int value(int r, int c) {
        List<Integer> row = r < map.cells().size() ? map.cells().get(r) : List.of();
        return c < row.size() ? row.get(c) : 0;
    }

    private void paintColumnLabels(Graphics2D g2, float left, float bottom) {
        g2.setFont(text);
        g2.setColor(Palette.INK);
        float ascent = g2.getFontMetrics().getAscent();
        for (int c = 0; c < map.columns().size(); c++) {
            String label = Labels.fit(map.columns().get(c), text, columnLabelHeight - 4);
            float x = left + c * cellWidth + cellWidth / 2 + ascent / 2 - 1;
            AffineTransform saved = g2.getTransform();
            g2.translate(x, bottom);
            g2.rotate(-Math.PI / 2);
            g2.drawString(label, 0f, 0f);
            g2.setTransform(saved);
        }
    }

    private void paintRowLabel(Graphics2D g2, String row, float y) {
        g2.setFont(text);
        g2.setColor(Palette.INK);
        String label = Labels.fit(row, text, rowLabelWidth - 2);
        float labelWidth = (float) Labels.width(label, text);
        g2.drawString(label, rowLabelWidth - labelWidth, baseline(g2, y));
    }

    private void paintCell(Graphics2D g2, int count, float x, float y) {
        Rectangle2D cell = new Rectangle2D.Float(x + 0.5f, y + 0.5f, cellWidth - 1, cellHeight - 1);
        Color fill = count <= 0 ? Palette.EMPTY_CELL : shade(count);
        g2.setColor(fill);
        g2.fill(cell);
        if (count > 0) {
            String number = Integer.toString(count);
            g2.setFont(text);
            g2.setColor(Palette.textOn(fill));
            float numberWidth = (float) Labels.width(number, text);
            g2.drawString(number, x + (cellWidth - numberWidth) / 2, baseline(g2, y));
        }
    }

    private float baseline(Graphics2D g2, float top) {
        var metrics = g2.getFontMetrics();
        return top + (cellHeight + metrics.getAscent() - metrics.getDescent()) / 2;
    }

    private Color shade(int count) {
        return Palette.ramp(max <= 1 ? 1.0 : (count - 1) / (double) (max - 1));
    }

    private void paintKey(Graphics2D g2, float left, float top) {
        g2.setFont(bold);
        g2.setColor(Palette.INK);
        g2.drawString("Key:", left, top + 9);
        float x = left + (float) Labels.width("Key: ", bold) + 2;
        g2.setFont(text);
        x = keyItem(g2, x, top, Palette.EMPTY_CELL, "none") + 8;
        for (int step : keySteps()) {
            x = keyItem(g2, x, top, shade(step), Integer.toString(step)) + 6;
        }
    }

    private float keyItem(Graphics2D g2, float x, float top, Color fill, String label) {
        g2.setColor(fill);
        g2.fill(new Rectangle2D.Float(x, top, 14, 11));
        g2.setColor(Palette.INK);
        g2.drawString(label, x + 17, top + 9);
        return x + 17 + (float) Labels.width(label, text);
    }

    // Up to five whole-number steps from 1 to the largest count.
    private java.util.SortedSet<Integer> keySteps() {
        TreeSet<Integer> steps = new TreeSet<>();
        if (max <= 0) {
            return steps;
        }
        for (int i = 0; i <= 4; i++) {
            steps.add(1 + (int) Math.round((max - 1) * i / 4.0));
        }
        return steps;
    }
}
