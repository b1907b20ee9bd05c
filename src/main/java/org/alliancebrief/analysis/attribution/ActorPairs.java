package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;

/** "the EU and NATO", "Biden and Michel": two actors joined by "and" speak as a pair. */
final class ActorPairs {
    private ActorPairs() {}

    /**
     * {@code found} (one paragraph's candidates, in token order) with each two named candidates of
     * the same sort (people, or bodies and states) joined by "and" replaced by one collective.
     */
    static List<Candidate> join(TokenText.Paragraph p, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Candidate a = found.get(i);
            int j = i + 1;
            int at = a.last() + 2; // where the second member begins, after "and"
            if (j < found.size() && !pair(p, a, found.get(j), at)) {
                // "France's Macron and Germany's Scholz": past the second member's possessor,
                // which is no member and no subject of its own.
                Candidate possessor = found.get(j);
                boolean past = possessor.first() == at && Roles.possessive(p, possessor);
                j = past ? j + 1 : found.size();
                at = possessor.last() + 2;
            }
            if (j < found.size() && pair(p, a, found.get(j), at)) {
                Candidate b = found.get(j);
                out.add(
                        new Candidate(
                                Kind.COLLECTIVE,
                                p.index(),
                                a.first(),
                                b.last(),
                                Role.SUBJECT,
                                Gender.UNKNOWN,
                                a.name() + " and " + b.name(),
                                "",
                                false,
                                "",
                                null,
                                List.of(a, b)));
                i = j;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Whether {@code a} and {@code b} are two named actors of the same sort (people, or bodies and
     * states), with "and" after {@code a} and {@code b} beginning at token {@code at}.
     */
    private static boolean pair(TokenText.Paragraph p, Candidate a, Candidate b, int at) {
        return a.kind().named()
                && b.kind().named()
                && (a.kind() == Kind.PERSON) == (b.kind() == Kind.PERSON)
                && b.first() == at
                && p.get(a.last() + 1) instanceof Token.Word w
                && w.lower().equals("and")
                && !a.name().equals(b.name());
    }
}
