package org.alliancebrief.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.junit.jupiter.api.Test;

/** Two named actors joined by "and" speak as one pair. */
class ActorPairsTest {
    private static List<String> names(List<Candidate> cs) {
        return cs.stream().map(c -> c.kind() + ":" + c.name()).toList();
    }

    @Test
    void twoPeopleOrTwoBodiesJoinedByAndBecomeOneCollective() {
        Words w = Words.of("Conti and Holm signed it, and Italy and Sweden welcomed it.");
        Candidate conti = w.known(Kind.PERSON, w.at("Conti"), w.at("Conti"), "Dario Conti");
        Candidate holm = w.known(Kind.PERSON, w.at("Holm"), w.at("Holm"), "Petra Holm");
        Candidate it = w.known(Kind.COUNTRY, w.at("Italy"), w.at("Italy"), "Italy");
        Candidate se = w.known(Kind.COUNTRY, w.at("Sweden"), w.at("Sweden"), "Sweden");
        List<Candidate> out = ActorPairs.join(w.paragraph(), List.of(conti, holm, it, se));
        assertEquals(
                List.of("COLLECTIVE:Dario Conti and Petra Holm", "COLLECTIVE:Italy and Sweden"),
                names(out));
        assertEquals(List.of(conti, holm), out.get(0).members());
    }

    @Test
    void theSecondMembersPossessorIsPassedOverButASecondPossessorMemberIsKept() {
        Words w =
                Words.of(
                        "Italy's Conti and Sweden's Holm wrote, as did Italy and Sweden's envoys.");
        int it = w.at("Italy");
        int se = w.at("Sweden");
        Candidate italy = w.known(Kind.COUNTRY, it, it, "Italy");
        Candidate conti = w.known(Kind.PERSON, w.at("Conti"), w.at("Conti"), "Dario Conti");
        Candidate sweden = w.known(Kind.COUNTRY, se, se, "Sweden");
        Candidate holm = w.known(Kind.PERSON, w.at("Holm"), w.at("Holm"), "Petra Holm");
        int it2 = w.at("Italy", it + 1);
        Candidate italy2 = w.known(Kind.COUNTRY, it2, it2, "Italy");
        Candidate sweden2 = w.known(Kind.COUNTRY, it2 + 2, it2 + 2, "Sweden");
        assertEquals(
                List.of(
                        "COUNTRY:Italy",
                        "COLLECTIVE:Dario Conti and Petra Holm",
                        "COLLECTIVE:Italy and Sweden"),
                names(
                        ActorPairs.join(
                                w.paragraph(),
                                List.of(italy, conti, sweden, holm, italy2, sweden2))));
    }

    @Test
    void aPersonAndABodyOrTheSameNameTwiceStayApart() {
        Words w = Words.of("Conti and Italy agreed, as did Holm and Holm.");
        Candidate conti = w.known(Kind.PERSON, w.at("Conti"), w.at("Conti"), "Dario Conti");
        Candidate it = w.known(Kind.COUNTRY, w.at("Italy"), w.at("Italy"), "Italy");
        int h = w.at("Holm");
        Candidate h1 = w.known(Kind.PERSON, h, h, "Petra Holm");
        Candidate h2 = w.known(Kind.PERSON, h + 2, h + 2, "Petra Holm");
        assertEquals(
                List.of(
                        "PERSON:Dario Conti",
                        "COUNTRY:Italy",
                        "PERSON:Petra Holm",
                        "PERSON:Petra Holm"),
                names(ActorPairs.join(w.paragraph(), List.of(conti, it, h1, h2))));
    }
}
