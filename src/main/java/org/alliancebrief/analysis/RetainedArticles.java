package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles of a bounded run in source order: each in full when some retention key still counts
 * it among its first articles, otherwise without detail.
 */
final class RetainedArticles {
    private final Retention retention;
    private int[] indices = new int[64];
    private final List<ArticleFindings> entries = new ArrayList<>();

    /** Per key, the sorted numbers of the articles it keeps (at most perKey). */
    private final Map<String, int[]> firstByKey = new HashMap<>();

    private int inFull;

    RetainedArticles(Retention retention) {
        this.retention = retention;
    }

    void add(int index, ArticleFindings f) {
        if (!entries.isEmpty() && index <= indices[entries.size() - 1]) {
            throw new IllegalArgumentException("articles must be added in source order");
        }
        boolean keep = retention.keepsAll();
        if (!keep) {
            for (String key : CorpusAccumulator.keys(f, retention)) {
                int[] first = firstByKey.get(key);
                if (first == null || first.length < retention.perKey()) {
                    firstByKey.put(key, append(first, index));
                    keep = true;
                }
            }
        }
        append(index, keep ? f : f.withoutDetail());
        inFull += keep ? 1 : 0;
    }

    private void append(int index, ArticleFindings f) {
        if (entries.size() == indices.length) {
            indices = Arrays.copyOf(indices, indices.length * 2);
        }
        indices[entries.size()] = index;
        entries.add(f);
    }

    private static int[] append(int[] first, int index) {
        if (first == null) {
            return new int[] {index};
        }
        int[] longer = Arrays.copyOf(first, first.length + 1);
        longer[first.length] = index;
        return longer;
    }

    /** Adds {@code later}'s articles (all after these) and keeps per key the first perKey. */
    void merge(RetainedArticles later) {
        for (int i = 0; i < later.entries.size(); i++) {
            append(later.indices[i], later.entries.get(i));
        }
        if (retention.keepsAll()) {
            inFull += later.inFull;
            return;
        }
        later.firstByKey.forEach(
                (key, theirs) -> {
                    int[] mine = firstByKey.get(key);
                    int[] both = mine == null ? theirs : concat(mine, theirs);
                    firstByKey.put(
                            key,
                            both.length > retention.perKey()
                                    ? Arrays.copyOf(both, retention.perKey())
                                    : both);
                });
        BitSet still = new BitSet();
        firstByKey.values().forEach(first -> Arrays.stream(first).forEach(still::set));
        inFull = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (still.get(indices[i])) {
                inFull++;
            } else {
                entries.set(i, entries.get(i).withoutDetail());
            }
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both; // a's numbers all come before b's: still sorted
    }

    List<ArticleFindings> articles() {
        return List.copyOf(entries);
    }

    int inFull() {
        return inFull;
    }
}
