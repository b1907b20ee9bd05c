package org.alliancebrief.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;

/**
 * Runs of capitalised words that nothing introduced as a person ("from the ambassador to the EU
 * Jana Novak"), kept by their last word: a lone surname that later reports speech ("Novak wrote")
 * is the cue that the run it ends was a person's full name.
 */
final class NameRuns {
    private final Lexicon lex;
    private final Map<String, int[]> byLast = new HashMap<>();

    NameRuns(Lexicon lex) {
        this.lex = lex;
    }

    /** Notes the run of name words {@code [from, end)}; the first run with a last word stays. */
    void add(List<Token> t, int from, int end) {
        if (end - from >= 2 && end - from <= 3 && personLike(t, from, end)) {
            byLast.putIfAbsent(((Token.Word) t.get(end - 1)).text(), new int[] {from, end});
        }
    }

    /**
     * The earlier run that the lone surname at token {@code k} ends, when that surname stands as
     * the subject of its clause (after a stop, a mark or a comma, not after "the"); else null.
     */
    int[] endedBy(List<Token> t, int k) {
        if (!(t.get(k) instanceof Token.Word w)
                || w.shape() != Token.Shape.CAPITALISED && w.shape() != Token.Shape.MIXED
                || lex.lists(w.lower()) != 0
                || k > 0 && t.get(k - 1) instanceof Token.Word) {
            return null;
        }
        int[] run = byLast.get(w.text());
        return run != null && run[1] <= k ? run : null;
    }

    /** Words shaped like a name's, none of them a word of the lexicon ("Fund", "The"). */
    private boolean personLike(List<Token> t, int from, int end) {
        for (int k = from; k < end; k++) {
            if (!(t.get(k) instanceof Token.Word w)
                    || w.shape() != Token.Shape.CAPITALISED && w.shape() != Token.Shape.MIXED
                    || lex.lists(w.lower()) != 0) {
                return false;
            }
        }
        return true;
    }
}
