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
            Candidate b = i + 1 < found.size() ? found.get(i + 1) : null;
            if (b != null
                    && a.kind().named()
                    && b.kind().named()
                    && (a.kind() == Kind.PERSON) == (b.kind() == Kind.PERSON)
                    && b.first() == a.last() + 2
                    && p.get(a.last() + 1) instanceof Token.Word w
                    && w.lower().equals("and")
                    && !a.name().equals(b.name())) {
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
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }
}
