package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/** Each class of the salience rule on short and long pieces written for it. */
class SalienceClassesTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));
    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(CODEBOOK);

    private static final String HEAD =
            """
            Opinion: the long week of a small delegation

            The delegation landed late and left early, which suited everybody involved. Its
            members had rehearsed their lines on the plane and did not need them.

            """;

    private static List<String> themes(String text) {
        return ANALYSER.analyse(new ArticleParser().parse("piece.txt", text)).themes().stream()
                .map(t -> t.id().value())
                .toList();
    }

    private static String longPiece(String... inserted) {
        return HEAD
                + Filler.sentences(20, 0)
                + "\n\n"
                + String.join("\n\n", inserted)
                + "\n\n"
                + Filler.sentences(20, 20);
    }

    private static final String ENUMERATION =
            "The closing text lists cyber defence, military mobility, counter-terrorism and"
                    + " climate security among the areas of work.";

    @Test
    void thePiecesAreLong() {
        int sentences = new ArticleParser().parse("piece.txt", longPiece()).sentences().size();
        assertTrue(CODEBOOK.salience().isLong(sentences), "only " + sentences + " sentences");
    }

    @Test
    void anItemOfAnEnumerationInALongArticleIsHalfAMention() {
        assertFalse(themes(longPiece(ENUMERATION)).contains("military-mobility"));
        String discussed =
                "Officials spent an hour on military mobility, because bridges and rail gauges"
                        + " still slow every convoy heading east.";
        List<String> found = themes(longPiece(ENUMERATION, discussed));
        assertTrue(found.contains("military-mobility"), found.toString());
        assertFalse(found.contains("counter-terrorism"), found.toString());
    }

    @Test
    void headingsBulletsAndTableRowsWeighLessInALongArticle() {
        String bullets =
                "Priorities for the coming year\n\nStronger cyber defence\n\nCyber security drills";
        assertFalse(
                themes(longPiece(bullets)).contains("cyber"),
                themes(longPiece(bullets)).toString());
        String table = "| Area | Budget |\n| Cyber defence | 2 bn |";
        assertFalse(themes(longPiece(table)).contains("cyber"));
        String prose =
                "The ministers then argued for an hour about cyber defence and who pays for it.";
        assertTrue(themes(longPiece(bullets, prose)).contains("cyber"));
    }

    @Test
    void anEnumerationCountsInAShortArticleWhenItNamesAreas() {
        String areas =
                HEAD
                        + "The two organisations will work together on military mobility,"
                        + " cyber defence and counter-terrorism, officials said.\n";
        List<String> found = themes(areas);
        assertTrue(found.contains("military-mobility"), found.toString());
        assertTrue(found.contains("counter-terrorism"), found.toString());
    }

    @Test
    void aListOfCommonWordsIsNotAListOfAreas() {
        String words =
                HEAD
                        + "The minister asked Beijing to act responsibly in space, cyber and"
                        + " maritime domains.\n";
        List<String> found = themes(words);
        assertFalse(found.contains("space"), found.toString());
        assertFalse(found.contains("maritime-migration"), found.toString());
    }

    @Test
    void clausesThatEachNameATopicAreNoEnumeration() {
        String clauses =
                HEAD
                        + "The storm damaged an undersea cable, flooded a depot of old artillery munitions"
                        + " near the harbour, and delayed a convoy of Russian lorries for hours.\n";
        List<String> found = themes(clauses);
        assertFalse(found.contains("defence-industry-capabilities"), found.toString());
        assertFalse(found.contains("russia"), found.toString());
    }

    @Test
    void anEnumerationMayNameItsItemsWithAFewWords() {
        String areas =
                HEAD
                        + "They agreed to step up work on cyber defence, the fight against"
                        + " terrorism and the protection of critical infrastructure.\n";
        List<String> found = themes(areas);
        assertTrue(found.contains("counter-terrorism"), found.toString());
        assertTrue(found.contains("resilience-critical-infrastructure"), found.toString());
        String joined =
                HEAD
                        + "Ministers promised more work on military mobility, intelligence sharing"
                        + " in counter-terrorism and resilience.\n";
        assertTrue(
                themes(joined).contains("resilience-critical-infrastructure"),
                themes(joined).toString());
    }

    @Test
    void aRowOfOtherStoriesHeadlinesCountsForNoTheme() {
        String ticker =
                "More news\n\nGrain prices climb after poor harvest \u2022 China opens new"
                        + " rail link to the coast \u2022 Coast guard rescues four sailors off"
                        + " Crete \u2022 Festival line-up announced for the summer\n\n"
                        + HEAD;
        List<String> found = themes(ticker);
        assertFalse(found.contains("china"), found.toString());
        assertFalse(found.contains("maritime-migration"), found.toString());
        assertTrue(
                SentenceKinds.ticker(
                        "Grain prices climb after harvest | China opens a new rail"
                                + " link | Sailors rescued off the coast of Crete"));
        assertFalse(
                SentenceKinds.ticker(
                        "| Cyber defence and resilience | two exercises per"
                                + " year | shared situational awareness |"));
        assertFalse(SentenceKinds.ticker("Areas: cyber \u2022 hybrid threats \u2022 mobility"));
    }

    @Test
    void aCreditOrBiographyLineCountsForNoTheme() {
        String bio =
                HEAD
                        + "Jane Roe is a senior fellow at a research institute in Ghent; her"
                        + " research covers counter-terrorism and military mobility.\n";
        List<String> found = themes(bio);
        assertFalse(found.contains("counter-terrorism"), found.toString());
        assertFalse(found.contains("military-mobility"), found.toString());
    }

    @Test
    void aThemeWordInsideANameIsNotTheTheme() {
        String name =
                HEAD
                        + "The European Centre of Excellence for Countering Hybrid Threats hosted"
                        + " a seminar on the law of the sea for young diplomats.\n";
        assertFalse(themes(name).contains("hybrid-threats"), themes(name).toString());
    }

    @Test
    void anEnumerationOfThreatsNamesItsItemsOnlyInPassing() {
        String threats =
                HEAD
                        + "The port city is challenged by hybrid attacks, terrorism, ransomware and"
                        + " extreme weather, the mayor told reporters.\n";
        List<String> found = themes(threats);
        assertFalse(found.contains("hybrid-threats"), found.toString());
        assertFalse(found.contains("counter-terrorism"), found.toString());
        assertFalse(found.contains("cyber"), found.toString());
        assertFalse(found.contains("climate-security"), found.toString());
        String suchAs =
                HEAD
                        + "Both blocs cooperate closely, yet each faces terrorism, hybrid campaigns"
                        + " and cyber attacks on its own.\n";
        assertFalse(themes(suchAs).contains("cyber"), themes(suchAs).toString());
        String discussedToo =
                threats
                        + "\nThe city council then spent the evening on ransomware and the backup"
                        + " servers it never bought.\n";
        found = themes(discussedToo);
        assertTrue(found.contains("cyber"), found.toString());
        assertFalse(found.contains("counter-terrorism"), found.toString());
    }

    @Test
    void aCooperationCueBeforeOrAfterAnEnumerationMakesItAListOfAreas() {
        String before =
                HEAD
                        + "The envoys promised closer cooperation in the fields of terrorism,"
                        + " hybrid attacks and ransomware.\n";
        List<String> found = themes(before);
        assertTrue(found.contains("counter-terrorism"), found.toString());
        assertTrue(found.contains("cyber"), found.toString());
        String after =
                HEAD
                        + "The paper named military mobility, terrorism and outer space as areas"
                        + " of future cooperation.\n";
        found = themes(after);
        assertTrue(found.contains("space"), found.toString());
        assertTrue(found.contains("counter-terrorism"), found.toString());
    }

    @Test
    void defenceSpendingNamedOnceInPassingIsNoBurdenSharing() {
        String once =
                HEAD
                        + "The new frigates, paid for out of the navy's share of defence spending,"
                        + " were launched in the spring.\n";
        assertFalse(themes(once).contains("burden-sharing"), themes(once).toString());
        String twice =
                once
                        + "\nCritics in parliament said defence spending had grown faster than"
                        + " any other budget line.\n";
        assertTrue(themes(twice).contains("burden-sharing"), themes(twice).toString());
    }

    @Test
    void aStatusAndAnArmysMovementsSupportAThemeButDoNotMakeIt() {
        List<String> found =
                themes(
                        """
                        Minister vows to veto army plan

                        BRATISLAVA - The minister told his counterparts on Tuesday that he would \
                        oppose a joint headquarters, a plan he called a waste of money.

                        Several delegations welcomed the plan all the same, diplomats said.

                        He said his country would keep contributing to European defence as a \
                        member of NATO after it leaves the bloc.

                        "We see the movement of troops and of heavy weapons across the line, in \
                        breach of the ceasefire," an observer said of the separatists.
                        """);
        assertFalse(found.contains("enlargement"), found.toString());
        assertFalse(found.contains("military-mobility"), found.toString());
        List<String> joining =
                themes(
                        """
                        Talks in the capital

                        The government repeated its wish to become a member of NATO within five \
                        years. Accession talks have not begun, and no member of the alliance has \
                        yet set a date.
                        """);
        assertTrue(joining.contains("enlargement"), joining.toString());
    }

    @Test
    void theWarAsATimeReferenceIsNoMentionOfSupport() {
        String base =
                """
                Mission in the Balkans

                The EU-led force has almost doubled its troops in the country since the war in \
                Ukraine began, officials said on Monday.

                Right after the war in Ukraine started, the force called up its reserves.
                """;
        assertFalse(themes(base).contains("ukraine-support"), themes(base).toString());
        String support =
                base
                        + "\nMinisters also agreed a new aid package for Ukraine and more air"
                        + " defence for Ukraine.\n";
        assertTrue(themes(support).contains("ukraine-support"), themes(support).toString());
    }
}
