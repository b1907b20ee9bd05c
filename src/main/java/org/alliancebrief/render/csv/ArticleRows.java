package org.alliancebrief.render.csv;

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
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes articles.csv one row an article as the articles are read, for a corpus too large to hold
 * until the brief is made: the same rows as {@link CsvWriter} writes from a brief that holds every
 * article.
 */
public final class ArticleRows implements Closeable {
    static final List<String> HEADER =
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

    private final CSVPrinter csv;
    private final boolean numbered;
    private int rows;

    /**
     * Starts the file: byte-order mark and header. With {@code numbered}, row n carries source
     * number n and the page's address, as when the brief lists every article read; without, both
     * are blank, as for an article the brief does not list.
     */
    public ArticleRows(OutputStream out, boolean numbered) throws IOException {
        this.csv = start(out);
        this.numbered = numbered;
        csv.printRecord(HEADER);
    }

    /** A printer on {@code out} after the byte-order mark; the caller flushes it. */
    static CSVPrinter start(OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        return new CSVPrinter(writer, CsvWriter.FORMAT);
    }

    /** Appends the next article's row. */
    public void write(ArticleFindings f) throws IOException {
        rows++;
        // a listed source's outlet and address are the article's, trimmed (as in Source)
        csv.printRecord(
                numbered
                        ? row(f, rows, f.outlet().strip(), f.url().strip())
                        : row(f, "", f.outlet(), ""));
    }

    /**
     * The row of {@code f}; {@code number} and {@code url} are blank for an article the source list
     * does not list.
     */
    static List<Object> row(ArticleFindings f, Object number, String outlet, String url) {
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

    /** Flushes the rows written; the stream itself stays open. */
    @Override
    public void close() throws IOException {
        csv.flush();
    }
}
