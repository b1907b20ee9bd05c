package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.corpus.Span;

/**
 * Marks near-duplicates: an article most of whose pairs of consecutive sentences already appear in
 * one earlier article (the same wire story on two sites, a page saved twice) is counted once. The
 * earlier article, in file order, is the one kept. The pairs are held in a {@link DuplicateIndex}.
 */
public final class DuplicateFinder {
    /**
     * The fingerprint of an article: a hash for each pair of consecutive body sentences, each
     * sentence read as its lower-cased letters and digits with any run of other characters as one
     * space (so punctuation, spacing and case do not tell copies apart).
     */
    public static List<Long> fingerprint(List<String> sentences) {
        Pairs pairs = new Pairs();
        for (String s : sentences) {
            pairs.add(normalisedHash(s, 0, s.length()));
        }
        return pairs.hashes;
    }

    /** {@link #fingerprint(List)} of the {@code sentences} of {@code text}, read in place. */
    public static List<Long> fingerprint(String text, List<Span> sentences) {
        Pairs pairs = new Pairs();
        for (Span s : sentences) {
            pairs.add(normalisedHash(text, s.start(), s.end()));
        }
        return pairs.hashes;
    }

    /** The hashes of consecutive non-empty sentences, as sentences are added. */
    private static final class Pairs {
        private final List<Long> hashes = new ArrayList<>();
        private long previous;
        private boolean first = true;

        void add(long h) {
            if (h == EMPTY) {
                return;
            }
            if (!first) {
                hashes.add(previous * 1_000_003L ^ h);
            }
            previous = h;
            first = false;
        }
    }

    /** The same findings in the same order, near-duplicates marked with the file they repeat. */
    public List<ArticleFindings> markDuplicates(List<ArticleFindings> findings) {
        DuplicateIndex index = new DuplicateIndex();
        List<ArticleFindings> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            ArticleFindings f = findings.get(i);
            int earlier = index.offer(i, f.fingerprint());
            out.add(earlier >= 0 ? f.asDuplicateOf(findings.get(earlier).id()) : f);
        }
        return out;
    }

    private static final long EMPTY = 0xcbf29ce484222325L;

    /** ASCII letters and digits, looked up: most text is ASCII. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /**
     * FNV-1a over the normalised sentence {@code s[from, to)}, computed in one pass without
     * building it.
     */
    private static long normalisedHash(String s, int from, int to) {
        long h = EMPTY;
        boolean gap = false;
        for (int i = from; i < to; ) {
            int c = s.charAt(i);
            if (Character.isHighSurrogate((char) c)
                    && i + 1 < to
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                c = Character.toCodePoint((char) c, s.charAt(i + 1));
            }
            i += Character.charCount(c);
            if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) {
                if (gap && h != EMPTY) {
                    h = (h ^ ' ') * 0x100000001b3L;
                }
                gap = false;
                int lower =
                        c < 128
                                ? (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)
                                : Character.toLowerCase(c);
                h = (h ^ (lower & 0xffff)) * 0x100000001b3L;
                if (lower > 0xffff) {
                    h = (h ^ (lower >>> 16)) * 0x100000001b3L;
                }
            } else {
                gap = true;
            }
        }
        return h;
    }
}
