package org.alliancebrief.analysis.attribution;

import java.util.List;
import org.alliancebrief.analysis.text.Token;

/** The body a person is named with, between the name and the verb: "Jana Novak of the Centre". */
public final class Affiliation {
    private Affiliation() {}

    /**
     * Past the body a name is given with ("Jana Novak of the Centre for Policy Studies told"):
     * "of", "from" or "at" and a capitalised name; {@code k} itself if none follows there.
     */
    public static int end(List<Token> t, int k) {
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
}
