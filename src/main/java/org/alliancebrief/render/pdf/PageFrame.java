package org.alliancebrief.render.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * What every page carries outside the text block: an accent band on the first page, the brief's
 * title as a running header on the others, and "Page X of Y" in the footer.
 */
final class PageFrame extends PdfPageEventHelper {
    private static final float SMALL = 8f;

    private final Typography type;
    private final String title;
    private final String footerNote;
    private PdfTemplate total;

    PageFrame(Typography type, String title, String footerNote) {
        this.type = type;
        this.title = title;
        this.footerNote = footerNote;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        if (writer.getPageNumber() == 1) {
            canvas.saveState();
            canvas.setColorFill(Typography.ACCENT);
            canvas.rectangle(0, page.getHeight() - 14, page.getWidth(), 14);
            canvas.fill();
            canvas.restoreState();
        } else {
            float y = document.top() + 22;
            text(canvas, type.regular, fit(title, right - left), left, y);
            rule(canvas, left, right, y - 6);
        }
        float footer = document.bottom() - 34;
        rule(canvas, left, right, footer + 12);
        String page1 = "Page " + writer.getPageNumber() + " of ";
        text(canvas, type.regular, page1, left, footer);
        canvas.addTemplate(total, left + type.regular.getWidthPoint(page1, SMALL), footer);
        float noteWidth = type.regular.getWidthPoint(footerNote, SMALL);
        text(canvas, type.regular, footerNote, right - noteWidth, footer);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(type.regular, SMALL);
        total.setColorFill(Typography.MUTED);
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }

    private void text(PdfContentByte canvas, BaseFont font, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, SMALL);
        canvas.setColorFill(Typography.MUTED);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
    }

    private static void rule(PdfContentByte canvas, float left, float right, float y) {
        canvas.saveState();
        canvas.setColorStroke(Typography.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, y);
        canvas.lineTo(right, y);
        canvas.stroke();
        canvas.restoreState();
    }

    private String fit(String text, float room) {
        if (type.regular.getWidthPoint(text, SMALL) <= room) {
            return text;
        }
        // widths add up character by character (no kerning): one pass, not one per character
        float left = room - type.regular.getWidthPoint("…", SMALL);
        int end = 0;
        while (end < text.length()) {
            int next = text.offsetByCodePoints(end, 1);
            left -= type.regular.getWidthPoint(text.substring(end, next), SMALL);
            if (left < 0) {
                break;
            }
            end = next;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
