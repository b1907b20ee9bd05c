package org.alliancebrief.analysis.attribution;

import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * Where a paragraph ends on a reporting clause after a comma ("…, the minister said.", "…, European
 * Commission President Jana Novak said on Friday.", "…, said Novak."): a quotation left open there
 * ended at that comma, its closing mark lost.
 */
final class ClauseTail {
    /** How many tokens the clause may have, its stop included. */
    private static final int LONGEST = 24;

    /** How many words may name the speaker before the verb ("NATO Secretary General X Y"). */
    private static final int SUBJECT = 10;

    private final Lexicon lex;

    ClauseTail(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The comma of paragraph {@code p} after token {@code open} that a closing reporting clause
     * follows, or -1.
     */
    int comma(TokenText.Paragraph p, int open) {
        int end = p.size();
        if (end == 0 || !(p.get(end - 1) instanceof Token.Punct stop && stop.stop())) {
            return -1;
        }
        for (int c = end - 2; c > open + 1 && end - c <= LONGEST; c--) {
            Token t = p.get(c);
            if (t instanceof Token.QuoteMark || t instanceof Token.Punct pu && pu.stop()) {
                return -1;
            }
            if (t instanceof Token.Punct comma
                    && comma.mark() == ','
                    && clause(p, c + 1, end - 1)) {
                return c; // the nearest comma that a clause follows: "X, the envoy, said."
            }
        }
        return -1;
    }

    /** Whether tokens {@code [from, to)} are a reporting clause: "X said …" or "said X …". */
    private boolean clause(TokenText.Paragraph p, int from, int to) {
        if (from >= to || !(p.get(from) instanceof Token.Word first)) {
            return false;
        }
        if (reporting(first) && from + 1 < to && p.get(from + 1) instanceof Token.Word w) {
            return w.capitalised() || lex.has(WordList.DETERMINERS, w.lower()); // "said Novak"
        }
        int k = from;
        boolean pronoun = lex.has(WordList.PRONOUNS, first.lower()) && !first.lower().equals("it");
        if (pronoun) {
            k++;
        } else {
            boolean named = false;
            while (k < to && k - from < SUBJECT && p.get(k) instanceof Token.Word w && subject(w)) {
                named |= w.capitalised() || lex.has(WordList.TITLES, w.lower());
                k++;
            }
            if (!named) {
                return false;
            }
            k = pastAside(p, k, to);
        }
        while (k < to
                && p.get(k) instanceof Token.Word w
                && lex.has(WordList.VERB_FILLERS, w.lower())) {
            k++;
        }
        return k < to && p.get(k) instanceof Token.Word v && reporting(v);
    }

    /** Past an aside between commas ("X, the envoy of the presidency, said"), if one follows. */
    private static int pastAside(TokenText.Paragraph p, int k, int to) {
        if (k >= to || !(p.get(k) instanceof Token.Punct open && open.mark() == ',')) {
            return k;
        }
        for (int e = k + 1; e < to && e - k <= SUBJECT + 6; e++) {
            if (p.get(e) instanceof Token.Punct close && close.mark() == ',') {
                return e + 1;
            }
        }
        return k;
    }

    /** A word that may stand in the speaker's name or title before the verb. */
    private boolean subject(Token.Word w) {
        if (w.capitalised() || w.clitic()) {
            return true;
        }
        String s = w.lower();
        return lex.has(WordList.TITLES, s)
                || lex.has(WordList.DETERMINERS, s)
                || s.equals("of")
                || s.equals("for")
                || NounPhrases.modifier(lex, w) && !reporting(w);
    }

    private boolean reporting(Token.Word w) {
        return !w.capitalised()
                && lex.has(WordList.REPORTING_VERBS, w.lower())
                && !w.lower().endsWith("ing");
    }
}
