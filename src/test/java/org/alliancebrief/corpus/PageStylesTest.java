package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Pages in the styles sites publish them, each a fixture under {@code corpus/pages}. */
class PageStylesTest {
    private final ArticleParser parser = new ArticleParser();

    private Article page(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("pages/" + name)) {
            return parser.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void readsTheTextAContentSystemKeepsInItsFrontMatterCards() throws IOException {
        Article a = page("cms-cards.md");
        assertEquals("24.03.02 Summit Explainer", a.title());
        assertEquals("2024-03-02T09:15:00+00:00", a.page().date());
        assertTrue(a.text().contains("Ministers agreed in Oslo to fund a shared harbour"));
        assertTrue(a.text().contains("a common base for repairs and supplies during long patrols"));
        assertTrue(a.text().contains("a list of links follows the cards"), "the page below stays");
        assertFalse(a.text().contains("640x426"), "an image's address is no text");
        assertTrue(
                a.text().indexOf("Ministers agreed") < a.text().indexOf("list of links"),
                "the front matter's text opens the article");
    }

    @Test
    void readsABlockScalarBodyAsTheArticleWhenThePageHasNoOther() throws IOException {
        Article a = page("folded-body.md");
        assertEquals("Coast guards train together in the Aegean", a.title());
        assertEquals("2023-06-14", a.page().date());
        assertEquals("Harbour Wire", a.page().outlet());
        assertTrue(
                a.text()
                        .contains(
                                "trained together off Lesbos on Wednesday, the organisers"
                                        + " said."));
        assertTrue(a.text().contains("share radio channels during a rescue at night."));
    }

    @Test
    void readsABodyThePageRepeatsOnlyOnce() throws IOException {
        Article a = page("folded-body-repeated.md");
        String text = a.text();
        String sentence = "trained together off Lesbos on Wednesday.";
        assertEquals(text.indexOf(sentence), text.lastIndexOf(sentence));
        assertTrue(text.contains("A second paragraph of the page."));
    }

    @Test
    void passesOverAPlaceStampAndAWeatherWidgetToTheTitleAboveTheStory() throws IOException {
        Article a = page("weather-widget.txt");
        assertEquals("Nordic ministers pledge joint fuel depots for allied ships", a.title());
        assertFalse(a.text().contains("Oslo, Norway"), "a place stamp above the title is chrome");
        assertFalse(a.text().contains("Humidity"), "a widget above the title is chrome");
    }

    @Test
    void passesOverAClockWidgetEndingInABracketToTheTitleAboveTheStory() throws IOException {
        // A closing bracket may end a sentence, but a short line ending on one is still a widget.
        Article a = page("clock-widget.txt");
        assertEquals("Baltic Ministers Seek Faster Rail Links for Allied Troops", a.title());
    }

    @Test
    void dropsTheReaderCommentsBelowACommentWidgetsHeader() throws IOException {
        Article a = page("comment-widget.txt");
        assertTrue(a.text().contains("handed over between national navies"));
        assertFalse(a.text().contains("laughing"), "a reader's comment is no content");
        assertFalse(a.text().contains("Article Rating"), "the widget's rating is chrome");
    }

    @Test
    void dropsTheAccountWidgetsOfAPageCapturedWithItsLoginDialogs() throws IOException {
        Article a = page("account-modal.txt");
        assertEquals("Ministers back a shared fuel depot for allied navies", a.title());
        assertTrue(a.text().contains("build a shared fuel depot for their navies"));
        for (String chrome :
                new String[] {"Register", "verification", "password", "inbox", "expire"}) {
            assertFalse(a.text().contains(chrome), chrome + " is chrome");
        }
    }

    @Test
    void dropsAMarkdownListOfLinksAndKeepsTheStory() throws IOException {
        Article a = page("link-list.md");
        assertEquals("Northern allies train for winter convoys", a.title());
        assertTrue(a.text().contains("move supply convoys across frozen roads"));
        assertFalse(a.text().contains("winter logistics"), "a link to another post is no text");
        assertFalse(a.text().contains("Mastodon"), "a share link is no text");
    }

    @Test
    void dropsAWireSectionLabelATickerRowAndABreadcrumb() throws IOException {
        Article a = page("wire-section.txt");
        assertEquals("Allies agree to widen drills against drone swarms", a.title());
        assertFalse(a.text().contains("Film festival"), "other stories' headlines are no content");
        assertFalse(a.text().contains("You are here"));
    }

    @Test
    void takesTheMarkdownTitleHeadingOverAKickerHeadingAboveIt() throws IOException {
        Article a = page("kicker-heading.md");
        assertEquals("Northern allies race to fix their ageing ports", a.title());
        assertTrue(a.text().contains("engineers say that half of the quays"));
    }

    @Test
    void dropsAReprintNoticeAboveTheStory() throws IOException {
        Article a = page("reprint-note.txt");
        assertTrue(a.title().startsWith("Allied navies began a joint patrol"), a.title());
        assertFalse(a.text().contains("reprinted with permission"));
    }

    @Test
    void dropsANumberedMenuOfSkipLinksAndANameOverTheDate() throws IOException {
        Article a = page("numbered-skip-links.txt");
        assertEquals("Minister 'will block any plan for an EU army'", a.title());
        assertFalse(a.text().contains("Skip to"), a.text());
        assertFalse(a.text().contains("Tom Writer"), "a name over the date is a byline");
        assertTrue(a.text().contains("The first point of the plan is a joint headquarters."));
    }

    @Test
    void aCreditLabelGluedToItsCaptionIsSetApart() {
        Article a =
                parser.parse(
                        "caption.txt",
                        """
                        Minister opposes army plan

                        The defence minister said on Tuesday that the plan would undermine the \
                        alliance and that his country would use its veto against it.

                        Defence Minister Jana NovakImage: Getty Images/AFP/J. Doe

                        The plan will be discussed again at the next summit in December.
                        """);
        assertTrue(a.text().contains("Jana Novak Image: Getty"), a.text());
        assertFalse(a.text().contains("NovakImage"), a.text());
    }

    @Test
    void aPlaceStampIsAPlaceAndItsRegionOnly() {
        assertTrue(HeadlineChooser.isPlaceStamp("London, UK"));
        assertTrue(HeadlineChooser.isPlaceStamp("Brussels, Belgium"));
        assertTrue(HeadlineChooser.isPlaceStamp("New York, N.Y."));
        assertFalse(HeadlineChooser.isPlaceStamp("Allies meet, agree on drills"));
        assertFalse(HeadlineChooser.isPlaceStamp("London"));
        assertFalse(HeadlineChooser.isPlaceStamp("Rome, 29 March 2025"));
    }

    @Test
    void takesTheAuthorsBiographiesClosingACommentaryOutOfItsText() throws IOException {
        Article a = page("commentary-bio.md");
        assertFalse(a.text().contains("Example Policy Institute"));
        assertFalse(a.text().contains("Sample Strategy Council"));
        assertTrue(a.text().contains("its budget covers only four quays"));
        assertEquals(
                2, a.meta().stream().filter(m -> m.kind() == MetaLine.Kind.AUTHOR_NOTE).count());
    }

    @Test
    void takesAClosingBiographyOfSomeoneTheStoryNeverNamedAsTheAuthors() throws IOException {
        Article a = page("closing-bio-no-author.txt");
        assertFalse(a.text().contains("Sample Maritime Forum"));
        assertTrue(a.text().contains("without a new treaty"));
    }

    @Test
    void keepsAClosingParagraphAboutSomeoneTheStoryQuotes() throws IOException {
        Article a = page("news-closing-spokesperson.txt");
        assertTrue(a.text().contains("former director of the Coastal Supply Office"));
    }

    @Test
    void stripsALabelOrGluedSectionWordsBeforeTheHeadline() {
        HeadlineLabels labels = HeadlineLabels.standard();
        assertEquals(
                "Could allies agree on a harbour fund this year?",
                labels.strip("Latest: Could allies agree on a harbour fund this year?"));
        assertEquals(
                "NATO's envoy: 'Ports come first' after the storm",
                labels.strip("News World NATO's envoy: 'Ports come first' after the storm"));
        assertEquals(
                "Analysis: where the harbour plan falls short",
                labels.strip("Analysis: where the harbour plan falls short"),
                "a lower-case rest is no headline of its own");
        assertEquals(
                "Security Council meets on the harbour dispute",
                labels.strip("Security Council meets on the harbour dispute"));
        assertEquals("Watch: Allies meet", labels.strip("Watch: Allies meet"), "too short");
    }

    @Test
    void aFirstLineOpeningWithADatelineIsTheStoryNotAHeadline() throws IOException {
        Article a = page("dateline-opening.txt");
        assertEquals(
                "Allied navies on Monday opened a shared repair yard for frigates on the Atlantic"
                        + " coast.",
                a.title());
        assertTrue(
                a.meta().stream()
                        .anyMatch(
                                m ->
                                        m.kind() == MetaLine.Kind.DATELINE
                                                && m.text().equals("LISBON")));
    }

    @Test
    void aQuotationsDatedSignatureNamesNoOutlet() throws IOException {
        Article a = page("signed-quote.md");
        assertEquals("", a.outlet());
    }
}
