package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/** The analyser on small articles written in the styles of agency copy, releases and blogs. */
class ArticleAnalyserTest {
    private static final Codebook CODEBOOK = load();

    private static Codebook load() {
        try {
            return CodebookLoader.load(
                    Path.of(ArticleAnalyserTest.class.getResource("small-codebook.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ArticleFindings analyse(String text) {
        return new ArticleAnalyser(CODEBOOK).analyse(new ArticleParser().parse("a.txt", text));
    }

    private static List<String> speakers(ArticleFindings f) {
        return f.quotes().stream().map(q -> q.speaker().map(Speaker::name).orElse(null)).toList();
    }

    private static Optional<ActorFinding> actor(ArticleFindings f, String id) {
        return f.actors().stream().filter(a -> a.id().value().equals(id)).findFirst();
    }

    @Test
    void attributesQuoteToSpeakerNamedAfterIt() {
        var f =
                analyse(
                        """
                Allies back mobility plan

                "Our forces must be able to move more quickly across Europe," Stoltenberg said.
                """);
        assertEquals(List.of("Jens Stoltenberg"), speakers(f));
        assertEquals(
                "Our forces must be able to move more quickly across Europe,",
                f.quotes().get(0).text());
    }

    @Test
    void attributesQuoteWithSaidBeforeTheName() {
        var f =
                analyse(
                        """
                Allies meet

                "We will keep supporting our partners for as long as it takes," said Mark Rutte, \
                the NATO Secretary General.
                """);
        assertEquals(List.of("Mark Rutte"), speakers(f));
    }

    @Test
    void resolvesSecretaryGeneralByArticleDate() {
        var early =
                analyse(
                        """
                Ministers meet

                Published : 06 Dec 2017, 19:39

                "We are taking cooperation between NATO and the EU to a new level," the secretary general said.
                """);
        assertEquals(List.of("Jens Stoltenberg"), speakers(early));
        assertEquals("2017-12-06", early.published().orElseThrow().iso());
        var late =
                analyse(
                        """
                Ministers meet

                Published: 3 March 2025

                "We are taking cooperation between NATO and the EU to a new level," the NATO chief told reporters.
                """);
        assertEquals(List.of("Mark Rutte"), speakers(late));
        assertTrue(actor(late, "mark-rutte").isPresent(), "the office counts as a mention");
    }

    @Test
    void resolvesSecretaryGeneralByALabelledDateLineOrTheLeadsEventDay() {
        var labelled =
                analyse(
                        """
                Answer of the spokesperson on the joint declaration

                Ministry of Foreign Affairs 15.07.2016

                QA-07, 15 July 2016

                "We will read the proposals with great care," the secretary general said in Warsaw.
                """);
        assertEquals("2016-07-15", labelled.published().orElseThrow().iso());
        assertEquals(List.of("Jens Stoltenberg"), speakers(labelled));
        var event =
                analyse(
                        """
                Third declaration signed

                The leaders of both organisations met on 10 January 2025 at the headquarters                 to sign a declaration on their cooperation.

                "This is a new chapter for our partnership," the secretary general said.
                """);
        assertEquals("2025-01-10", event.published().orElseThrow().iso());
        assertEquals(List.of("Mark Rutte"), speakers(event));
    }

    @Test
    void readsAnAmericanStampUnderAWireCredit() {
        var f =
                analyse(
                        """
                Alliance chief wants closer ties with the union

                Associated Wire
                Updated 4/15/2014 7:44 AM

                LUXEMBOURG -- The alliance's chief said on Tuesday that the alliance and the                 union must cooperate more in the military realm.
                """);
        assertEquals("2014-04-15", f.published().orElseThrow().iso());
        assertEquals("Updated 4/15/2014", f.published().orElseThrow().evidence());
    }

    @Test
    void aPublicationLabelGluedToTheLeadDatesTheArticle() {
        // A saved page whose date label and date run on into the story's first words.
        var f =
                analyse(
                        """
                         date 2025-10-15 NATO defence ministers met in Brussels on Wednesday \
                        (Oct 15) to discuss the drone sightings over airports.

                        The ministers agreed on further steps.
                        """);
        assertEquals("2025-10-15", f.published().orElseThrow().iso());
        assertEquals("date 2025-10-15", f.published().orElseThrow().evidence());
        assertTrue(f.title().startsWith("NATO defence ministers met"), f.title());
    }

    @Test
    void resolvesOfficeToTheHolderTheUndatedArticleNames() {
        var f =
                analyse(
                        """
                Talks in Brussels

                Secretary General Jens Stoltenberg met ministers on Tuesday.

                "This underlines the importance of our cooperation," said the Secretary General.
                """);
        assertEquals(List.of("Jens Stoltenberg"), speakers(f));
        assertEquals(
                2,
                actor(f, "jens-stoltenberg").orElseThrow().mentions(),
                "the name once, the office once; the title before the name is not a third");
    }

    @Test
    void anUndatedArticleIsDatedByTheOfficesItGivesNamedPeople() {
        // Rutte, named last, later held the office the article names, but "High Representative
        // Federica Mogherini" dates the story to Stoltenberg's term.
        var f =
                analyse(
                        """
                Ministers meet in Brussels

                Jens Stoltenberg opened the meeting on Tuesday.

                High Representative Federica Mogherini joined him, and the Dutch prime minister \
                Mark Rutte spoke later.

                "We will take our cooperation to a new level," said the NATO chief.
                """);
        assertEquals(List.of("Jens Stoltenberg"), speakers(f));
        assertEquals(1, actor(f, "mark-rutte").orElseThrow().mentions());
    }

    @Test
    void resolvesPronounsAndQuotesThatFollowInTheParagraph() {
        var f =
                analyse(
                        """
                Mogherini and Stoltenberg meet

                Federica Mogherini joined the talks, Stoltenberg said. "I expect we will agree to \
                take cooperation to a new level," he added. "Our forces must be able to move \
                more quickly and easily."

                Mogherini replied, saying "we're not looking at duplications, we are looking at \
                complementarity."
                """);
        assertEquals(
                List.of("Jens Stoltenberg", "Jens Stoltenberg", "Federica Mogherini"), speakers(f));
        assertEquals(
                List.of(new org.alliancebrief.codebook.ThemeId("complementarity")),
                f.quotes().get(2).themes());
    }

    @Test
    void followsQuotationContinuedIntoNextParagraph() {
        var f =
                analyse(
                        """
                Kerry urges unity

                US Secretary of State John Kerry said that keeping unity was essential.
                Ministers would discuss "how we need to come together to make sure that we are
                stronger together.
                "And I think the unity is very very important."
                """);
        assertEquals(2, f.quotes().size());
        assertEquals(List.of("John Kerry", "John Kerry"), speakers(f));
    }

    @Test
    void attributesQuotesToAJointDeclarationAndTheSides() {
        var f =
                analyse(
                        """
                EU and NATO sign declaration

                "This is a key juncture for Euro-Atlantic security and stability," the EU and \
                NATO said in a joint declaration.

                "We will further strengthen our cooperation in existing areas," the EU and NATO said.

                But, they added, "we encourage the fullest possible involvement of all allies."
                """);
        assertEquals(
                List.of(
                        "EU-NATO Joint Declaration",
                        "EU-NATO Joint Declaration",
                        "EU-NATO Joint Declaration"),
                speakers(f));
        assertTrue(
                f.quotes().get(0).speaker().orElseThrow().id().isEmpty(),
                "a document is a speaker, not an actor");
    }

    @Test
    void leavesShortScareQuotesOut() {
        var f =
                analyse(
                        """
                Allies agree

                Stoltenberg said the efforts should "complement what NATO does" and stressed \
                "defence and dialogue".
                """);
        assertTrue(f.quotes().isEmpty());
    }

    @Test
    void marksAnonymousSourcesAsUnnamed() {
        var f =
                analyse(
                        """
                Hybrid threats on the agenda

                "Much of the effort will go into coordinating the response," a senior NATO official said.
                """);
        Speaker s = f.quotes().get(0).speaker().orElseThrow();
        assertFalse(s.named());
        assertTrue(s.name().contains("official"));
    }

    @Test
    void reportsTitledPeopleTheCodebookLacks() {
        var f =
                analyse(
                        """
                Finland joins exercise

                Foreign Minister Pekka Haavisto said Finland would take part in the exercise.
                "We are ready to contribute to the security of the whole region," Haavisto said.
                """);
        ActorFinding haavisto = actor(f, "pekka-haavisto").orElseThrow();
        assertFalse(haavisto.inCodebook());
        assertEquals(2, haavisto.mentions());
        assertEquals(List.of("Pekka Haavisto"), speakers(f));
    }

    @Test
    void countsCapitalsOnlyWhereTheyStandForTheState() {
        var f =
                analyse(
                        """
                Ministers gather

                Ministers met in Washington on Monday. Washington has long pressed the allies to
                spend more, while Moscow rejected the plan.
                """);
        assertEquals(1, actor(f, "united-states").orElseThrow().mentions());
        assertTrue(actor(f, "russia").isPresent());
    }

    @Test
    void honoursCodebookExclusions() {
        var f =
                analyse(
                        """
                Research grant

                Researchers at Georgia Tech will study troop movements, and the exercise restraint
                they urged was noted.
                """);
        assertTrue(actor(f, "georgia").isEmpty());
        assertTrue(f.themes().stream().noneMatch(t -> t.id().value().equals("exercises")));
        assertEquals("military-mobility", f.themes().get(0).id().value());
    }

    @Test
    void countsThemeMentionsWithTheirSentencesAsEvidence() {
        var f =
                analyse(
                        """
                Cyber cooperation

                The allies discussed cyber defence. They agreed to counter cyberattacks together and
                to fight terrorism.
                """);
        ThemeFinding cyber =
                f.themes().stream()
                        .filter(t -> t.id().value().equals("cyber"))
                        .findFirst()
                        .orElseThrow();
        assertEquals(3, cyber.mentions());
        assertEquals("The allies discussed cyber defence.", cyber.evidence().get(1).text());
    }

    @Test
    void readsDatelinesOfAgencyCopyAndReleases() {
        var release =
                analyse(
                        """
                EU and NATO step up cooperation

                Brussels, 14 June 2021 - The European Union and NATO agreed on new steps today.
                """);
        assertEquals("2021-06-14", release.published().orElseThrow().iso());
        var blog =
                analyse(
                        """
                Why burden-sharing matters

                Posted on March 3, 2019 by admin

                Defence spending is up across the alliance.
                """);
        assertEquals("2019-03-03", blog.published().orElseThrow().iso());
    }

    @Test
    void ignoresCaptureDatesAboveTheTitleAndEventDatesInTheStory() {
        var f =
                analyse(
                        """
                Monday January 13, 2025

                NATO ministers meet

                The ministers met in Brussels to discuss military mobility and air defence.

                They also discussed the union's new fund for joint purchases of ammunition.

                The ministers had met on Dec. 5, 2017, in Brussels to discuss the same plans.
                """);
        assertTrue(f.published().isEmpty());
    }

    @Test
    void readsAPublishedLineEvenAboveTheFirstParagraph() {
        var f =
                analyse(
                        """
                Published : 11 Aug 2018, 14:41

                NATO and the EU agreed on new steps. Ministers met in Brussels on Tuesday to \
                discuss the next steps in their cooperation on cyber defence.
                """);
        assertEquals("2018-08-11", f.published().orElseThrow().iso());
    }

    @Test
    void namesAPersonIntroducedAsAnAideAndTheStateGovernmentByDemonym() {
        var f =
                analyse(
                        """
                        Kremlin narratives (think-tank update)

                        Russian presidential aide Ivan Sorokin accused the West of putting "the \
                        very survival of the country at risk" on Monday.

                        The German government said: "We will not be drawn into this war of \
                        words with Moscow."
                        """);
        assertEquals(List.of("Ivan Sorokin", "Government of Germany"), speakers(f));
        assertTrue(actor(f, "ivan-sorokin").isPresent());
    }
}
