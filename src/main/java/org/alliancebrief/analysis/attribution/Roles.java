package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * Gives each mention its part in the clause from the words beside it: possessive before "'s",
 * object after a verb or a preposition ("criticised Orbán", "with Rutte"), otherwise subject (after
 * a stop, a comma, a conjunction, or a reporting verb it follows: "said Rutte").
 */
final class Roles {
    private final Lexicon lex;
    private final TokenText.Paragraph p;

    Roles(Lexicon lex, TokenText.Paragraph p) {
        this.lex = lex;
        this.p = p;
    }

    List<Candidate> assign(List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        Candidate previous = null;
        for (Candidate c : found) {
            Role r = role(c, previous);
            Candidate withRole = c.withRole(r);
            out.add(withRole);
            previous = withRole;
        }
        return out;
    }

    /** A modal, auxiliary or reporting verb right after the mention: it is that verb's subject. */
    private boolean verbFollows(Candidate c) {
        return c.last() + 1 < p.size()
                && p.get(c.last() + 1) instanceof Token.Word w
                && !w.capitalised()
                && fillerOrReporting(lex.lists(w.lower()), w.text());
    }

    /** Whether a preposition stands right before the mention, past an article. */
    private boolean afterPreposition(Candidate c) {
        int b = c.first() - 1;
        if (b > 0
                && p.get(b) instanceof Token.Word det
                && lex.has(WordList.DETERMINERS, det.text())) {
            b--;
        }
        return p.get(b) instanceof Token.Word w && lex.has(WordList.PREPOSITIONS, w.text());
    }

    private static boolean fillerOrReporting(long lists, String word) {
        return WordList.VERB_FILLERS.in(lists)
                || WordList.REPORTING_VERBS.in(lists) && !word.endsWith("ing");
    }

    /** Whether a possessive ending follows {@code c}: "Latvia's", "Brussels' own". */
    static boolean possessive(TokenText.Paragraph p, Candidate c) {
        if (c.last() + 1 >= p.size()) {
            return false;
        }
        Token after = p.get(c.last() + 1);
        return after instanceof Token.Word w && w.clitic()
                || after instanceof Token.QuoteMark m
                        && m.apostrophe()
                        && c.last() + 2 < p.size()
                        && p.get(c.last() + 2) instanceof Token.Word;
    }

    private Role role(Candidate c, Candidate previous) {
        if (possessive(p, c)) {
            return Role.POSSESSIVE;
        }
        if (c.first() == 0 || verbFollows(c) && !afterPreposition(c)) {
            // "feared the US could say", "warned that Rutte said"; but in "an attack by Putin
            // is likely" the verb's subject is the attack.
            return Role.SUBJECT;
        }
        int b = c.first() - 1;
        if (p.get(b) instanceof Token.Word clitic && clitic.clitic() && b >= 2) {
            b -= 2; // "Finland's President Stubb": the possessor's place decides
        }
        if (b > 0
                && p.get(b) instanceof Token.Word det
                && lex.has(WordList.DETERMINERS, det.text())) {
            b--; // "on the European Commission": the article is part of the phrase
        } else if (b == 0
                && p.get(b) instanceof Token.Word det
                && lex.has(WordList.DETERMINERS, det.text())) {
            return Role.SUBJECT;
        }
        Token before = p.get(b);
        if (!(before instanceof Token.Word w)) {
            return Role.SUBJECT;
        }
        String s = w.lower();
        long lists = lex.lists(s);
        if ((s.equals("and") || s.equals("or"))
                && previous != null
                && previous.last() == c.first() - 2) {
            return previous.role(); // "Biden and Michel said": the pair shares its role
        }
        if (WordList.PREPOSITIONS.in(lists)) {
            return Role.OBJECT;
        }
        if (WordList.REPORTING_VERBS.in(lists)) {
            return WordList.OBJECT_VERBS.in(lists) ? Role.OBJECT : Role.SUBJECT;
        }
        if (WordList.CONJUNCTIONS.in(lists) || WordList.VERB_FILLERS.in(lists) || w.capitalised()) {
            return Role.SUBJECT;
        }
        // After a verb ("criticised Orbán", "met Rutte") it is an object; after an adjective
        // of its own phrase ("vice-presidential candidate X") it is still the subject.
        return s.endsWith("ed")
                        || WordList.OBJECT_VERBS.in(lists)
                        || WordList.TRANSITIVE_VERBS.in(lists)
                ? Role.OBJECT
                : Role.SUBJECT;
    }
}
