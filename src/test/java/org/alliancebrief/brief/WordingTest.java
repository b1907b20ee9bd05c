package org.alliancebrief.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alliancebrief.analysis.PublishedDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {
    @ParameterizedTest
    @CsvSource({
        "0, article, 0 articles",
        "1, article, 1 article",
        "2, article, 2 articles",
        "3, person, 3 people",
        "2, country, 2 countries"
    })
    void countsCarryTheirNoun(long n, String noun, String expected) {
        assertEquals(expected, Wording.count(n, noun));
    }

    @ParameterizedTest
    @CsvSource({"0, 0%", "0.004, <1%", "0.4, 40%", "0.125, 13%", "1, 100%"})
    void sharesArePercentages(double share, String expected) {
        assertEquals(expected, Wording.percent(share));
    }

    @Test
    void quotedWordsLoseTheCommaThatClosedThemInTheSentence() {
        assertEquals(
                "We are taking cooperation to a new level",
                Wording.quoted(" We are taking cooperation to a new level, "));
        assertEquals("Is it over?", Wording.quoted("Is it over?"));
        assertEquals("It ends here.", Wording.quoted("It ends here."));
    }

    @Test
    void datesAreWrittenInFull() {
        assertEquals("6 December 2017", Wording.date(LocalDate.of(2017, 12, 6)));
        assertEquals(
                "December 2017",
                Wording.date(new PublishedDate(LocalDate.of(2017, 12, 1), true, "Dec 2017")));
    }

    @Test
    void listsUseAndBeforeTheLastItem() {
        assertEquals("", Wording.list(List.of()));
        assertEquals("a", Wording.list(List.of("a")));
        assertEquals("a and b", Wording.list(List.of("a", "b")));
        assertEquals("a, b and c", Wording.list(List.of("a", "b", "c")));
    }

    @Test
    void fillReplacesNamesAndTidiesSpaces() {
        assertEquals(
                "Cyber leads with 40%.",
                Wording.fill(
                        "{area} leads  with {share}.", Map.of("area", "Cyber", "share", "40%")));
    }

    @Test
    void shortenCutsAtAWord() {
        assertEquals("Military mobility and…", Wording.shorten("Military mobility and hybrid", 24));
    }
}
