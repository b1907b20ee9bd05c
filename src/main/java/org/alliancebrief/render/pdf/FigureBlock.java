package org.alliancebrief.render.pdf;

import java.util.Optional;
import org.alliancebrief.brief.Chart;
import org.alliancebrief.brief.Part;
import org.alliancebrief.render.chart.ChartDrawer;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfTemplate;

/** A numbered figure: the chart as vector art across the text width, its caption below. */
final class FigureBlock {
    private static final float CAPTION_ROOM = 46f;
    private static final float HEADING_ROOM = 44f;

    private final Sheet sheet;
    private final ChartDrawer drawer;

    FigureBlock(Sheet sheet) {
        this.sheet = sheet;
        this.drawer = new ChartDrawer(sheet.type.chartFonts);
    }

    /** A figure drawn but not yet placed: its height decides whether it fits where it is. */
    record Drawn(Part.Figure part, Optional<PdfTemplate> template) {
        /** Points the heading, chart and caption need together. */
        float height() {
            return template.map(t -> t.getHeight() + CAPTION_ROOM + 40f).orElse(HEADING_ROOM + 40f);
        }
    }

    Drawn draw(Part.Figure part) {
        float fullPage = sheet.document.top() - sheet.document.bottom();
        float maxHeight = fullPage - CAPTION_ROOM - HEADING_ROOM - 20;
        return new Drawn(
                part,
                drawer.draw(
                        part.chart(), sheet.writer.getDirectContent(), sheet.width(), maxHeight));
    }

    void figure(Part.Figure part) {
        place(draw(part));
    }

    void place(Drawn drawn) {
        float fullPage = sheet.document.top() - sheet.document.bottom();
        place(drawn, fullPage - CAPTION_ROOM - HEADING_ROOM - 20);
    }

    /** Places the figure with its chart at most {@code maxHeight} high (scaled down if need be). */
    void place(Drawn drawn, float maxHeight) {
        Part.Figure part = drawn.part();
        Chart chart = part.chart();
        if (drawn.template().isEmpty()) {
            sheet.heading(part.heading(), 30);
            Paragraph note =
                    new Paragraph(
                            14f,
                            "No figure: "
                                    + named(chart.title())
                                    + " has no data in this corpus. "
                                    + chart.caption(),
                            sheet.type.italicFont(9.5f, Typography.MUTED));
            note.setSpacingAfter(8f);
            sheet.add(note);
            return;
        }
        PdfTemplate template = drawn.template().get();
        // Heading, chart and caption go on one page: the chart is never parted from its words.
        sheet.heading(part.heading(), Math.min(template.getHeight(), maxHeight) + CAPTION_ROOM);
        Image image = Image.getInstance(template);
        if (template.getHeight() > maxHeight) {
            image.scaleToFit(sheet.width(), maxHeight); // a last resort: shrink rather than clip
        }
        image.setAlignment(Image.MIDDLE);
        image.setSpacingBefore(2f);
        image.setSpacingAfter(4f);
        sheet.add(image);
        sheet.add(caption(chart, part.number()));
    }

    /** The chart height that fits in {@code room} with heading and caption, or 0. */
    static float chartRoom(float room) {
        return Math.max(0, room - CAPTION_ROOM - 40f);
    }

    private Paragraph caption(Chart chart, int number) {
        Paragraph caption = new Paragraph(12f, "", sheet.type.font(8.5f, Typography.MUTED));
        caption.add(
                new Chunk(
                        "Figure " + number + ". " + period(chart.title()) + " ",
                        sheet.type.boldFont(8.5f, Typography.INK)));
        caption.add(new Chunk(chart.caption(), sheet.type.font(8.5f, Typography.MUTED)));
        caption.setAlignment(Element.ALIGN_LEFT);
        caption.setSpacingBefore(2f);
        caption.setSpacingAfter(10f);
        return caption;
    }

    private static String period(String title) {
        String t = title.strip();
        return t.endsWith(".") ? t : t + ".";
    }

    private static String named(String title) {
        String t = title.strip();
        if (t.isEmpty()) {
            return "this chart";
        }
        return "“" + t + "”";
    }
}
