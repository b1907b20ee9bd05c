package org.alliancebrief.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * The near-duplicate index: every sentence pair of every article kept so far, as a 32-bit hash and
 * the article's number, in one open-addressing table of primitive ints (8 bytes a pair at most 3/4
 * full; no boxed keys, no lists). Articles must be offered in source order; the earlier article of
 * a pair is the one kept.
 */
public final class DuplicateIndex {
    /** Share of an article's sentence pairs that must appear in the earlier one. */
    static final double THRESHOLD = 0.8;

    /** Articles shorter than this many sentence pairs are never called duplicates. */
    static final int MIN_PAIRS = 3;

    /** A sentence pair found in more articles than this is boilerplate, not evidence. */
    static final int MAX_POSTINGS = 64;

    private static final int EMPTY = -1;

    private int[] keys = new int[1 << 12];
    private int[] articles = new int[1 << 12];
    private int size;

    public DuplicateIndex() {
        Arrays.fill(articles, EMPTY);
    }

    /**
     * The number of the earlier article that {@code fingerprint} repeats, or -1; when it repeats
     * none, its pairs are added under {@code article}.
     */
    public int offer(int article, List<Long> fingerprint) {
        int[] pairs = distinct(fingerprint);
        int earlier = pairs.length >= MIN_PAIRS ? earlierCopy(pairs) : -1;
        if (earlier < 0) {
            for (int p : pairs) {
                add(p, article);
            }
        }
        return earlier;
    }

    /** Pairs held, for tests and the bench. */
    public int size() {
        return size;
    }

    /** Bytes the table takes. */
    public long bytes() {
        return 8L * keys.length;
    }

    private int earlierCopy(int[] pairs) {
        IntCounts shared = new IntCounts();
        int[] hits = new int[MAX_POSTINGS + 1];
        for (int p : pairs) {
            int n = postings(p, hits);
            if (n <= MAX_POSTINGS) {
                for (int i = 0; i < n; i++) {
                    shared.increment(hits[i]);
                }
            }
        }
        int best = shared.mostCountedLowestKey();
        return best >= 0 && shared.count(best) >= THRESHOLD * pairs.length ? best : -1;
    }

    /** Copies up to MAX_POSTINGS + 1 articles holding {@code key} into {@code out}; their count. */
    private int postings(int key, int[] out) {
        int mask = keys.length - 1;
        int n = 0;
        for (int slot = mix(key) & mask; articles[slot] != EMPTY; slot = (slot + 1) & mask) {
            if (keys[slot] == key) {
                if (n == out.length) {
                    return n;
                }
                out[n++] = articles[slot];
            }
        }
        return n;
    }

    private void add(int key, int article) {
        if ((size + 1) * 4L > keys.length * 3L) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        int held = 0;
        while (articles[slot] != EMPTY) {
            if (keys[slot] == key && ++held > MAX_POSTINGS) {
                return; // boilerplate already: one more posting changes nothing
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        articles[slot] = article;
        size++;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldArticles = articles;
        keys = new int[oldKeys.length * 2];
        articles = new int[oldKeys.length * 2];
        Arrays.fill(articles, EMPTY);
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldArticles[i] != EMPTY) {
                int slot = mix(oldKeys[i]) & mask;
                while (articles[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                articles[slot] = oldArticles[i];
            }
        }
    }

    private static int[] distinct(List<Long> fingerprint) {
        int[] pairs = new int[fingerprint.size()];
        for (int i = 0; i < pairs.length; i++) {
            long h = fingerprint.get(i);
            pairs[i] = (int) (h ^ (h >>> 32));
        }
        return Arrays.stream(pairs).sorted().distinct().toArray();
    }

    private static int mix(int h) {
        h *= 0x9E3779B1;
        return h ^ (h >>> 16);
    }
}
