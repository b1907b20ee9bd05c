package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/**
 * Themes and actors coded with the real codebook on short articles written for each class of rule:
 * salience, framings, country adjectives, venues, missions, short forms, misspellings, offices by
 * date, evidence.
 */
class CodingRulesTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));
    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(CODEBOOK);

    private static ArticleFindings analyse(String text) {
        return ANALYSER.analyse(new ArticleParser().parse("a.txt", text));
    }

    private static List<String> themes(String text) {
        return analyse(text).themes().stream().map(t -> t.id().value()).toList();
    }

    private static List<String> actors(String text) {
        return analyse(text).actors().stream().map(ActorFinding::name).toList();
    }

    private static Optional<ActorFinding> actor(ArticleFindings f, String name) {
        return f.actors().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    // ------------------------------------------------------------------ salience

    @Test
    void aWeakTermInPassingDoesNotMakeATheme() {
        var t =
                themes(
                        """
                Ministers meet in Brussels

                Foreign ministers met on Tuesday to discuss the budget for next year.

                They agreed on a timetable. One delegate praised the resilience of the staff.

                The meeting ended early.
                """);
        assertFalse(t.contains("resilience-critical-infrastructure"), t.toString());
    }

    @Test
    void weakTermsInTwoSentencesMakeATheme() {
        var t =
                themes(
                        """
                Ministers meet in Brussels

                Foreign ministers met on Tuesday to discuss the budget for next year.

                They agreed that satellites must be protected from jamming.

                A second paper on space is due in the spring.
                """);
        assertTrue(t.contains("space"), t.toString());
    }

    @Test
    void aWeakTermInTheHeadlineMakesATheme() {
        assertTrue(
                themes(
                                """
                Allies look to space

                Officials said a paper would follow in the spring.
                """)
                        .contains("space"));
    }

    @Test
    void everyItemOfAListOfAreasCounts() {
        var t =
                themes(
                        """
                Staff talks resume

                The two organisations will step up work on military mobility, cyber defence, \
                counter-terrorism and space.

                The next round is planned for June.
                """);
        assertTrue(
                t.containsAll(List.of("military-mobility", "cyber", "counter-terrorism", "space")),
                t.toString());
    }

    @Test
    void aStrongTermCountsOnceAndKeepsItsSentence() {
        var f =
                analyse(
                        """
                Summit notebook

                Delegates arrived late. Several of them raised military mobility over lunch.
                """);
        ThemeFinding mobility =
                f.themes().stream()
                        .filter(t -> t.id().value().equals("military-mobility"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(1, mobility.mentions());
        assertEquals(
                "Several of them raised military mobility over lunch.",
                mobility.evidence().get(0).text());
    }

    @Test
    void misleadingPhrasesDoNotCount() {
        var t =
                themes(
                        """
                Talks in Geneva

                The envoy said there is still a space for dialogue and that Moscow exercises \
                restraint. Leaders want to leave some breathing space before the next round.
                """);
        assertFalse(t.contains("space"), t.toString());
        assertFalse(t.contains("exercises"), t.toString());
    }

    // ------------------------------------------------------------------ framings

    @Test
    void framingsWithoutTheirKeywordsAreFound() {
        assertTrue(
                themes(
                                """
                Europe told to grow up

                Europe must learn to stand on its own feet in defence, the minister said.
                """)
                        .contains("complementarity"));
        assertTrue(
                themes(
                                """
                A warning from Washington

                Analysts fear an isolationist US would leave allies exposed.
                """)
                        .contains("transatlantic-bond"));
        assertTrue(
                themes(
                                """
                Allies agree new target

                Leaders agreed to spend 3.5% of GDP on core defence requirements by 2035.
                """)
                        .contains("burden-sharing"));
        assertTrue(
                themes(
                                """
                The mission in the Red Sea

                The EU's naval mission will accompany vessels through the strait.
                """)
                        .contains("crisis-management-operations"));
    }

    // ------------------------------------------------------------------ actors

    @Test
    void aStatesPoliceAndAttacksNameTheState() {
        var a =
                actors(
                        """
                Drones over the harbour

                Belgian police said on Monday that they had found no trace of the drones. \
                Ports were closed after Iranian missile strikes, and a Czech initiative was \
                discussed.
                """);
        assertTrue(a.contains("Belgium"), a.toString());
        assertTrue(a.contains("Iran"), a.toString());
        assertFalse(a.contains("Czechia"), a.toString());
    }

    @Test
    void countryAdjectivesCountOnlyBeforeAStateNoun() {
        var a =
                actors(
                        """
                Border tensions rise

                The Finnish government said Polish troops and North Korean soldiers were seen. \
                A Czech general who studied in Dublin, and an Italian initiative, were praised. \
                Russian drones entered Estonian airspace and flew over Lithuanian territory.
                """);
        assertTrue(
                a.containsAll(
                        List.of(
                                "Finland",
                                "Poland",
                                "North Korea",
                                "Russia",
                                "Estonia",
                                "Lithuania")),
                a.toString());
        assertFalse(a.contains("Czechia"), a.toString());
        assertFalse(a.contains("Italy"), a.toString());
    }

    @Test
    void aPlaceThatIsOnlyTheVenueIsNotAnActor() {
        var a =
                actors(
                        """
                Ministers gather

                Talks in Portugal ended on Friday. Leaders will meet at the forum in Davos, \
                Switzerland, next week.
                """);
        assertFalse(a.contains("Portugal"), a.toString());
        assertFalse(a.contains("Switzerland"), a.toString());
        assertTrue(
                actors(
                                """
                Lisbon acts

                Portugal sent two frigates to the Baltic.
                """)
                        .contains("Portugal"));
    }

    @Test
    void aCapitalThatIsOnlyThePlaceIsNotItsState() {
        var place =
                actors(
                        """
                Envoys gather

                Talks in Moscow ended on Friday. A Washington-based think tank said the next \
                round would be held in the Ukrainian capital Kyiv.
                """);
        assertFalse(place.contains("Russia"), place.toString());
        assertFalse(place.contains("United States"), place.toString());
        assertFalse(place.contains("Ukraine"), place.toString());
        var acting =
                actors(
                        """
                Envoys gather

                Moscow said on Friday that the talks had failed, while Kyiv's forces held the \
                line and Washington urged restraint.
                """);
        assertTrue(
                acting.containsAll(List.of("Russia", "Ukraine", "United States")),
                acting.toString());
    }

    @Test
    void aCountryThatOnlyLocatesASeaOrAnAirportIsNotAnActor() {
        var a =
                actors(
                        """
                Tankers rerouted

                Two tankers were rerouted through the Gulf of Finland, and ferries waited off \
                the coast of Albania. Flights were halted at an airport in Portugal.
                """);
        assertFalse(a.contains("Finland"), a.toString());
        assertFalse(a.contains("Albania"), a.toString());
        assertFalse(a.contains("Portugal"), a.toString());
    }

    @Test
    void missionsBodiesAndShortFormsAreOrganisations() {
        var a =
                actors(
                        """
                Operations update

                Operation Irini inspected a ship while KFOR patrolled the north and EULEX \
                judges met the EU Military Staff. The Commission welcomed it, and the Council \
                President called ENISA.
                """);
        assertTrue(
                a.containsAll(
                        List.of(
                                "Operation Irini",
                                "KFOR",
                                "EULEX",
                                "EU Military Staff",
                                "European Commission",
                                "European Council",
                                "ENISA")),
                a.toString());
    }

    @Test
    void misspeltNamesResolveAndAreFlagged() {
        var f =
                analyse(
                        """
                Transcript

                We met Kaya Callas and the ministers this morning.
                """);
        ActorFinding kallas = actor(f, "Kaja Kallas").orElseThrow();
        assertTrue(kallas.fuzzy());
        assertFalse(actor(f, "Kaya Callas").isPresent());
    }

    @Test
    void aMisspeltNameAfterAnOfficeIsThatOfficesHolderEvenWithAShortSurname() {
        // "Lamy" is one letter off a short surname; the title vouches for it where the bare pair
        // would be another family's name.
        var f =
                analyse(
                        """
                London and the drone wall (repost)

                Foreign Secretary David Lamy said Britain would help its allies guard the \
                eastern flank. "We will stand with our neighbours in the Baltic," Lamy said.
                """);
        ActorFinding lammy = actor(f, "David Lammy").orElseThrow();
        assertTrue(lammy.fuzzy());
        assertFalse(actor(f, "David Lamy").isPresent());
        assertEquals("David Lammy", f.quotes().get(0).speaker().orElseThrow().name());
        // Without the title, a name one letter off a short surname stays the name written.
        var g =
                analyse(
                        """
                Notes from Kent

                David Lamy, a local councillor, spoke to residents about the new bridge.
                """);
        assertFalse(actor(g, "David Lammy").isPresent());
    }

    @Test
    void aQuotationOpenOverParagraphsWithoutMarksBetweenIsOneEntry() {
        // Broadcaster copy: opened in one paragraph, closed two later, no mark in the middle one
        // (curly marks: a lone straight mark does not tell an opening from a closing).
        var f =
                analyse(
                        """
                Leaders meet ahead of the summit

                NATO Secretary General Jens Stoltenberg and the President of the European \
                Council held a press conference in Brussels.

                “Neither Europe on its own nor America on its own can keep us safe.

                That is why I welcome the new administration's message about rebuilding old \
                alliances across the Atlantic.

                We will look at how to work more closely with the European Union”, - said the \
                NATO Secretary General.
                """);
        assertEquals(1, f.quotes().size(), f.quotes().toString());
        String text = f.quotes().get(0).text();
        assertTrue(text.startsWith("Neither Europe on its own"), text);
        assertTrue(text.contains("rebuilding old alliances"), text);
        assertTrue(text.endsWith("with the European Union"), text);
        assertEquals("Jens Stoltenberg", f.quotes().get(0).speaker().orElseThrow().name());
        // Where each paragraph opens with a mark of its own, each is an entry.
        var g =
                analyse(
                        """
                Leaders meet ahead of the summit

                "Neither Europe on its own nor America on its own can keep us safe.

                "That is why I welcome the new administration's message about rebuilding old \
                alliances," Stoltenberg said.
                """);
        assertEquals(2, g.quotes().size(), g.quotes().toString());
    }

    @Test
    void aLaterSurnameWithoutItsDiacriticsIsThePersonNamedBefore() {
        // The codebook writes "Černochová"; the page types her name in ASCII throughout.
        var f =
                analyse(
                        """
                Prague wants more time (wire)

                Published: 12 March 2024

                Czech Defence Minister Jana Cernochova met her counterparts in Brussels.

                "We need more time to prepare the plan," Cernochova said.
                """);
        assertEquals("Jana Černochová", f.quotes().get(0).speaker().orElseThrow().name());
        assertEquals(2, actor(f, "Jana Černochová").orElseThrow().mentions());
    }

    @Test
    void aQuotedNameOfAnActorIsNoQuotation() {
        var f =
                analyse(
                        """
                Paris talks (commentary)

                Leaders of what the press calls "the coalition of the willing" met in Paris. \
                "We will guarantee any ceasefire with troops on the ground," one of them said.
                """);
        assertEquals(
                List.of("We will guarantee any ceasefire with troops on the ground,"),
                f.quotes().stream().map(q -> q.text()).toList());
        assertTrue(actor(f, "Coalition of the Willing").isPresent());
    }

    @Test
    void aStatesLeaderIsItsHeadOfStateOrGovernmentOnTheDay() {
        var a =
                actors(
                        """
                Summit notebook

                Published: 12 July 2024

                The Ukrainian leader thanked the allies, and the French leader and the Turkish \
                leader met on the sidelines.
                """);
        assertTrue(
                a.containsAll(
                        List.of("Volodymyr Zelensky", "Emmanuel Macron", "Recep Tayyip Erdogan")),
                a.toString());
    }

    @Test
    void officesResolveToTheHolderOnTheArticleDate() {
        var a =
                actors(
                        """
                Brussels notebook

                Published: 12 June 2025

                The EU's defence commissioner and the German chancellor spoke by phone.
                """);
        assertTrue(a.containsAll(List.of("Andrius Kubilius", "Friedrich Merz")), a.toString());
    }

    @Test
    void eachActorKeepsABoundedSampleOfItsSentences() {
        var f =
                analyse(
                        """
                NATO week

                NATO met. NATO spoke. NATO agreed. NATO left. NATO returned.
                """);
        ActorFinding nato = actor(f, "NATO").orElseThrow();
        assertEquals(6, nato.mentions());
        assertEquals(ActorFinding.MAX_EVIDENCE, nato.evidence().size());
        assertEquals("NATO week", nato.evidence().get(0).text());
    }
}
