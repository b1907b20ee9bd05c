package org.alliancebrief.render.pdf;

import java.util.List;
import java.util.Locale;
import org.alliancebrief.brief.Changes;
import org.alliancebrief.brief.Part;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;

/** "Since the last brief": moves in points, new and vanished voices and actors, new articles. */
final class ChangesBlock {
    private final Sheet sheet;
    private final Typography type;

    ChangesBlock(Sheet sheet) {
        this.sheet = sheet;
        this.type = sheet.type;
    }

    void changes(Part.SinceLast part) {
        Changes c = part.changes();
        sheet.heading(part.heading(), 80);
        Paragraph intro = sheet.body(part.intro() + " " + articles(c));
        sheet.add(intro);
        if (c.moves().isEmpty()) {
            line("Shares", "no area or theme moved by a point or more.");
        }
        for (Changes.Move m : c.moves()) {
            line(
                    m.label(),
                    "%s → %s of articles (%s%s points)"
                            .formatted(
                                    percent(m.previous()),
                                    percent(m.current()),
                                    m.points() > 0 ? "+" : "−",
                                    format(Math.abs(m.points()))));
        }
        line("New voices", names(c.newVoices()));
        line("Voices no longer quoted", names(c.vanishedVoices()));
        line("New actors", names(c.newActors()));
        line("Actors no longer named", names(c.vanishedActors()));
    }

    private static String articles(Changes c) {
        return "It counted %s; this one counts %s, %s of them new."
                .formatted(
                        count(c.previousArticles()),
                        count(c.currentArticles()),
                        String.format(Locale.ROOT, "%,d", c.newArticles()));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n) + (n == 1 ? " article" : " articles");
    }

    private void line(String label, String text) {
        Font font = type.font(9.5f, Typography.INK);
        Paragraph p = new Paragraph(13f, "", font);
        p.add(new Chunk(label + ": ", type.boldFont(9.5f, Typography.INK)));
        p.add(type.text(text, font));
        p.setIndentationLeft(12f);
        p.setFirstLineIndent(-12f);
        p.setSpacingAfter(2f);
        sheet.add(p);
    }

    private static String names(List<String> names) {
        if (names.isEmpty()) {
            return "none.";
        }
        int shown = Math.min(names.size(), 12);
        String list = String.join(", ", names.subList(0, shown));
        return list + (names.size() > shown ? " and " + (names.size() - shown) + " more." : ".");
    }

    private static String percent(double share) {
        return format(Math.round(share * 1000) / 10.0) + "%";
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
