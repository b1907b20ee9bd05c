package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliancebrief.analysis.Venues.Place;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Tokenizer;
import org.junit.jupiter.api.Test;

/**
 * The venue grammar on sentences written for each of its rules: the same cues before a country's
 * name and a capital's, the wider place cues and the words after only for a capital, a city or a
 * dateline only before a country.
 */
class VenuesTest {
    private static final Venues VENUES = new Venues(Lexicon.of("en"));

    /** Whether the first {@code name} in {@code text} is only a place, read as {@code place}. */
    private static boolean onlyPlace(Place place, String text, String name) {
        int start = text.indexOf(name);
        return VENUES.onlyPlace(
                place,
                text,
                Tokenizer.tokens(text, 0, text.length()),
                start,
                start + name.length());
    }

    private static boolean capital(String text, String name) {
        return onlyPlace(Place.CAPITAL, text, name);
    }

    private static boolean country(String text, String name) {
        return onlyPlace(Place.COUNTRY, text, name);
    }

    @Test
    void aCapitalAfterAPlaceCueIsAPlace() {
        assertTrue(capital("The envoys held talks in Moscow on Monday.", "Moscow"));
        assertTrue(capital("The minister flew to Ottawa after the vote.", "Ottawa"));
        assertTrue(capital("Troops left Kyiv before dawn.", "Kyiv"));
        assertTrue(capital("The delegation was visiting the Elysee on Friday.", "Elysee"));
    }

    @Test
    void aCapitalThatActsIsTheState() {
        assertFalse(capital("Moscow said it would respond to the new sanctions.", "Moscow"));
        assertFalse(capital("Kyiv's forces pushed east over the weekend.", "Kyiv"));
        assertFalse(capital("The allies asked Washington for more air defence.", "Washington"));
        assertFalse(capital("Fighters of the Moscow-backed militia withdrew.", "Moscow"));
    }

    @Test
    void aCapitalDescribedBeforeItsNameIsStillAPlace() {
        assertTrue(
                capital("Speaking in the Slovakian capital Bratislava, he warned.", "Bratislava"));
        assertTrue(capital("The talks were held in the capital, Vilnius, last week.", "Vilnius"));
        assertTrue(capital("Officials arrived in its capital Tallinn late.", "Tallinn"));
        assertFalse(capital("The capital Bratislava rejected the plan.", "Bratislava"));
    }

    @Test
    void aWordAfterACapitalMakesItAPlaceOrAnotherName() {
        assertTrue(capital("A Washington-based think tank published the figures.", "Washington"));
        assertTrue(capital("Protests in the streets of Washington, D.C., grew.", "Washington"));
        assertTrue(capital("The Washington summit ended early.", "Washington"));
        assertTrue(capital("A Washington Post-ABC poll found support falling.", "Washington"));
        assertTrue(capital("He told the Moscow Times that nothing had changed.", "Moscow"));
        assertTrue(capital("The Moscow Metro closed two stations.", "Moscow"));
        assertFalse(capital("Washington warned the allies again.", "Washington"));
    }

    @Test
    void aNameStartingInsideAWordHasNoCueBeforeIt() {
        assertFalse(capital("Rallies were held in pro-Moscow districts.", "Moscow"));
    }

    @Test
    void aCountryAfterAVenueCueIsOnlyTheVenue() {
        assertTrue(country("Talks in Portugal ended on Friday.", "Portugal"));
        assertTrue(country("The ministers met at a summit in the Netherlands.", "Netherlands"));
        assertTrue(country("Leaders will later meet (talks in Portugal) again.", "Portugal"));
        assertTrue(country("Tankers crossed the Gulf of Finland at night.", "Finland"));
        assertFalse(country("Portugal sent two frigates to the Baltic.", "Portugal"));
    }

    @Test
    void theBarePlaceCuesAreOnlyACapitals() {
        assertTrue(capital("Pressure from Moscow is growing.", "Moscow"));
        assertFalse(country("Pressure from Russia is growing.", "Russia"));
    }

    @Test
    void aCountryAfterACityOnlySaysWhereTheCityLies() {
        assertTrue(country("Leaders will meet in Davos, Switzerland, next week.", "Switzerland"));
        assertTrue(
                country("Envoys gathered at St. Gallen, Switzerland, on Monday.", "Switzerland"));
        assertTrue(country("Officials met in San Sebastian, Spain.", "Spain"));
        assertTrue(country("Summit report\nVILNIUS (Lithuania) - Ministers met.", "Lithuania"));
        assertFalse(country("In Brussels, France objected to the plan.", "France"));
        assertFalse(capital("Officials met in Davos, Bern said nothing.", "Bern"));
    }
}
