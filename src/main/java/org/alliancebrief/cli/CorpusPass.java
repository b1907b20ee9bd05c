package org.alliancebrief.cli;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusAccumulator;
import org.alliancebrief.analysis.DuplicateIndex;
import org.alliancebrief.analysis.Retention;
import org.alliancebrief.corpus.Skipped;

/**
 * The ordered end of the streaming pass: takes each file's result in source order, marks
 * near-duplicates, keeps the date range, writes the article's line and adds it to the accumulator.
 * Everything it holds is bounded but for a few bytes per article.
 */
final class CorpusPass {
    /**
     * Where each kept article goes as it is read, in source order: the JSON Lines writer, and any
     * other per-article output (a CSV row) that must not wait for the whole corpus.
     */
    interface Records {
        void write(ArticleFindings f) throws IOException;
    }

    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final List<String> idByNumber = new ArrayList<>();
    private final CorpusAccumulator accumulator;
    private final Optional<LocalDate> since;
    private final Optional<LocalDate> until;
    private final List<Records> records;
    private final List<Skipped> skipped = new ArrayList<>();
    private int undated;
    private int outside;

    /**
     * @param records where each kept article goes as it is read (in full, near-duplicates marked)
     */
    CorpusPass(
            Retention retention,
            Optional<LocalDate> since,
            Optional<LocalDate> until,
            List<Records> records) {
        this.accumulator = new CorpusAccumulator(retention);
        this.since = since;
        this.until = until;
        this.records = List.copyOf(records);
    }

    /** A file the walk left out, before any file of its input is read. */
    void skip(Skipped s) {
        skipped.add(s);
    }

    /** The next file's result: an article's findings, or why the file was skipped. */
    void accept(Object result) throws IOException {
        if (result instanceof Skipped s) {
            skipped.add(s);
            return;
        }
        ArticleFindings f = (ArticleFindings) result;
        int number = idByNumber.size();
        idByNumber.add(f.id());
        int earlier = duplicates.offer(number, f.fingerprint());
        if (earlier >= 0) {
            f = f.asDuplicateOf(idByNumber.get(earlier));
        }
        if (!inRange(f)) {
            return;
        }
        for (Records r : records) {
            r.write(f);
        }
        accumulator.add(number, f);
    }

    private boolean inRange(ArticleFindings f) {
        if (since.isEmpty() && until.isEmpty()) {
            return true;
        }
        if (f.published().isEmpty()) {
            undated++;
            return false;
        }
        LocalDate d = f.published().get().date();
        if (since.map(d::isBefore).orElse(false) || until.map(d::isAfter).orElse(false)) {
            outside++;
            return false;
        }
        return true;
    }

    boolean filtered() {
        return since.isPresent() || until.isPresent();
    }

    int undated() {
        return undated;
    }

    int outside() {
        return outside;
    }

    List<Skipped> skipped() {
        return skipped;
    }

    CorpusAccumulator accumulator() {
        return accumulator;
    }

    DuplicateIndex duplicateIndex() {
        return duplicates;
    }
}
