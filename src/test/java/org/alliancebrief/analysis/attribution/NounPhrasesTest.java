package org.alliancebrief.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.junit.jupiter.api.Test;

/** Role, source, institution and group nouns read as the phrases they head. */
class NounPhrasesTest {
    private final NounPhrases phrases = new NounPhrases(Fixture.LEX);

    private Candidate at(Words w, String head) {
        return phrases.at(w.text(), w.paragraph(), w.at(head), w.by());
    }

    private static String read(Candidate c, Words w) {
        return c.kind() + ":" + c.name() + " [" + w.span(c.first(), c.last()) + "]";
    }

    @Test
    void anIndefiniteSourceIsUnnamedAndTakesItsDescription() {
        Words w = Words.of("A senior Baltic diplomat said the talks had stalled.");
        assertEquals(
                "UNNAMED:A senior Baltic diplomat [A senior Baltic diplomat]",
                read(at(w, "diplomat"), w));
        Words ext = Words.of("An official who asked not to be named said it was over.");
        assertEquals(
                "UNNAMED:An official who asked not to be named"
                        + " [An official who asked not to be named]",
                read(at(ext, "official"), ext));
    }

    @Test
    void aDefiniteRoleNounIsARoleAndATitleBeforeANameIsNone() {
        Words w = Words.of("Later the minister told reporters it was settled.");
        assertEquals("ROLE:the minister [the minister]", read(at(w, "minister"), w));
        Words named = Words.of("Later Defence Minister Ruth Baars spoke.");
        assertNull(at(named, "Minister"));
    }

    @Test
    void aTitleOfTwoNounsIsOnePhraseHeadedByItsLastNoun() {
        Words w = Words.of("A retired major general told reporters it was late.");
        assertNull(at(w, "major"));
        assertEquals(
                "UNNAMED:A retired major general [A retired major general]",
                read(at(w, "general"), w));
    }

    @Test
    void aRankThatIsAlsoAnAdjectiveHeadsNothingBeforeANoun() {
        Words adjective = Words.of("Security was a major theme of the talks.");
        assertNull(at(adjective, "major"));
        Words rank = Words.of("Later the general said the lines had held.");
        assertEquals("ROLE:the general [the general]", read(at(rank, "general"), rank));
    }

    @Test
    void aDefiniteInstitutionSpeaksWithoutItsArticle() {
        Words w = Words.of("In a note the foreign ministry said it had protested.");
        assertEquals(
                "ORGANISATION:foreign ministry [the foreign ministry]", read(at(w, "ministry"), w));
    }

    @Test
    void aStateBeforeGovernmentNamesItsGovernmentAndABodyBeforeOfficeNamesTheBody() {
        Words w = Words.of("On Monday the Italian government said it agreed.");
        w.known(Kind.COUNTRY, w.at("Italian"), w.at("Italian"), "Italy");
        Candidate gov = at(w, "government");
        assertEquals("ORGANISATION:Government of Italy [the Italian government]", read(gov, w));
        assertEquals("Italy", gov.owner().name());
        Words body = Words.of("Then the Commission's press office said so.");
        body.known(Kind.ORGANISATION, body.at("Commission"), body.at("Commission"), "Commission");
        assertEquals(
                "ORGANISATION:Commission [the Commission's press office]",
                read(at(body, "office"), body));
    }

    @Test
    void aDefinitePluralGroupIsACollectiveAndABarePluralIsUnnamed() {
        Words both = Words.of("After the dinner both presidents said they were pleased.");
        assertEquals(
                "COLLECTIVE:both presidents [both presidents]", read(at(both, "presidents"), both));
        Words bare = Words.of("Privately, diplomats said they were pleased.");
        assertEquals("UNNAMED:diplomats [diplomats]", read(at(bare, "diplomats"), bare));
    }

    @Test
    void aDocumentTakesItsAuthorFromByAfterIt() {
        Words w = Words.of("A statement by the Commission said the plan was ready.");
        w.known(Kind.ORGANISATION, w.at("Commission"), w.at("Commission"), "Commission");
        Candidate doc = at(w, "statement");
        assertEquals("DOCUMENT:A statement [A statement]", read(doc, w));
        assertEquals("Commission", doc.owner().name());
    }
}
