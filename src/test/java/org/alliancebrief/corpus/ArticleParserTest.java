package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cleaning one page into an article: furniture, meta lines, hard wraps, sentences. */
class ArticleParserTest {
    private final ArticleParser parser = new ArticleParser();

    private static Article seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("seeds"))) {
            Path file = files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .findFirst().orElseThrow();
            return new ArticleParser().parse(file.getFileName().toString(),
                    Files.readString(file));
        }
    }

    private static List<String> sentences(Article a) {
        return a.sentences().stream().map(s -> s.of(a.text())).toList();
    }

    private static List<String> meta(Article a, MetaLine.Placement where) {
        return a.meta().stream().filter(m -> m.placement() == where).map(MetaLine::text)
                .toList();
    }

    @Test
    void setsCaptureDateAsideAndKeepsPublishedLineAndCaptionAsMeta() throws IOException {
        Article a = seed("001");
        assertEquals("NATO FMs agree to step up cooperation with EU", a.title());
        assertEquals(List.of("Monday January 13, 2025"), meta(a, MetaLine.Placement.BEFORE_TITLE));
        List<String> header = meta(a, MetaLine.Placement.HEADER);
        assertTrue(header.contains("Published : 06 Dec 2017, 19:39"), header.toString());
        assertTrue(header.contains("DF-Xinhua Report"), header.toString());
        assertTrue(header.stream().anyMatch(m -> m.endsWith("Photo Xinhua.")), header.toString());
        assertFalse(a.text().contains("Photo Xinhua"));
        assertEquals("Xinhua", a.outlet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void dropsPageFurnitureFromEverySeed(String prefix) throws IOException {
        String text = seed(prefix).text();
        for (String furniture : List.of("Redirecting", "Subscribe", "Scroll to Top",
                "Post a Comment", "No comments", "Advertisment", "author_name", "Follow Jim",
                "visit here", "Don't miss", "HomeEurope", "By Jim Garamone")) {
            assertFalse(text.contains(furniture), prefix + " keeps " + furniture);
        }
    }

    @Test
    void joinsHardWrappedLinesAndCountsARepeatedSentenceOnce() throws IOException {
        Article a = seed("003");
        assertTrue(a.text().contains("Trump stoked concerns that Washington's near 70-year "
                + "European defence guarantee might no longer hold"), a.text());
        assertTrue(a.text().contains("The European Union -- which groups"));
        String repeated = "Stoltenberg stressed that such cooperation will be pragmatic";
        assertEquals(a.text().indexOf(repeated), a.text().lastIndexOf(repeated));
        assertTrue(a.text().contains("Ministers would discuss \"how we need to come together"));
        assertTrue(sentences(a).contains("\"And I think the unity is very very important.\""));
    }

    @Test
    void keepsBylinesAndTrailingCaptionOutOfTheText() throws IOException {
        Article a = seed("000");
        assertEquals("NATO Seeks Increased Cooperation With European Union", a.title());
        assertTrue(meta(a, MetaLine.Placement.HEADER).stream()
                .anyMatch(m -> m.contains("By Jim Garamone")));
        assertTrue(meta(a, MetaLine.Placement.BODY).contains(
                "NATO Secretary General Jens Stoltenberg"));
        assertTrue(sentences(a).contains("More than 95 percent of the territory once held by "
                + "ISIS in Iraq and Syria has been liberated."), sentences(a).toString());
    }

    @Test
    void splitsSentencesButNotAfterAbbreviationsInitialsOrNumbers() {
        Article a = parser.parse("a.txt", """
                Title

                U.S. Secretary of State Rex Tillerson met Mr. Smith on Dec. 5, 2017. \
                John F. Kennedy spoke at No. 10 about a 2.5 percent rise. It was "a good day." \
                Then they left... after lunch. Was it over? Yes!
                """);
        assertEquals(List.of("Title",
                "U.S. Secretary of State Rex Tillerson met Mr. Smith on Dec. 5, 2017.",
                "John F. Kennedy spoke at No. 10 about a 2.5 percent rise.",
                "It was \"a good day.\"", "Then they left... after lunch.", "Was it over?",
                "Yes!"), sentences(a));
    }

    @Test
    void keepsOffsetsExactForEverySentenceAndParagraph() throws IOException {
        for (String prefix : List.of("000", "001", "002", "003", "004")) {
            Article a = seed(prefix);
            for (Span s : a.sentences()) {
                String sentence = s.of(a.text());
                assertEquals(sentence.strip(), sentence);
                assertTrue(a.paragraphs().stream().anyMatch(p -> p.contains(s)));
            }
            assertEquals(a.title(), a.paragraphs().get(0).of(a.text()));
        }
    }

    @Test
    void readsAgencyDatelineAsMetaAndOutlet() {
        Article a = parser.parse("r.txt", """
                NATO and EU to step up cooperation on cyber

                BRUSSELS (Reuters) - NATO and the European Union agreed on Tuesday to deepen \
                cooperation on cyber defence.

                (Reporting by Robin Emmott; Editing by Alison Williams)
                """);
        assertEquals("Reuters", a.outlet());
        assertTrue(a.text().contains("\n\nNATO and the European Union agreed"));
        assertFalse(a.text().contains("Reporting by"));
    }

    @Test
    void keepsSubheadingsAndQuotationsOnTheirOwnWhenLinesAreNotWrapped() {
        Article a = parser.parse("b.txt", """
                Posted on March 3, 2019 by admin
                Why mobility matters
                Evolving Security Landscape
                "Our forces must move faster," he said.
                """);
        assertEquals("Why mobility matters", a.title());
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void dropsBreadcrumbsAndShareLinks() {
        Article a = parser.parse("c.txt", """
                HomeWorldEU and NATO vow to cooperate
                EU and NATO vow to cooperate
                Share this article
                Facebook | Twitter | Email
                The EU and NATO pledged to cooperate more closely.
                Related posts
                """);
        assertEquals("EU and NATO vow to cooperate", a.title());
        assertEquals("EU and NATO vow to cooperate\n\nThe EU and NATO pledged to cooperate more "
                + "closely.", a.text());
    }

    @Test
    void namesAPageWithoutHeadlineByItsFirstSentenceAndKeepsThatSentenceInTheBody() {
        Article a = parser.parse("d.txt", """
                Scroll to Top

                Published : 11 Aug 2018, 14:41

                NATO and the EU agreed on new steps. Ministers met in Brussels on Tuesday. \
                They discussed cyber defence and military mobility at length.

                A second paragraph follows here.
                """);
        assertEquals("NATO and the EU agreed on new steps.", a.title());
        assertEquals(List.of("NATO and the EU agreed on new steps.",
                "NATO and the EU agreed on new steps.", "Ministers met in Brussels on Tuesday.",
                "They discussed cyber defence and military mobility at length.",
                "A second paragraph follows here."), sentences(a));
    }
}
