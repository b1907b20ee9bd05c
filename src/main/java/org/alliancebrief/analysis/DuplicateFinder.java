package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Marks near-duplicates: an article most of whose pairs of consecutive sentences already appear in
 * one earlier article (the same wire story on two sites, a page saved twice) is counted once. The
 * earlier article, in file order, is the one kept.
 */
public final class DuplicateFinder {
    /** Share of an article's sentence pairs that must appear in the earlier one. */
    static final double THRESHOLD = 0.8;
    /** Articles shorter than this many sentence pairs are never called duplicates. */
    static final int MIN_PAIRS = 3;
    /** A sentence pair found in more articles than this is boilerplate, not evidence. */
    private static final int MAX_POSTINGS = 64;

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
        Map<Long, List<Integer>> postings = new HashMap<>();
        List<ArticleFindings> out = new ArrayList<>(findings.size());
        for (int i = 0; i < findings.size(); i++) {
            ArticleFindings f = findings.get(i);
            Set<Long> pairs = new HashSet<>(f.fingerprint());
            int earlier = pairs.size() >= MIN_PAIRS ? earlierCopy(pairs, postings) : -1;
            if (earlier >= 0) {
                out.add(f.asDuplicateOf(findings.get(earlier).id()));
                continue;
            }
            out.add(f);
            for (Long p : pairs) {
                List<Integer> list = postings.computeIfAbsent(p, k -> new ArrayList<>());
                if (list.size() <= MAX_POSTINGS) {
                    list.add(i);
                }
            }
        }
        return out;
    }

    private static int earlierCopy(Set<Long> pairs, Map<Long, List<Integer>> postings) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (Long p : pairs) {
            List<Integer> list = postings.get(p);
            if (list != null && list.size() <= MAX_POSTINGS) {
                list.forEach(j -> shared.merge(j, 1, Integer::sum));
            }
        }
        int best = -1;
        int most = 0;
        for (var e : shared.entrySet()) {
            if (e.getValue() > most || (e.getValue() == most && e.getKey() < best)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        return most >= THRESHOLD * pairs.size() ? best : -1;
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
