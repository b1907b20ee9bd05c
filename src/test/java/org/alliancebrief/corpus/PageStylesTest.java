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
}
