package org.alliancebrief.analysis.attribution;

import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;

/**
 * No reporting clause: the speaker is the subject introduced just before, in the quotation's own
 * sentence ("Starmer was hoping for unity, “…”") or in the sentence before it, whatever its verb
 * ("Zelensky was blunt. “…”"); the speaker of a quotation in that sentence first, then the one its
 * closing reporting clause names ("…, the minister said on Monday. “…”").
 */
final class IntroducedSieve implements Sieve {
    /** Kinds of subject that count as introducing a speaker; groups and unnamed do not. */
    private static final java.util.Set<Kind> SPEAKS =
            java.util.EnumSet.of(
                    Kind.PERSON, Kind.ORGANISATION, Kind.PRONOUN, Kind.ROLE, Kind.DOCUMENT);

    /** How far back a sentence's start is looked for, to keep each look-up bounded. */
    private static final int REACH = 120;

    private final Coreference coref;
    private final ReportingClause clauses;

    IntroducedSieve(Coreference coref, ReportingClause clauses) {
        this.coref = coref;
        this.clauses = clauses;
    }

    @Override
    public Referent attribute(Scene s, int i, Candidate cue) {
        if (cue != null) {
            return null;
        }
        Quotation q = s.quotes.get(i);
        int p = q.paragraph();
        int open = Math.max(0, q.openToken());
        int sentence = s.sentence(p, open);
        int start = open;
        while (start > 0 && s.sentence(p, start - 1) == sentence && open - start < REACH) {
            start--;
        }
        Candidate own = subject(s, p, start, open);
        if (own != null) {
            return coref.of(own);
        }
        int pp = p;
        int end = start;
        if (start == 0) {
            if (p <= 1) {
                return null; // nothing before the first paragraph of the body but the title
            }
            pp = p - 1;
            end = s.paragraph(pp).size();
        }
        if (end == 0) {
            return null;
        }
        int prevSentence = s.sentence(pp, end - 1);
        int from = end - 1;
        while (from > 0 && s.sentence(pp, from - 1) == prevSentence && end - from < REACH) {
            from--;
        }
        for (int j = i - 1; j >= Math.max(0, i - 8) && s.quotes.get(j).paragraph() == pp; j--) {
            Quotation before = s.quotes.get(j);
            if (Math.max(0, before.openToken()) >= from && s.decided[j] != null) {
                return s.decided[j];
            }
        }
        Candidate c = clauses.tail(pp, from, end);
        if (c == null || !SPEAKS.contains(c.kind())) {
            c = subject(s, pp, from, end);
        }
        if (c == null
                || pp != p
                        && c.kind() != Kind.PERSON
                        && c.kind() != Kind.PRONOUN
                        && c.kind() != Kind.ROLE) {
            return null; // across a paragraph break only a person carries over
        }
        return coref.of(c);
    }

    /** The first subject of tokens {@code [from, to)} that can speak, outside a "while" clause. */
    private static Candidate subject(Scene s, int p, int from, int to) {
        for (Candidate c : s.between(p, from, to)) {
            if (c.role() == Role.SUBJECT && SPEAKS.contains(c.kind()) && !s.subordinate(c)) {
                return c;
            }
        }
        return null;
    }
}
