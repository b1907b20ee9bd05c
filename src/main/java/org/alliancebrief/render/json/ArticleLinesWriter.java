package org.alliancebrief.render.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import org.alliancebrief.analysis.ArticleFindings;

/**
 * Writes the per-article records as JSON Lines (one compact article object a line, the same object
 * as an element of the data file's {@code articles} array), as the articles are analysed.
 */
public final class ArticleLinesWriter implements Closeable {
    private final JsonGenerator g;
    private final ArticleJson article;
    private long lines;

    public ArticleLinesWriter(OutputStream out) throws IOException {
        g =
                JsonFactory.builder()
                        .build()
                        .createGenerator(out, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new MinimalPrettyPrinter("\n")); // compact, one object a line
        article = new ArticleJson(g);
    }

    /** Appends one line. */
    public void write(ArticleFindings f) throws IOException {
        article.write(f);
        lines++;
    }

    /** Lines written so far. */
    public long lines() {
        return lines;
    }

    /** Ends the last line and flushes; the stream itself stays open. */
    @Override
    public void close() throws IOException {
        if (lines > 0) {
            g.writeRaw('\n');
        }
        g.close();
    }
}
