package org.alliancebrief.analysis.attribution;

import java.util.Locale;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/** Reads the title and honorific words before a person's name as part of the person's mention. */
final class TitledNames {
    private final Lexicon lex;

    TitledNames(Lexicon lex) {
        this.lex = lex;
    }

    /**
     * Where the mention of the person whose name starts at token {@code first} begins: "Latvian
     * Defence Minister", "spokesperson", "Mr", "the Finnish foreign minister" before the name
     * belong to it; {@code by} holds the candidates already found, by token.
     */
    int start(TokenText.Paragraph p, int first, Candidate[] by) {
        int from = first;
        for (int k = first - 1; k >= Math.max(0, first - NounPhrases.MAX_MODIFIERS); k--) {
            if (by[k] != null) {
                Candidate c = by[k];
                if (from < first && c.kind().named() && c.kind() != Kind.PERSON) {
                    from = c.first(); // "NATO Secretary General Mark Rutte": one phrase
                    k = c.first();
                    continue;
                }
                break;
            }
            if (p.get(k) instanceof Token.Punct dot
                    && dot.mark() == '.'
                    && k > 0
                    && p.get(k - 1) instanceof Token.Word abbr
                    && (lex.has(WordList.TITLES, abbr.text() + ".")
                            || lex.table(WordList.HONORIFICS).containsKey(abbr.lower() + "."))) {
                continue; // "Mr. Smith", "Gen. Novak"
            }
            if (!(p.get(k) instanceof Token.Word w)) {
                break;
            }
            if ((w.lower().equals("of") || w.lower().equals("for"))
                    && k > 0
                    && p.get(k - 1) instanceof Token.Word t
                    && lex.has(WordList.TITLES, t.text())) {
                continue; // "Secretary of State John Kerry", "Head of ENISA Jane Doe"
            }
            boolean title =
                    lex.has(WordList.TITLES, w.text())
                            || lex.table(WordList.HONORIFICS).containsKey(w.lower());
            if (title || w.capitalised() && !lex.has(WordList.NOT_NAMES, w.text())) {
                from = k;
            } else {
                break;
            }
        }
        if (from < first) {
            from = modifiersBefore(p, from, by); // "the Finnish foreign minister X"
        }
        if (from > 0
                && by[from - 1] == null
                && p.get(from - 1) instanceof Token.Word d
                && lex.table(WordList.DETERMINERS).containsKey(d.lower())) {
            from--;
        }
        return from;
    }

    /**
     * The gender of the person {@code name} whose name starts at token {@code first}: from an
     * honorific between {@code from} and the name ("Mrs Novak"), else from the given name that
     * opens the person's full name ("Federica Mogherini"), if the lexicon knows it.
     */
    Gender gender(TokenText.Paragraph p, int from, int first, String name) {
        for (int k = from; k < first; k++) {
            if (p.get(k) instanceof Token.Word w) {
                String[] h = lex.table(WordList.HONORIFICS).get(w.lower());
                if (h != null && !h[0].equals("-")) {
                    return h[0].equals("m") ? Gender.MALE : Gender.FEMALE;
                }
            }
        }
        int space = name.indexOf(' ');
        String given = space < 0 ? "" : name.substring(0, space).toLowerCase(Locale.ROOT);
        String[] g = lex.table(WordList.GIVEN_NAMES).get(given);
        if (g == null || g.length == 0) {
            return Gender.UNKNOWN;
        }
        return g[0].equals("m") ? Gender.MALE : g[0].equals("f") ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /**
     * Lower-case modifiers before a title belong to the phrase when a determiner or a possessive
     * opens it ("the Finnish foreign minister", "the Commission's defence commissioner"); otherwise
     * they are left out.
     */
    private int modifiersBefore(TokenText.Paragraph p, int from, Candidate[] by) {
        for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
            if (by[k] != null && by[k].kind().named() && by[k].kind() != Kind.PERSON) {
                int modifiers = k + 1;
                k = by[k].first(); // "the Finnish foreign minister": a demonym inside
                if (k > 0
                        && p.get(k - 1) instanceof Token.Word d
                        && lex.table(WordList.DETERMINERS).containsKey(d.lower())) {
                    return k;
                }
                if (opensPhrase(p, k) && nouns(p, modifiers, from)) {
                    return k; // "EU foreign policy chief X said": the body names the office
                }
                continue;
            }
            if (by[k] != null || !(p.get(k) instanceof Token.Word w)) {
                return from;
            }
            if (w.clitic()) {
                return k + 1;
            }
            if (lex.table(WordList.DETERMINERS).containsKey(w.lower())) {
                return k + 1; // the determiner itself is added by the caller
            }
            if (!w.capitalised() && !NounPhrases.modifier(lex, w)) {
                return from;
            }
        }
        return from;
    }

    /** Whether a phrase may begin at token {@code k}: after a stop, a mark or a function word. */
    private boolean opensPhrase(TokenText.Paragraph p, int k) {
        if (k == 0 || !(p.get(k - 1) instanceof Token.Word w)) {
            return true;
        }
        long lists = lex.lists(w.lower());
        return WordList.PREPOSITIONS.in(lists)
                || WordList.CONJUNCTIONS.in(lists)
                || WordList.REPORTING_VERBS.in(lists);
    }

    /** Whether tokens {@code [from, to)} are nouns of an office, not a verb ("attacked"). */
    private boolean nouns(TokenText.Paragraph p, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!(p.get(k) instanceof Token.Word w)
                    || w.lower().endsWith("ed")
                    || lex.has(WordList.TRANSITIVE_VERBS, w.lower())
                    || lex.has(WordList.OBJECT_VERBS, w.lower())) {
                return false;
            }
        }
        return true;
    }
}
