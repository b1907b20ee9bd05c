package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.List;

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
        List<Long> hashes = new ArrayList<>();
        long previous = 0;
        boolean first = true;
        for (String s : sentences) {
            long h = normalisedHash(s);
            if (h == EMPTY) {
                continue;
            }
            if (!first) {
                hashes.add(previous * 1_000_003L ^ h);
            }
            previous = h;
            first = false;
        }
        return hashes;
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

    /** FNV-1a over the normalised sentence, computed in one pass without building it. */
    private static long normalisedHash(String s) {
        long h = EMPTY;
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && h != EMPTY) {
                    h = (h ^ ' ') * 0x100000001b3L;
                }
                gap = false;
                int lower = Character.toLowerCase(c);
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
