package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks near-duplicates: an article most of whose pairs of consecutive sentences already appear in
 * one earlier article (the same wire story on two sites, a page saved twice) is counted once. The
 * earlier article, in file order, is the one kept. The pairs are held in a {@link DuplicateIndex}.
 */
public final class DuplicateFinder {
    /** The fingerprint of an article: a hash for each pair of consecutive body sentences. */
    public static List<Long> fingerprint(List<String> sentences) {
        List<Long> hashes = new ArrayList<>();
        long previous = 0;
        boolean first = true;
        for (String s : sentences) {
            String norm = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            if (norm.isEmpty()) {
                continue;
            }
            long h = hash(norm);
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
            out.add(earlier >= 0 ? f.asDuplicateOf(findings.get(earlier).file()) : f);
        }
        return out;
    }

    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
