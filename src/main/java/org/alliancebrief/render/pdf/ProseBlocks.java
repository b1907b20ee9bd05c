package org.alliancebrief.render.pdf;

import java.util.List;
import org.alliancebrief.brief.CitedQuote;
import org.alliancebrief.brief.KeyFinding;
import org.alliancebrief.brief.Part;
import org.openpdf.text.Chunk;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** The parts made of words: key findings, topic sections, plain text, the annex and sources. */
final class ProseBlocks {
    private final Sheet sheet;
    private final Typography type;

    ProseBlocks(Sheet sheet) {
        this.sheet = sheet;
        this.type = sheet.type;
    }

    void keyFindings(Part.KeyFindings part) {
        sheet.heading(part.heading(), 60);
        PdfPCell box = new PdfPCell();
        box.setBackgroundColor(Typography.TINT);
        box.setBorder(Rectangle.NO_BORDER); // the heading's rule is the only line above it
        box.setPaddingTop(10f);
        box.setPaddingBottom(8f);
        box.setPaddingLeft(14f);
        box.setPaddingRight(14f);
        Font font = type.font(10.5f, Typography.INK);
        Font marker = type.font(8f, Typography.ACCENT);
        // the hang is the marker's own width and its gap, so that wrapped lines align with
        // the first line's text
        String gap = "  ";
        float hang =
                marker.getBaseFont().getWidthPoint("■", 8f)
                        + font.getBaseFont().getWidthPoint(gap, 10.5f);
        for (KeyFinding finding : part.findings()) {
            Paragraph bullet = new Paragraph(15f, "", font);
            bullet.add(new Chunk("■", marker).setTextRise(1f));
            bullet.add(type.text(gap + finding.text(), font));
            bullet.setIndentationLeft(hang);
            bullet.setFirstLineIndent(-hang);
            bullet.setSpacingAfter(5f);
            box.addElement(bullet);
        }
        if (part.findings().isEmpty()) {
            box.addElement(
                    new Paragraph(
                            "No finding could be drawn from this corpus.",
                            type.italicFont(10f, Typography.MUTED)));
        }
        sheet.add(fullWidth(box, 4f));
    }

    void topicSection(Part.TopicSection part) {
        // the heading stays with its paragraph and first quotation
        float width = sheet.width();
        float needed =
                lines(part.paragraph(), type.font(Sheet.BODY, Typography.INK), width)
                                * Sheet.LEADING
                        + 8f;
        if (!part.quotes().isEmpty()) {
            CitedQuote first = part.quotes().get(0);
            needed +=
                    lines(first.text(), type.italicFont(10f, Typography.INK), width * 0.9f - 14f)
                                    * 14f
                            + 32f;
        }
        sheet.heading(part.heading(), needed);
        Paragraph paragraph = sheet.body(part.paragraph());
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        sheet.add(paragraph);
        for (CitedQuote quote : part.quotes()) {
            sheet.add(blockQuote(quote));
        }
    }

    /** About how many lines {@code text} takes in {@code font} at {@code width} points. */
    private static int lines(String text, Font font, float width) {
        float w = font.getBaseFont().getWidthPoint(text, font.getSize());
        return (int) Math.ceil(w * 1.06f / width);
    }

    private PdfPTable blockQuote(CitedQuote quote) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderColor(Typography.ACCENT);
        cell.setBorderWidthLeft(2f);
        cell.setPaddingLeft(12f);
        cell.setPaddingTop(1f);
        cell.setPaddingBottom(3f);
        Paragraph words =
                type.paragraph(14f, quoted(quote.text()), type.italicFont(10f, Typography.INK));
        words.setSpacingAfter(3f);
        cell.addElement(words);
        Font small = type.font(8.5f, Typography.MUTED);
        Paragraph attribution = new Paragraph(12f, "", small);
        attribution.add(type.text("— " + quote.speaker(), type.boldFont(8.5f, Typography.MUTED)));
        String role = quote.role().isBlank() ? "" : ", " + quote.role().strip();
        attribution.add(new Chunk(role + " · " + quote.date() + " ", small));
        attribution.add(sheet.citation(quote.source(), type.font(8.5f, Typography.ACCENT)));
        cell.addElement(attribution);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(90f);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        table.setKeepTogether(true);
        return table;
    }

    private static String quoted(String text) {
        return QuoteMarks.quoted(text);
    }

    void text(Part.Text part) {
        sheet.heading(part.heading(), 40);
        for (String paragraph : part.paragraphs()) {
            sheet.add(textParagraph(paragraph));
        }
    }

    /**
     * Points a text part needs on the page, heading included: its paragraphs laid out in a
     * simulated column of the text's width (nothing is drawn).
     */
    float height(Part.Text part) {
        var document = sheet.document;
        float top = 100_000f;
        ColumnText column = new ColumnText(sheet.writer.getDirectContent());
        column.setSimpleColumn(document.left(), 0f, document.right(), top);
        for (String paragraph : part.paragraphs()) {
            column.addElement(textParagraph(paragraph));
        }
        try {
            column.go(true);
        } catch (DocumentException e) {
            return Float.MAX_VALUE; // cannot be measured: treat it as not fitting
        }
        return HEADING_HEIGHT + (top - column.getYLine());
    }

    /** Heading, its rule and the space around them, as {@link Sheet#heading} lays them out. */
    private static final float HEADING_HEIGHT = 48f;

    private Paragraph textParagraph(String paragraph) {
        Paragraph p = sheet.body(paragraph);
        // a long unbreakable token (a path, a SHA-256) would stretch a justified line
        boolean longToken =
                java.util.Arrays.stream(paragraph.split("\\s+")).anyMatch(w -> w.length() > 28);
        p.setAlignment(longToken ? Element.ALIGN_LEFT : Element.ALIGN_JUSTIFIED);
        return p;
    }

    void evidenceAnnex(Part.EvidenceAnnex part) {
        sheet.heading(part.heading(), 110);
        if (!part.intro().isBlank()) {
            sheet.add(sheet.body(part.intro()));
        }
        int number = 0;
        for (KeyFinding finding : part.findings()) {
            sheet.keepRoom(50);
            Paragraph claim =
                    type.paragraph(
                            13.5f,
                            (++number) + ". " + finding.text(),
                            type.boldFont(9.5f, Typography.INK));
            claim.setIndentationLeft(14f);
            claim.setFirstLineIndent(-14f);
            claim.setSpacingBefore(6f);
            claim.setSpacingAfter(3f);
            sheet.add(claim);
            evidence(finding.evidence());
        }
    }

    private void evidence(List<KeyFinding.EvidenceItem> items) {
        Font font = type.font(9f, Typography.INK);
        if (items.isEmpty()) {
            Paragraph none =
                    new Paragraph(
                            12.5f,
                            "No sentence is recorded for this finding.",
                            type.italicFont(9f, Typography.MUTED));
            none.setIndentationLeft(14f);
            sheet.add(none);
        }
        for (KeyFinding.EvidenceItem item : items) {
            Paragraph line = new Paragraph(12.5f, "", font);
            line.add(type.text(quoted(item.sentence()) + " ", font));
            line.add(sheet.citation(item.source(), type.font(9f, Typography.ACCENT)));
            line.setIndentationLeft(14f);
            line.setSpacingAfter(3f);
            sheet.add(line);
        }
    }

    static PdfPTable fullWidth(PdfPCell cell, float spacingAfter) {
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100f);
        table.addCell(cell);
        table.setSpacingBefore(2f);
        table.setSpacingAfter(spacingAfter);
        return table;
    }
}
