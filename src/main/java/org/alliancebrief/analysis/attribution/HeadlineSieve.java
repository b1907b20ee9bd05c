package org.alliancebrief.analysis.attribution;

import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * A quotation in the headline with no clause of its own is said by the person the lead's first
 * sentence is about: "UK ‘will oppose any EU army’" over "Defence Minister Jan Novak has vowed to
 * veto …". Lines between them that are no sentence (a byline, a date) are passed over; the first
 * sentence decides, and a person must be its subject: its first mention, with only titles before
 * it.
 */
final class HeadlineSieve implements Sieve {
    /** How many paragraphs below the headline the lead may start (bylines and dates between). */
    private static final int LEAD_WITHIN = 4;

    /** The fewest tokens of a paragraph that is a sentence rather than a byline or label. */
    private static final int SENTENCE_TOKENS = 8;

    private final Coreference coref;

    HeadlineSieve(Coreference coref) {
        this.coref = coref;
    }

    @Override
    public Referent attribute(Scene s, int i, Candidate cue) {
        if (cue != null || s.quotes.get(i).paragraph() != 0) {
            return null;
        }
        int paragraphs = s.text.paragraphs().size();
        for (int p = 1; p < Math.min(paragraphs, LEAD_WITHIN + 1); p++) {
            if (!isSentence(s.paragraph(p))) {
                continue;
            }
            for (Candidate c : s.mentions.get(p)) {
                if (s.sentence(p, c.first()) != s.sentence(p, 0)) {
                    return null;
                }
                if (c.role() == Candidate.Role.POSSESSIVE) {
                    continue; // "Britain's defence minister X": the possessor is not the subject
                }
                return c.kind() == Candidate.Kind.PERSON && opens(s, p, c) ? coref.of(c) : null;
            }
            return null;
        }
        return null;
    }

    /**
     * Whether only titles stand before the mention in its sentence ("British Defence Minister X",
     * "The bloc's envoy X"): then it is the subject, not the object of a verb or a preposition.
     */
    private static boolean opens(Scene s, int p, Candidate c) {
        for (int k = afterDateline(s, p, c.first()); k < c.first(); k++) {
            boolean title =
                    s.token(p, k) instanceof Token.Word w
                            && (w.capitalised()
                                    || w.clitic()
                                    || s.word(p, k, WordList.DETERMINERS));
            if (!title) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the sentence proper starts: after a dateline's dash ("London –"). The reader has
     * already taken off the first paragraph's dateline when it has a date, an agency or an
     * upper-case place ("BRUSSELS (Wire) -"); what reaches here is a dash it left in the text.
     */
    private static int afterDateline(Scene s, int p, int before) {
        for (int k = Math.min(before, DATELINE) - 1; k >= 0; k--) {
            if (s.token(p, k) instanceof Token.Punct dash
                    && "-\u2013\u2014".indexOf(dash.mark()) >= 0) {
                return k + 1;
            }
        }
        return 0;
    }

    /** The most tokens a dateline before the lead's first sentence may have. */
    private static final int DATELINE = 12;

    private static boolean isSentence(TokenText.Paragraph para) {
        return para.size() >= SENTENCE_TOKENS
                && para.get(para.size() - 1) instanceof Token.Punct stop
                && stop.stop();
    }
}
