package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.codebook.Salience;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/** The length-aware salience rule on a long analysis piece written for it. */
class LongArticleSalienceTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));
    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(CODEBOOK);

    private static final String HEAD =
            """
            Analysis: a summit of small steps and long tables

            The leaders arrived in the rain and left in sunshine, which was about as much change
            as the week produced. Diplomats had lowered expectations for days before the meeting.

            """;

    /** Body paragraphs on other matters: the room, the host, the politics at home. */
    private static final String[] BODY = {
        "The host city had closed its old harbour district for the occasion.",
        "Hotels were full from Sunday and taxis were scarce.",
        "The venue, a former railway depot, has been used for trade fairs since the nineties.",
        "Delegations were seated in alphabetical order, as the protocol office insisted.",
        "The opening dinner ran late because the speeches ran long.",
        "One prime minister arrived after the photograph had already been taken.",
        "Aides spent the evening negotiating the wording of a single paragraph.",
        "That paragraph concerned the date of the next meeting, not its substance.",
        "Several leaders face elections at home within the year.",
        "Their speeches were written as much for voters as for the room.",
        "A finance minister told reporters the budget talks would resume in the autumn.",
        "Farmers protested outside the depot on the second morning.",
        "Their complaint was about grain prices and had nothing to do with the agenda.",
        "Police kept the square open and the protest ended peacefully by noon.",
        "Inside, the sessions followed a script agreed weeks in advance.",
        "Each leader was given four minutes, and most took eight.",
        "The chair rang a small bell that nobody seemed to hear.",
        "By the afternoon, officials were already briefing on the final text.",
        "The text itself was shorter than last year's, by design.",
        "Drafters said a shorter text would be read, and a longer one would not.",
        "Critics called it thin; supporters called it focused.",
        "The press centre was a converted warehouse with poor heating.",
        "Journalists filed from long tables under strings of bare bulbs.",
        "The coffee ran out on the first day and was never properly restored.",
        "On the last evening, the host gave a speech about the city's history.",
        "He spoke of shipbuilding, of floods, and of the bridges rebuilt after them.",
        "The leaders then left for the airport in a long convoy.",
        "Officials promised that the next meeting would be more ambitious.",
        "Few people in the warehouse believed them.",
        "The real test, one diplomat said, will come at home and not at summits.",
    };

    private static final String PASSING =
            "Talks also touched briefly on cyber security before moving to the seating plan.";

    private static final String[] SUBSTANTIVE = {
        "Much of the second day went to cyber defence, after a wave of attacks on hospitals.",
        "Leaders agreed to pool their national cyber security teams and to share warnings daily.",
    };

    private static String article(String... inserted) {
        StringBuilder text = new StringBuilder(HEAD);
        for (int i = 0; i < BODY.length; i++) {
            text.append(BODY[i]).append(i % 3 == 2 ? "\n\n" : " ");
            if (i == 14) {
                for (String s : inserted) {
                    text.append(s).append(' ');
                }
            }
        }
        return text.toString();
    }

    private static Article parse(String text) {
        return new ArticleParser().parse("long.txt", text);
    }

    private static List<String> themes(String text) {
        return ANALYSER.analyse(parse(text)).themes().stream().map(t -> t.id().value()).toList();
    }

    @Test
    void theCodebookSetsTheRule() {
        assertTrue(CODEBOOK.salience().longArticleSentences() > 0);
        int sentences = parse(article(PASSING)).sentences().size();
        assertTrue(CODEBOOK.salience().isLong(sentences), "test article too short: " + sentences);
    }

    @Test
    void aPassingMentionInALongArticleDoesNotCount() {
        assertFalse(themes(article()).contains("cyber"));
        assertFalse(
                themes(article(PASSING)).contains("cyber"), themes(article(PASSING)).toString());
    }

    @Test
    void twoSubstantiveMentionsInALongArticleCount() {
        ArticleFindings f = ANALYSER.analyse(parse(article(SUBSTANTIVE)));
        ThemeFinding cyber =
                f.themes().stream()
                        .filter(t -> t.id().value().equals("cyber"))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(f.themes().toString()));
        assertEquals(2, cyber.evidence().size(), cyber.toString());
        assertTrue(cyber.evidence().get(0).text().contains("cyber defence"));
    }

    @Test
    void oneSentenceNamingTheThemeTwiceByStrongTermsCounts() {
        String twice =
                "The longest session was on cyber defence, after ransomware had shut two ports.";
        assertTrue(themes(article(twice)).contains("cyber"), themes(article(twice)).toString());
    }

    @Test
    void theSameMentionInAShortArticleStillCounts() {
        String shortPiece = HEAD + PASSING + "\n\nThe leaders then left for the airport.\n";
        assertTrue(themes(shortPiece).contains("cyber"), themes(shortPiece).toString());
    }

    @Test
    void theRuleIsOffWithoutTheSetting() {
        ArticleAnalyser lenient =
                new ArticleAnalyser(
                        new Codebook(
                                CODEBOOK.themes(),
                                CODEBOOK.actors(),
                                CODEBOOK.offices(),
                                CODEBOOK.statements(),
                                Salience.NONE));
        assertTrue(
                lenient.analyse(parse(article(PASSING))).themes().stream()
                        .anyMatch(t -> t.id().value().equals("cyber")));
    }
}
