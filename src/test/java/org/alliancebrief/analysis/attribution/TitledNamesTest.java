package org.alliancebrief.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.junit.jupiter.api.Test;

/** Titles, honorifics and their modifiers before a person's name. */
class TitledNamesTest {
    private final TitledNames titles = new TitledNames(Fixture.LEX);

    private String mention(Words w, String name) {
        int first = w.at(name);
        return w.span(titles.start(w.paragraph(), first, w.by()), first);
    }

    @Test
    void capitalisedTitleWordsBeforeANameBelongToItsMention() {
        Words w = Words.of("Estonian Interior Minister Kaarel Tamm told the press on Monday.");
        assertEquals("Estonian Interior Minister Kaarel", mention(w, "Kaarel"));
    }

    @Test
    void lowerCaseModifiersCountOnlyAfterADeterminer() {
        Words opened = Words.of("On Friday the Dutch defence minister Ruth Baars met troops.");
        assertEquals("the Dutch defence minister Ruth", mention(opened, "Ruth"));
        Words bare = Words.of("Officials waited as defence minister Ruth Baars arrived.");
        assertEquals("minister Ruth", mention(bare, "Ruth"));
    }

    @Test
    void aBodyBeforeTheTitleJoinsThePhraseButNotBeforeABareName() {
        Words w = Words.of("Asked again, NATO Deputy Secretary General Ola Lind said no.");
        w.known(Kind.ORGANISATION, w.at("NATO"), w.at("NATO"), "NATO");
        assertEquals("NATO Deputy Secretary General Ola", mention(w, "Ola"));
        Words bare = Words.of("Asked again, NATO Ola Lind said no.");
        bare.known(Kind.ORGANISATION, bare.at("NATO"), bare.at("NATO"), "NATO");
        assertEquals("Ola", mention(bare, "Ola"));
    }

    @Test
    void titlesWithOfAndAbbreviatedHonorificsAreRead() {
        Words of = Words.of("The talks were led by Head of Mission Petra Holm in Skopje.");
        assertEquals("Head of Mission Petra", mention(of, "Petra"));
        Words abbr = Words.of("The plan, said Mr. Dario Conti, is ready.");
        assertEquals("Mr. Dario", mention(abbr, "Dario"));
    }

    @Test
    void anHonorificGivesTheGender() {
        Words mr = Words.of("Later Mr Conti said more.");
        Words ms = Words.of("Later Ms Holm said more.");
        Words none = Words.of("Later Minister Holm said more.");
        assertEquals(
                Gender.MALE, titles.gender(mr.paragraph(), mr.at("Mr"), mr.at("Conti"), "Conti"));
        assertEquals(
                Gender.FEMALE, titles.gender(ms.paragraph(), ms.at("Ms"), ms.at("Holm"), "Holm"));
        assertEquals(
                Gender.UNKNOWN,
                titles.gender(none.paragraph(), none.at("Minister"), none.at("Holm"), "Holm"));
    }

    @Test
    void aKnownGivenNameGivesTheGenderWhereNoHonorificDoes() {
        Words w = Words.of("Later Minister Holm said more.");
        int from = w.at("Minister");
        int holm = w.at("Holm");
        assertEquals(Gender.FEMALE, titles.gender(w.paragraph(), from, holm, "Petra Holm"));
        assertEquals(Gender.MALE, titles.gender(w.paragraph(), from, holm, "Jan Holm"));
        assertEquals(Gender.UNKNOWN, titles.gender(w.paragraph(), from, holm, "Andrea Holm"));
    }
}
