package org.alliancebrief.analysis.attribution;

import java.util.HashSet;
import java.util.Set;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * News outlets an article names, as mentions: a name with a media word in it ("Cyprus News Agency")
 * or before one ("the Daily Clarion newspaper"), and the same name again later in the article. An
 * outlet is no actor of the brief, but it speaks for the words it wrote ("…," wrote the Clarion).
 * One instance reads one article, in paragraph order.
 */
final class Outlets {
    /** How many words an outlet's name may have. */
    private static final int MAX_WORDS = 5;

    /**
     * How long a lower-case word inside a name may be: "Welt am Sonntag", "Corriere della Sera".
     */
    private static final int MAX_PARTICLE = 4;

    private final Lexicon lex;

    /** The names introduced as outlets so far in this article. */
    private final Set<String> names = new HashSet<>();

    /** The outlet named last so far, or null: "the agency" or "the newspaper" later means it. */
    private String last;

    Outlets(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * The outlet named from token {@code k}, or null; {@code by} holds the candidates already found
     * by token, which an outlet's name may not overlap.
     */
    Candidate at(String text, TokenText.Paragraph p, int k, Candidate[] by) {
        if (!(p.get(k) instanceof Token.Word first)
                || !first.capitalised()
                || lex.has(WordList.DETERMINERS, first.lower())
                || k > 0
                        && p.get(k - 1) instanceof Token.Word before
                        && before.capitalised()
                        && !lex.has(WordList.DETERMINERS, before.lower())) {
            return null; // an outlet's name opens at its first capitalised word, past "The"
        }
        int last = -1;
        boolean media = false;
        for (int j = k; j < Math.min(p.size(), k + MAX_WORDS); j++) {
            if (by[j] != null || !(p.get(j) instanceof Token.Word w)) {
                break;
            }
            if (w.capitalised()) {
                last = j;
                media |= lex.has(WordList.MEDIA_WORDS, w.lower());
            } else if (w.lower().length() > MAX_PARTICLE
                    || lex.has(WordList.CONJUNCTIONS, w.lower())
                    || !(j + 1 < p.size()
                            && p.get(j + 1) instanceof Token.Word n
                            && n.capitalised())) {
                break;
            }
        }
        if (last < 0) {
            return null;
        }
        String name = text.substring(p.get(k).start(), p.get(last).end());
        java.util.Optional<String> listed = org.alliancebrief.corpus.Outlets.known(name);
        if (listed.isPresent()) {
            name = listed.get(); // "Reuters reported", "according to Bloomberg"
        }
        boolean introduced =
                media
                        || listed.isPresent()
                        || last + 1 < p.size()
                                && p.get(last + 1) instanceof Token.Word after
                                && !after.capitalised()
                                && lex.has(WordList.OUTLET_NOUNS, after.lower());
        if (introduced) {
            names.add(name);
        } else if (!names.contains(name)) {
            return null;
        }
        this.last = name;
        return new Candidate(
                Kind.ORGANISATION,
                p.index(),
                k,
                last,
                Role.SUBJECT,
                Gender.UNKNOWN,
                name,
                "",
                false,
                "",
                null);
    }

    /** The outlet the article named last so far, or null. */
    String last() {
        return last;
    }
}
