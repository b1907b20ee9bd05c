package org.alliancebrief.render.pdf;

import java.util.Set;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The document being written and what every block needs from it: fonts, headings with bookmarks,
 * citations that link to the source list, and room checks before a block.
 */
final class Sheet {
    static final float BODY = 10f;
    static final float LEADING = 14.5f;

    final Document document;
    final PdfWriter writer;
    final Typography type;
    private final Set<Integer> sources;
    private int headings;
    private Runnable onNewPage;
    private boolean freshPage;
    private int page = 1;

    Sheet(Document document, PdfWriter writer, Typography type, Set<Integer> sources) {
        this.document = document;
        this.writer = writer;
        this.type = type;
        this.sources = Set.copyOf(sources);
    }

    void add(Element element) {
        document.add(element);
        turned();
    }

    /**
     * Runs {@code action} once, as soon as the text reaches a new page: figures held back because
     * they did not fit go to the top of the page the text continues on.
     */
    void atNewPage(Runnable action) {
        onNewPage = action;
        page = writer.getPageNumber();
    }

    /** Whether the page has just been turned and holds nothing yet. */
    boolean freshPage() {
        return freshPage;
    }

    private void turned() {
        if (onNewPage != null && writer.getPageNumber() != page) {
            Runnable action = onNewPage;
            onNewPage = null;
            action.run();
        }
    }

    float width() {
        return document.right() - document.left();
    }

    /** Room left on the page, in points, below the current position. */
    float roomLeft() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    /** Starts a new page unless {@code needed} points are left: keeps a heading with its text. */
    void keepRoom(float needed) {
        if (roomLeft() < needed) {
            document.newPage();
            // the new page opens only with its first content: until then the position is the
            // old page's, so whoever turns now is told the page is empty
            freshPage = true;
            turned();
            freshPage = false;
        }
    }

    /** A part heading with a rule under it, a named destination and a bookmark. */
    void heading(String text, float keepWithNext) {
        keepRoom(40 + keepWithNext);
        String name = "part-" + (++headings);
        Font font = type.boldFont(13.5f, Typography.ACCENT);
        Chunk title = new Chunk(text, font);
        title.setLocalDestination(name);
        // Spacing is set in the paragraph's own font: it must be an embedded one too.
        Paragraph heading = new Paragraph(17f, "", font);
        heading.add(title);
        heading.setSpacingBefore(headings == 1 ? 4f : 16f);
        heading.setSpacingAfter(0f);
        add(heading);
        add(rule(Typography.ACCENT, 0.8f, 3f, 8f));
        new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage(name, false), text);
    }

    /** A horizontal rule across the full text width, as wide as boxes and tables. */
    static PdfPTable rule(java.awt.Color color, float weight, float before, float after) {
        PdfPCell line = new PdfPCell();
        line.setBorder(Rectangle.TOP);
        line.setBorderColor(color);
        line.setBorderWidthTop(weight);
        line.setFixedHeight(0.1f);
        line.setPadding(0f);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100f);
        table.addCell(line);
        table.setSpacingBefore(before);
        table.setSpacingAfter(after);
        return table;
    }

    /** "[n]", linked to source n when the source list holds it. */
    Chunk citation(int source, Font font) {
        Chunk chunk = new Chunk("[" + source + "]", font);
        if (sources.contains(source)) {
            chunk.setLocalGoto(sourceAnchor(source));
        }
        return chunk;
    }

    static String sourceAnchor(int source) {
        return "source-" + source;
    }

    Paragraph body(String text) {
        Paragraph paragraph = type.paragraph(LEADING, text, type.font(BODY, Typography.INK));
        paragraph.setSpacingAfter(6f);
        return paragraph;
    }
}
