package org.alliancebrief.render.pdf;

import java.util.List;
import org.alliancebrief.brief.Part;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** A data table in small type: accent header row repeated on every page, zebra rows. */
final class TableBlock {
    private static final float SIZE = 7.8f;

    private final Sheet sheet;

    TableBlock(Sheet sheet) {
        this.sheet = sheet;
    }

    void table(Part.Table part) {
        sheet.heading(part.heading(), 60);
        if (!part.intro().isBlank()) {
            sheet.add(sheet.body(part.intro()));
        }
        int columns = Math.max(1, part.columns().size());
        PdfPTable table = new PdfPTable(widths(part.widths(), columns));
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        table.setSplitLate(true); // a row moves whole to the next page unless taller than one
        table.setSpacingBefore(4f);
        table.setSpacingAfter(8f);
        Font head = sheet.type.boldFont(SIZE, java.awt.Color.WHITE);
        for (int c = 0; c < columns; c++) {
            String name = c < part.columns().size() ? part.columns().get(c) : "";
            PdfPCell cell = cell(name, head);
            cell.setBackgroundColor(Typography.ACCENT);
            table.addCell(cell);
        }
        Font font = sheet.type.font(SIZE, Typography.INK);
        for (int r = 0; r < part.rows().size(); r++) {
            List<String> row = part.rows().get(r);
            for (int c = 0; c < columns; c++) {
                PdfPCell cell = cell(c < row.size() ? row.get(c) : "", font);
                if (r % 2 == 1) {
                    cell.setBackgroundColor(Typography.ZEBRA);
                }
                table.addCell(cell);
            }
        }
        sheet.add(table);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(10f, text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(Typography.RULE);
        cell.setBorderWidthBottom(0.4f);
        cell.setPadding(3.5f);
        cell.setPaddingBottom(4.5f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    // Relative widths from the brief when they match the columns, otherwise equal shares.
    private static float[] widths(List<Float> given, int columns) {
        float[] widths = new float[columns];
        boolean usable =
                given.size() == columns && given.stream().allMatch(w -> w != null && w > 0);
        for (int c = 0; c < columns; c++) {
            widths[c] = usable ? given.get(c) : 1f;
        }
        return widths;
    }
}
