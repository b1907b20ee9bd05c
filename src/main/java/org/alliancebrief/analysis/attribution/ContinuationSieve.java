package org.alliancebrief.analysis.attribution;

import java.util.Objects;

/**
 * A quotation without a reporting clause of its own goes on from the one before: continued into the
 * next paragraph, one of a run in a paragraph with no one else named between, or a paragraph that
 * is only a quotation after a paragraph that ended on an attributed one.
 */
final class ContinuationSieve implements Sieve {
    private final Coreference coref;

    ContinuationSieve(Coreference coref) {
        this.coref = coref;
    }

    @Override
    public Referent attribute(Scene s, int i, Candidate cue) {
        if (cue != null || i == 0 || s.decided[i - 1] == null) {
            return null;
        }
        Quotation q = s.quotes.get(i);
        Quotation prev = s.quotes.get(i - 1);
        Referent before = s.decided[i - 1];
        if (prev.paragraph() == q.paragraph()) {
            return onlySpeakerBetween(
                            s,
                            q.paragraph(),
                            prev.closeToken() + 1,
                            Math.max(0, q.openToken()),
                            before)
                    ? before
                    : null;
        }
        boolean opensParagraph = q.openToken() <= 0;
        if (prev.paragraph() < q.paragraph() - 1) {
            // A paragraph that is only a quotation, after narrative that names no one who
            // could have said it: the last speaker goes on.
            for (int p = prev.paragraph() + 1; p < q.paragraph(); p++) {
                if (!silent(s, p)) {
                    return null;
                }
            }
            return opensParagraph
                            && q.paragraph() - prev.paragraph() <= 2
                            && s.mentions.get(q.paragraph()).isEmpty()
                    ? before
                    : null;
        }
        if (!q.opened() || opensParagraph && !prev.closed()) {
            return before; // the same quotation, carried over a paragraph break
        }
        if (opensParagraph
                && s.mentions.get(q.paragraph()).isEmpty()
                && prev.closed()
                && onlySpeakerBetween(
                        s,
                        prev.paragraph(),
                        prev.closeToken() + 1,
                        s.paragraph(prev.paragraph()).size(),
                        before)) {
            return before; // a paragraph that is only the speaker's next words
        }
        return null;
    }

    /** A paragraph without any mention of someone who could speak. */
    private static boolean silent(Scene s, int p) {
        for (Candidate c : s.mentions.get(p)) {
            if (c.kind() != Candidate.Kind.COUNTRY) {
                return false;
            }
        }
        return true;
    }

    private boolean onlySpeakerBetween(Scene s, int p, int from, int to, Referent speaker) {
        if (from < 0) {
            return false;
        }
        for (Candidate c : s.between(p, from, to)) {
            Referent r = coref.of(c);
            if (r == null && c.kind() == Candidate.Kind.PRONOUN) {
                continue; // a pronoun that names no one else
            }
            if (r == null || !Objects.equals(r.name(), speaker.name())) {
                return false;
            }
        }
        return true;
    }
}
