package org.alliancebrief.render.pdf;

import java.util.Locale;
import org.alliancebrief.brief.Part;
import org.alliancebrief.brief.Source;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;

/** The numbered source list: title, outlet, date, link and file of each source cited. */
final class SourceBlock {
    private final Sheet sheet;
    private final Typography type;

    SourceBlock(Sheet sheet) {
        this.sheet = sheet;
        this.type = sheet.type;
    }

    /** About the room one entry takes: two or three lines and the space after them. */
    private static final float ENTRY_HEIGHT = 36f;

    /** A list this short stays whole below its heading; a longer one keeps its first entries. */
    private static final int KEPT_WHOLE = 6;

    private static final int KEPT_FIRST = 3;

    void sources(Part.Sources part) {
        int n = part.listed().size();
        sheet.heading(
                part.heading(), Math.max(40f, ENTRY_HEIGHT * (n <= KEPT_WHOLE ? n : KEPT_FIRST)));
        Font font = type.font(8.5f, Typography.INK);
        Font numbers = type.boldFont(8.5f, Typography.ACCENT);
        int last = part.listed().stream().mapToInt(Source::number).max().orElse(0);
        float hang = numbers.getBaseFont().getWidthPoint("[" + last + "]  ", 8.5f);
        for (Source source : part.listed()) {
            sheet.add(entry(source, font, numbers, hang));
        }
        for (String line : part.summary()) {
            Paragraph p = new Paragraph(12f, line, type.font(9f, Typography.INK));
            p.setSpacingBefore(4f);
            p.setSpacingAfter(2f);
            sheet.add(p);
        }
    }

    private Paragraph entry(Source source, Font font, Font numbers, float hang) {
        Chunk number = new Chunk("[" + source.number() + "]", numbers);
        number.setLocalDestination(Sheet.sourceAnchor(source.number()));
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
