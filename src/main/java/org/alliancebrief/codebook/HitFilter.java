package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The last steps of a scan, in time linear in the hits: text order, exclusions, longest match. Hits
 * arrive in the order their keys end, which is nearly text order, so an insertion sort costs about
 * one comparison a hit and allocates nothing.
 */
final class HitFilter {
    private HitFilter() {}

    /**
     * Sorts {@code hits} by start, the longer first where two start together, and a strong term
     * before a weak one where two cover the same words ("cyberattack" is a strong term and also
     * matches the weak "cyber*": the strong reading must win).
     */
    static void inTextOrder(List<TermHit<Object>> hits) {
        for (int k = 1; k < hits.size(); k++) {
            TermHit<Object> h = hits.get(k);
            int j = k - 1;
            if (!before(h, hits.get(j))) {
                continue;
            }
            while (j >= 0 && before(h, hits.get(j))) {
                hits.set(j + 1, hits.get(j));
                j--;
            }
            hits.set(j + 1, h);
        }
    }

    private static boolean before(TermHit<Object> a, TermHit<Object> b) {
        if (a.start() != b.start()) {
            return a.start() < b.start();
        }
        return a.end() > b.end() || a.end() == b.end() && b.weak() && !a.weak();
    }

    /**
     * The hits no exclusion of the same entry covers; both lists in text order. An exclusion that
     * ends before a hit starts cannot cover any later hit, so each hit looks only at the few
     * exclusions still open around it.
     */
    static List<TermHit<Object>> withoutExcluded(
            List<TermHit<Object>> hits, List<TermHit<Object>> exclusions) {
        if (exclusions.isEmpty() || hits.isEmpty()) {
            return hits;
        }
        List<TermHit<Object>> kept = new ArrayList<>(hits.size());
        int open = 0;
        for (TermHit<Object> h : hits) {
            while (open < exclusions.size() && exclusions.get(open).end() <= h.start()) {
                open++;
            }
            boolean covered = false;
            for (int j = open; j < exclusions.size(); j++) {
                TermHit<Object> x = exclusions.get(j);
                if (x.start() > h.start()) {
                    break;
                }
                // Targets are the entries' own id objects: identity is enough.
                if (x.target() == h.target() && h.end() <= x.end()) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * Hits in text order without overlaps: where two overlap, the one starting first (longer) wins.
     */
    static List<TermHit<Object>> longestFirst(List<TermHit<Object>> all) {
        int k = 1;
        while (k < all.size() && all.get(k).start() >= all.get(k - 1).end()) {
            k++;
        }
        if (k >= all.size()) {
            return all; // the common case: nothing overlaps
        }
        List<TermHit<Object>> kept = new ArrayList<>(all.size());
        int until = 0;
        for (TermHit<Object> hit : all) {
            if (hit.start() >= until) {
                kept.add(hit);
                until = hit.end();
            }
        }
        return kept;
    }
}
