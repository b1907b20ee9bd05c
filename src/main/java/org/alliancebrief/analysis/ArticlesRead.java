package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The articles a run read, as far as the source list and the citations need them: the articles held
 * (each with its number in the source list) and bounded counts over all of them. A small corpus is
 * held whole; a large one only as far as the brief can cite it, so that memory does not grow with
 * the corpus.
 *
 * @param held the articles held, by their number in the source list (1 = the first read, in source
 *     order): every one read, or, above the streaming threshold, those the brief can cite, in full
 * @param total articles read, near-duplicates and uncovered languages included: the length of the
 *     source list
 * @param byOutlet articles read by the outlet the page names, trimmed ("" where it names none)
 * @param byYear articles read by year of publication ("2017"; "" where undated)
 * @param earliest the earliest publication date of a counted article (the first read of equal ones)
 * @param latest the latest publication date of a counted article (the last read of equal ones)
 * @param unseen counted articles whose id and file an earlier run (the baseline) did not read
 */
public record ArticlesRead(
        SortedMap<Integer, ArticleFindings> held,
        int total,
        SortedMap<String, Integer> byOutlet,
        SortedMap<String, Integer> byYear,
        Optional<PublishedDate> earliest,
        Optional<PublishedDate> latest,
        int unseen) {
    public ArticlesRead {
        held = Collections.unmodifiableSortedMap(new TreeMap<>(held));
        byOutlet = Collections.unmodifiableSortedMap(new TreeMap<>(byOutlet));
        byYear = Collections.unmodifiableSortedMap(new TreeMap<>(byYear));
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
    }

    /**
     * Every article of {@code all} (in source order, near-duplicates marked) held, with {@code
     * earlier} the ids and files of the articles a baseline run read.
     */
    public static ArticlesRead of(List<ArticleFindings> all, Set<String> earlier) {
        CorpusAccumulator acc = new CorpusAccumulator(Retention.ALL, earlier);
        for (int i = 0; i < all.size(); i++) {
            acc.add(i, all.get(i));
        }
        return acc.articlesRead();
    }

    /** The articles held, in source order. */
    public List<ArticleFindings> articles() {
        return new ArrayList<>(held.values());
    }

    /** Whether every article read is held. */
    public boolean holdsAll() {
        return held.size() == total;
    }
}
