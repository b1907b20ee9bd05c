package org.alliancebrief.render.pdf;

import java.util.List;
import java.util.Locale;
import org.alliancebrief.brief.Part;
import org.alliancebrief.brief.Source;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.ColumnText;

/** The numbered source list: title, outlet, date, link and file of each source cited. */
final class SourceBlock {
    private final Sheet sheet;
    private final Typography type;

    SourceBlock(Sheet sheet) {
        this.sheet = sheet;
        this.type = sheet.type;
    }

    /** A list this short stays whole below its heading; a longer one keeps its first entries. */
    private static final int KEPT_WHOLE = 6;

    private static final int KEPT_FIRST = 3;

    void sources(Part.Sources part) {
        Font font = type.font(8.5f, Typography.INK);
        Font numbers = type.boldFont(8.5f, Typography.ACCENT);
        int last = part.listed().stream().mapToInt(Source::number).max().orElse(0);
        float hang = numbers.getBaseFont().getWidthPoint("[" + last + "]  ", 8.5f);
        int n = part.listed().size();
        List<Source> kept = part.listed().subList(0, n <= KEPT_WHOLE ? n : KEPT_FIRST);
        sheet.heading(part.heading(), Math.max(40f, height(kept, font, numbers, hang)));
        for (Source source : part.listed()) {
            sheet.add(entry(source, font, numbers, hang, true));
        }
        for (String line : part.summary()) {
            Paragraph p = new Paragraph(12f, line, type.font(9f, Typography.INK));
            p.setSpacingBefore(4f);
            p.setSpacingAfter(2f);
            sheet.add(p);
        }
    }

    /**
     * Points {@code sources} take laid out in a simulated column of the text's width (nothing is
     * drawn, no anchor is set).
     */
    private float height(List<Source> sources, Font font, Font numbers, float hang) {
        float top = 100_000f;
        ColumnText column = new ColumnText(sheet.writer.getDirectContent());
        column.setSimpleColumn(sheet.document.left(), 0f, sheet.document.right(), top);
        for (Source source : sources) {
            column.addElement(entry(source, font, numbers, hang, false));
        }
        try {
            column.go(true);
        } catch (DocumentException e) {
            return Float.MAX_VALUE; // cannot be measured: keep the heading with a fresh page
        }
        return top - column.getYLine();
    }

    private Paragraph entry(Source source, Font font, Font numbers, float hang, boolean anchored) {
        Chunk number = new Chunk("[" + source.number() + "]", numbers);
        if (anchored) {
            number.setLocalDestination(Sheet.sourceAnchor(source.number()));
        }
        Paragraph entry = new Paragraph(11.5f, "", font);
        entry.add(number);
        entry.add(type.text("  " + sentence(source.title()) + " ", font));
        source.outlet()
                .ifPresent(
                        o ->
                                entry.add(
                                        type.text(
                                                sentence(o) + " ",
                                                type.italicFont(8.5f, Typography.INK))));
        entry.add(
                new Chunk(capitalised(sentence(source.dateLabel().orElse("undated"))) + " ", font));
        source.duplicateOf()
                .ifPresent(
                        d ->
                                entry.add(
                                        new Chunk(
                                                "Near-duplicate of [" + d + "], not counted. ",
                                                font)));
        source.url()
                .ifPresent(
                        u -> {
                            Chunk link = new Chunk(u, type.font(8f, Typography.ACCENT));
                            link.setAnchor(u);
                            entry.add(link);
                            entry.add(new Chunk(" ", font));
                        });
        entry.add(new Chunk(source.id(), type.font(8f, Typography.MUTED)));
        entry.setIndentationLeft(hang);
        entry.setFirstLineIndent(-hang);
        entry.setSpacingAfter(3.5f);
        return entry;
    }

    private static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("?") || t.endsWith("!")) {
            return t;
        }
        return t + ".";
    }

    private static String capitalised(String text) {
        return text.isEmpty()
                ? text
                : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
