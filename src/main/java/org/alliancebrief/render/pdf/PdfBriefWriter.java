package org.alliancebrief.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.Chart;
import org.alliancebrief.brief.Part;
import org.alliancebrief.brief.Source;
import org.alliancebrief.render.chart.ChartDrawer;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes a {@link Brief} as an A4 PDF/A-2u policy brief: title block, the parts in order,
 * bookmarks, running header, "Page X of Y", vector charts, embedded fonts. The same brief and
 * settings always give the same bytes.
 */
public final class PdfBriefWriter {
    private static final float MARGIN_SIDE = 68f;
    private static final float MARGIN_TOP = 76f;
    private static final float MARGIN_BOTTOM = 78f;

    private final PdfSettings settings;

    public PdfBriefWriter(PdfSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Renders a small throwaway document with a chart, discarding its bytes: a thread that runs
     * this while the codebook loads and the articles are read takes the loading of the fonts, the
     * PDF writer and the chart library off the path to the first brief. It changes nothing a later
     * document holds (each makes its own fonts) and keeps quiet on failure, which the real
     * rendering then reports.
     */
    public static void warmUp() {
        try {
            Typography type = Typography.load();
            Document document = new Document(PageSize.A4);
            PdfWriter writer = PdfWriter.getInstance(document, OutputStream.nullOutputStream());
            Archival.prepare(writer);
            document.open();
            Archival.addOutputIntent(writer);
            document.add(type.paragraph(12f, "Brief", type.boldFont(10f, Typography.INK)));
            document.add(type.paragraph(12f, "Brief", type.italicFont(10f, Typography.INK)));
            Chart.Bars bars =
                    new Chart.Bars(
                            "Brief",
                            "",
                            "Articles",
                            List.of("Articles"),
                            List.of(new Chart.Bars.Row("Brief", List.of(1.0))),
                            false);
            new ChartDrawer(type.chartFonts)
                    .draw(bars, writer.getDirectContent(), 200f, 100f)
                    .ifPresent(t -> writer.getDirectContent().addTemplate(t, 0f, 0f));
            document.close();
        } catch (IOException | RuntimeException e) {
            // the brief's own rendering meets the same problem and reports it
        }
    }

    /** Renders {@code brief} and writes the finished PDF to {@code out} (which stays open). */
    public void write(Brief brief, OutputStream out) throws IOException {
        Objects.requireNonNull(brief, "brief");
        Objects.requireNonNull(out, "out");
        out.write(render(brief));
        out.flush();
    }

    private byte[] render(Brief brief) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Typography type = Typography.load();
        Document document =
                new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, buffer);
        Archival.prepare(writer);
        writer.setStrictImageSequence(true);
        // Justified lines stretch the spaces between words, never the letters.
        writer.setSpaceCharRatio(PdfWriter.NO_SPACE_CHAR_RATIO);
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
        writer.setPageEvent(new PageFrame(type, brief.cover().title(), generated(brief.cover())));
        describe(document, brief.metadata());
        document.open();
        Archival.addOutputIntent(writer);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language(brief.metadata())));
        Sheet sheet = new Sheet(document, writer, type, sourceNumbers(brief));
        titleBlock(sheet, brief.cover());
        writeParts(sheet, brief);
        Archival.finish(writer, settings.created());
        document.close();
        return Archival.withContentId(buffer.toByteArray());
    }

    private void describe(Document document, Brief.Metadata metadata) {
        document.addTitle(metadata.title());
        document.addSubject(metadata.subject());
        document.addKeywords(metadata.keywords());
        document.addCreator(creator(metadata.creator()));
    }

    private String creator(String named) {
        String base = named.isBlank() ? "Alliance Brief" : named.strip();
        return base.endsWith(settings.version()) ? base : base + " " + settings.version();
    }

    private static String language(Brief.Metadata metadata) {
        return metadata.language().isBlank() ? "en" : metadata.language().strip();
    }

    private static Set<Integer> sourceNumbers(Brief brief) {
        return brief.parts().stream()
                .filter(Part.Sources.class::isInstance)
                .flatMap(part -> ((Part.Sources) part).listed().stream())
                .map(Source::number)
                .collect(Collectors.toSet());
    }

    private static String generated(Brief.Cover cover) {
        String label = cover.generatedLabel().strip();
        if (label.isEmpty()) {
            label =
                    cover.generated()
                            .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        }
        return label.toLowerCase(Locale.ROOT).startsWith("generated")
                ? label
                : "Generated " + label;
    }

    private static void titleBlock(Sheet sheet, Brief.Cover cover) {
        Typography type = sheet.type;
        Paragraph title = type.paragraph(27f, cover.title(), type.boldFont(22f, Typography.ACCENT));
        title.setSpacingBefore(6f);
        title.setSpacingAfter(6f);
        sheet.add(title);
        if (!cover.subtitle().isBlank()) {
            Paragraph subtitle =
                    new Paragraph(17f, cover.subtitle(), type.font(13f, Typography.INK));
            subtitle.setSpacingAfter(10f);
            sheet.add(subtitle);
        }
        Paragraph coverage =
                new Paragraph(13f, cover.coverage(), type.font(9.5f, Typography.MUTED));
        sheet.add(coverage);
        Paragraph date = new Paragraph(13f, generated(cover), type.font(9.5f, Typography.MUTED));
        date.setSpacingAfter(cover.parameters().isBlank() ? 12f : 2f);
        sheet.add(date);
        if (!cover.parameters().isBlank()) {
            Paragraph run =
                    new Paragraph(10.5f, cover.parameters(), type.font(7.5f, Typography.MUTED));
            run.setSpacingAfter(12f);
            sheet.add(run);
        }
    }

    /** Figures wait when they do not fit; room this large is filled with the text after them. */
    private static final float FILL_ROOM = 150f;

    /** Smallest scale a figure may be shrunk to rather than leave the rest of a page empty. */
    private static final float MIN_SCALE = 0.8f;

    /**
     * Whether a part may go before the figures waiting for the next page: text without a heading
     * (more of the section above), or a whole text section that fits in the room left, so that the
     * figures follow it. A section that would run on to the next page waits behind them, as annexes
     * and lists do: no figure lands between the paragraphs of a section it does not belong to.
     */
    private static boolean overtakes(Part part, ProseBlocks prose, Sheet sheet) {
        return part instanceof Part.Text t
                && (t.heading().isBlank() || prose.height(t) <= sheet.roomLeft());
    }

    /** Whether the figure fits the room left on this page once shrunk by at most MIN_SCALE. */
    private static boolean fitsShrunk(Sheet sheet, FigureBlock.Drawn drawn) {
        float natural = drawn.template().map(t -> t.getHeight()).orElse(0f);
        return natural > 0 && FigureBlock.chartRoom(sheet.roomLeft()) >= natural * MIN_SCALE;
    }

    /** Places the figure here, shrunk a little if that saves starting a page for it. */
    private static void placeOrShrink(Sheet sheet, FigureBlock figures, FigureBlock.Drawn drawn) {
        float natural = drawn.template().map(t -> t.getHeight()).orElse(0f);
        float room = FigureBlock.chartRoom(sheet.roomLeft());
        if (natural > room && room >= natural * MIN_SCALE) {
            figures.place(drawn, room);
        } else {
            figures.place(drawn);
        }
    }

    private static void writeParts(Sheet sheet, Brief brief) {
        ProseBlocks prose = new ProseBlocks(sheet);
        TableBlock tables = new TableBlock(sheet);
        FigureBlock figures = new FigureBlock(sheet);
        SourceBlock sources = new SourceBlock(sheet);
        ChangesBlock changes = new ChangesBlock(sheet);
        java.util.ArrayDeque<FigureBlock.Drawn> waiting = new java.util.ArrayDeque<>();
        float fullPage = sheet.document.top() - sheet.document.bottom();
        Runnable[] flush = new Runnable[1];
        // at a new page: the waiting figures that fit go first, the rest wait for the next one
        flush[0] =
                () -> {
                    boolean first = sheet.freshPage();
                    while (!waiting.isEmpty()
                            && (first
                                    || waiting.peek().height() <= sheet.roomLeft()
                                    || sheet.roomLeft() > fullPage - 30f)) {
                        figures.place(waiting.poll());
                        first = false;
                    }
                    if (!waiting.isEmpty()) {
                        sheet.atNewPage(flush[0]);
                    }
                };
        for (Part part : brief.parts()) {
            if (part instanceof Part.Figure p) {
                FigureBlock.Drawn drawn = figures.draw(p);
                // figures keep their order: one that waits holds back those after it
                if (!waiting.isEmpty()
                        || (drawn.height() > sheet.roomLeft()
                                && sheet.roomLeft() > FILL_ROOM
                                && !fitsShrunk(sheet, drawn))) {
                    waiting.add(drawn);
                    sheet.atNewPage(flush[0]);
                } else {
                    placeOrShrink(sheet, figures, drawn);
                }
                continue;
            }
            if (!waiting.isEmpty() && !overtakes(part, prose, sheet)) {
                sheet.atNewPage(null);
                while (!waiting.isEmpty()) {
                    placeOrShrink(sheet, figures, waiting.poll());
                }
            }
            switch (part) {
                case Part.KeyFindings p -> prose.keyFindings(p);
                case Part.TopicSection p -> prose.topicSection(p);
                case Part.Figure p -> figures.figure(p);
                case Part.Text p -> prose.text(p);
                case Part.Table p -> tables.table(p);
                case Part.EvidenceAnnex p -> prose.evidenceAnnex(p);
                case Part.Sources p -> sources.sources(p);
                case Part.SinceLast p -> changes.changes(p);
            }
        }
        sheet.atNewPage(null);
        while (!waiting.isEmpty()) {
            figures.place(waiting.poll());
        }
    }
}
