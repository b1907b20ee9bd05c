package org.alliancebrief.analysis.attribution;

import java.util.List;
import org.alliancebrief.analysis.text.Token;

/** The body a person is named with, between the name and the verb: "Jana Novak of the Centre". */
public final class Affiliation {
    private Affiliation() {}

    /**
     * Past the body a name is given with ("Jana Novak of the Centre for Policy Studies told"):
     * "of", "from" or "at" and a capitalised name, or a party and state in brackets ("Jana Novak
     * (D-Ohio) said", "Jana Novak (EPP, Germany) said"); {@code k} itself if none follows there.
     */
    public static int end(List<Token> t, int k) {
        k = bracketed(t, k);
        if (!(k + 1 < t.size()
                && t.get(k) instanceof Token.Word of
                && (of.lower().equals("of")
                        || of.lower().equals("from")
                        || of.lower().equals("at")))) {
            return k;
        }
        int last = -1;
        for (int j = k + 1; j < Math.min(t.size(), k + 10); j++) {
            if (!(t.get(j) instanceof Token.Word w)) {
                break;
            }
            if (w.capitalised()) {
                last = j;
            } else if (!(w.lower().equals("the") && j == k + 1
                    || w.lower().equals("of")
                    || w.lower().equals("for")
                    || w.lower().equals("and"))) {
                break;
            }
        }
        return last < 0 ? k : last + 1;
    }

    /** The most tokens a bracketed affiliation holds ("D-N.Y.", "Renew Europe, France"). */
    private static final int BRACKETED = 10;

    /**
     * Past a short bracket at {@code k} that holds words, initials, hyphens, dots and commas and
     * begins with a capital ("(R-Texas)", "(SPD)", "(EPP, Germany)"); {@code k} if none.
     */
    private static int bracketed(List<Token> t, int k) {
        if (!(k + 2 < t.size()
                && t.get(k) instanceof Token.Punct open
                && open.mark() == '('
                && t.get(k + 1) instanceof Token.Word first
                && first.capitalised())) {
            return k;
        }
        for (int j = k + 2; j < Math.min(t.size(), k + 2 + BRACKETED); j++) {
            Token x = t.get(j);
            if (x instanceof Token.Punct c && c.mark() == ')') {
                return j + 1;
            }
            if (!(x instanceof Token.Word
                    || x instanceof Token.Punct c && ".,-/".indexOf(c.mark()) >= 0)) {
                return k;
            }
        }
        return k;
    }

    /**
     * The opening bracket of the bracketed affiliation that closes at {@code close} ("Jana Novak
     * (D-Ohio)" read backwards); -1 if the token there closes none.
     */
    public static int opening(List<Token> t, int close) {
        if (!(close >= 0
                && close < t.size()
                && t.get(close) instanceof Token.Punct c
                && c.mark() == ')')) {
            return -1;
        }
        for (int j = close - 1; j >= Math.max(0, close - 1 - BRACKETED); j--) {
            if (t.get(j) instanceof Token.Punct o && o.mark() == '(') {
                return bracketed(t, j) == close + 1 ? j : -1;
            }
        }
        return -1;
    }
}
