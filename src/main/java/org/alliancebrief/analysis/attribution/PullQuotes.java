package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alliancebrief.analysis.text.TokenText;

/**
 * Drops a quotation that repeats another one: a headline quote, or a pull quote standing as a
 * paragraph of its own, whose words all but appear in another quotation of the same article counts
 * once. A quotation repeated inside running text is the writer's and stays.
 */
final class PullQuotes {
    /** Share of a quotation's words that another must hold for it to be a repeat. */
    private static final double REPEAT = 0.9;

    /** How many neighbours each quotation is compared with, to keep the check linear. */
    private static final int WINDOW = 60;

    private PullQuotes() {}

    static List<Quotation> dropRepeats(TokenText text, List<Quotation> quotes) {
        // Word sets are made when first compared: most quotations stand in running text.
        List<Set<String>> sets =
                new ArrayList<>(java.util.Collections.nCopies(quotes.size(), null));
        List<Quotation> kept = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            boolean repeat = false;
            if (!standsAlone(text, quotes.get(i))) {
                kept.add(quotes.get(i));
                continue;
            }
            for (int j = Math.max(0, i - WINDOW);
                    j < Math.min(quotes.size(), i + WINDOW) && !repeat;
                    j++) {
                // Of two equal ones, the body's stays: the headline repeats it.
                if (j != i
                        && covers(words(text, quotes, sets, j), words(text, quotes, sets, i))
                        && (sets.get(j).size() > sets.get(i).size()
                                || sets.get(j).size() == sets.get(i).size()
                                        && (j < i || quotes.get(i).paragraph() == 0))) {
                    repeat = true;
                }
            }
            if (!repeat) {
                kept.add(quotes.get(i));
            }
        }
        return kept;
    }

    private static Set<String> words(
            TokenText text, List<Quotation> quotes, List<Set<String>> sets, int i) {
        if (sets.get(i) == null) {
            sets.set(i, Spans.wordSet(text, quotes.get(i), 400));
        }
        return sets.get(i);
    }

    /** In the headline, or the whole of its paragraph but for a mark or two. */
    private static boolean standsAlone(TokenText text, Quotation q) {
        int size = text.paragraphs().get(q.paragraph()).size();
        return q.paragraph() == 0
                || q.openToken() <= 0 && (!q.closed() || q.closeToken() >= size - 3);
    }

    private static boolean covers(Set<String> big, Set<String> small) {
        if (small.isEmpty()) {
            return false;
        }
        int in = 0;
        for (String w : small) {
            if (big.contains(w)) {
                in++;
            }
        }
        return in >= REPEAT * small.size();
    }
}
