package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The articles a bounded run holds, in source order, each with its number in the source list (1 =
 * the first read): in full, as far as the brief can cite it ({@link ArticleFindings#forCitation}),
 * when some retention key still counts it among its first articles; the others without detail while
 * at most {@link Retention#listedUpTo} articles are read, and not at all beyond that, so that what
 * is held does not grow with the corpus.
 */
final class RetainedArticles {
    private final Retention retention;
    private int read;
    private int lastIndex;
    private int[] numbers = new int[64];
    private final List<ArticleFindings> entries = new ArrayList<>();

    /** Per key, the sorted numbers of the articles it keeps (at most perKey). */
    private final Map<String, int[]> firstByKey = new HashMap<>();

    private int inFull;

    RetainedArticles(Retention retention) {
        this.retention = retention;
    }

    void add(int index, ArticleFindings f) {
        if (read > 0 && index <= lastIndex) {
            throw new IllegalArgumentException("articles must be added in source order");
        }
        lastIndex = index;
        int number = ++read;
        boolean keep = retention.keepsAll() || claim(number, f);
        if (keep) {
            append(number, retention.keepsAll() ? f : f.forCitation());
            inFull++;
        } else if (read <= retention.listedUpTo()) {
            append(number, f.withoutDetail());
        }
        if (read > retention.listedUpTo() && inFull < entries.size()) {
            settle(); // past the listed ones (once): their details are no longer needed
        }
    }

    /** Whether some key of {@code f} still has room; the article is counted under each such key. */
    private boolean claim(int number, ArticleFindings f) {
        boolean keep = false;
        for (String key : CorpusAccumulator.keys(f, retention)) {
            int[] first = firstByKey.get(key);
            if (first == null || first.length < retention.perKey()) {
                firstByKey.put(key, append(first, number));
                keep = true;
            }
        }
        return keep;
    }

    private void append(int number, ArticleFindings f) {
        if (entries.size() == numbers.length) {
            numbers = Arrays.copyOf(numbers, numbers.length * 2);
        }
        numbers[entries.size()] = number;
        entries.add(f);
    }

    private static int[] append(int[] first, int number) {
        if (first == null) {
            return new int[] {number};
        }
        int[] longer = Arrays.copyOf(first, first.length + 1);
        longer[first.length] = number;
        return longer;
    }

    /**
     * Adds {@code later}'s articles (all after these, numbered on from them) and keeps per key the
     * first perKey.
     */
    void merge(RetainedArticles later) {
        int offset = read;
        for (int i = 0; i < later.entries.size(); i++) {
            append(later.numbers[i] + offset, later.entries.get(i));
        }
        read += later.read;
        lastIndex = later.read > 0 ? later.lastIndex : lastIndex;
        if (retention.keepsAll()) {
            inFull += later.inFull;
            return;
        }
        later.firstByKey.forEach(
                (key, theirs) -> {
                    int[] shifted = Arrays.stream(theirs).map(n -> n + offset).toArray();
                    int[] mine = firstByKey.get(key);
                    int[] both = mine == null ? shifted : concat(mine, shifted);
                    firstByKey.put(
                            key,
                            both.length > retention.perKey()
                                    ? Arrays.copyOf(both, retention.perKey())
                                    : both);
                });
        settle();
    }

    /**
     * Keeps in full the articles some key still counts; the others without detail while the source
     * list names every article, else drops them.
     */
    private void settle() {
        BitSet still = new BitSet();
        firstByKey.values().forEach(first -> Arrays.stream(first).forEach(still::set));
        boolean listed = read <= retention.listedUpTo();
        int held = 0;
        inFull = 0;
        for (int i = 0; i < entries.size(); i++) {
            boolean full = retention.keepsAll() || still.get(numbers[i]);
            if (full || listed) {
                numbers[held] = numbers[i];
                entries.set(held, full ? entries.get(i) : entries.get(i).withoutDetail());
                held++;
                inFull += full ? 1 : 0;
            }
        }
        entries.subList(held, entries.size()).clear();
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both; // a's numbers all come before b's: still sorted
    }

    /** The articles held, by their number in the source list. */
    SortedMap<Integer, ArticleFindings> held() {
        SortedMap<Integer, ArticleFindings> held = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            held.put(numbers[i], entries.get(i));
        }
        return held;
    }

    /** Articles added: the length of the source list. */
    int read() {
        return read;
    }

    int inFull() {
        return inFull;
    }
}
