package org.alliancebrief.render.csv;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.alliancebrief.analysis.ActorFinding;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.Quote;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes articles.csv and quotes.csv row by row as the articles are read, for a corpus too large to
 * hold until the brief is made: the rows {@link CsvWriter} writes from a brief that holds every
 * article, but for what only the brief knows (the roles of cited speakers; with a list of cited
 * sources only, their numbers), which {@link CsvWriter#complete} fills in afterwards.
 */
public final class SpreadsheetRows implements Closeable {
    static final List<String> ARTICLE_HEADER =
            List.of(
                    "number",
                    "id",
                    "input",
                    "file",
                    "title",
                    "outlet",
                    "url",
                    "published",
                    "language",
                    "duplicate_of",
                    "words",
                    "themes",
                    "actors");

    static final List<String> QUOTE_HEADER =
            List.of(
                    "speaker",
                    "speaker_id",
                    "role",
                    "named",
                    "attribution",
                    "text",
                    "article",
                    "source",
                    "date",
                    "themes");

    private final CSVPrinter articles;
    private final CSVPrinter quotes;
    private final boolean numbered;
    private int read;

    /**
     * Starts both files (byte-order mark and header). With {@code numbered}, article n carries
     * source number n and its page's address, as when the brief lists every article read; without,
     * both are blank, as for an article the brief does not list.
     */
    public SpreadsheetRows(OutputStream articles, OutputStream quotes, boolean numbered)
            throws IOException {
        this.articles = start(articles);
        this.quotes = start(quotes);
        this.numbered = numbered;
        this.articles.printRecord(ARTICLE_HEADER);
        this.quotes.printRecord(QUOTE_HEADER);
    }

    /**
     * A printer on {@code out} after the byte-order mark; the caller flushes it. Buffered in
     * characters: an {@code OutputStreamWriter} alone copies every value longer than a kilobyte (a
     * quotation, a teaser) into a new array before encoding it.
     */
    static CSVPrinter start(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CsvWriter.FORMAT);
    }

    /** Appends the next article's row and those of its quotations. */
    public void write(ArticleFindings f) throws IOException {
        read++;
        // a listed source's outlet and address are the article's, trimmed (as in Source)
        articles.printRecord(
                numbered
                        ? articleRow(f, read, f.outlet().strip(), f.url().strip())
                        : articleRow(f, "", f.outlet(), ""));
        if (f.duplicateOf().isEmpty()) {
            String source = numbered ? String.valueOf(read) : "";
            for (Quote q : f.quotes()) {
                quotes.printRecord(quoteRow(f, q, source, ""));
            }
        }
    }

    /**
     * The row of article {@code f}; {@code number} and {@code url} are blank for an article the
     * source list does not list.
     */
    static List<Object> articleRow(ArticleFindings f, Object number, String outlet, String url) {
        return List.of(
                number,
                f.id(),
                f.input(),
                f.file(),
                f.title(),
                outlet,
                url,
                f.published().map(p -> p.iso()).orElse(""),
                "",
                f.duplicateOf().orElse(""),
                f.words(),
                f.themes().stream().map(t -> t.id().value()).collect(Collectors.joining("; ")),
                f.actors().stream().map(ActorFinding::name).collect(Collectors.joining("; ")));
    }

    /**
     * The row of quotation {@code q} of article {@code f}, cited as {@code source} ("" when the
     * source list does not list the article) with the speaker's {@code role} in the brief.
     */
    static List<Object> quoteRow(ArticleFindings f, Quote q, String source, String role) {
        return List.of(
                q.speaker().map(x -> x.name()).orElse(""),
                q.speaker().flatMap(x -> x.id()).map(id -> id.value()).orElse(""),
                role,
                q.speaker().map(x -> x.named()).orElse(false),
                q.speaker().map(x -> x.attribution()).orElse(""),
                q.text(),
                f.id(),
                source,
                f.published().map(p -> p.iso()).orElse(""),
                q.themes().stream().map(t -> t.value()).collect(Collectors.joining("; ")));
    }

    /** Flushes the rows written; the streams themselves stay open. */
    @Override
    public void close() throws IOException {
        articles.flush();
        quotes.flush();
    }
}
