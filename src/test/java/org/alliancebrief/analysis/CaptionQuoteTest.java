package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/** Captions count for who is pictured, never as quotations; a pull quote counts once. */
class CaptionQuoteTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));

    private static ArticleFindings analyse(String page) {
        return new ArticleAnalyser(CODEBOOK).analyse(new ArticleParser().parse("a.txt", page));
    }

    @Test
    void captionNamesWhoIsPicturedButQuotesNoOne() {
        String page =
                """
                Allies meet in Brussels

                The ministers met on Tuesday to discuss air defence and agreed to buy more systems.

                "We will buy more air defence systems this year," the chair said after the talks.

                Mark Rutte speaks to reporters: "this is a caption that holds a quotation of many words" (Photo: Wire Agency)
                """;
        Article a = new ArticleParser().parse("a.txt", page);
        assertEquals(1, a.captions().size());
        String caption = a.captions().get(0).of(a.text());
        assertFalse(caption.contains("Photo"), caption);
        ArticleFindings f = analyse(page);
        assertTrue(
                f.actors().stream().anyMatch(x -> x.name().equals("Mark Rutte")),
                f.actors()::toString);
        assertEquals(
                List.of("We will buy more air defence systems this year,"),
                f.quotes().stream().map(Quote::text).toList());
    }

    @Test
    void pullQuoteRepeatingABodyQuoteCountsOnce() {
        ArticleFindings f =
                analyse(
                        """
                Allies meet in Brussels

                "We have to keep our skies safe."

                The ministers met on Tuesday. "We have to keep our skies safe, and we will," the chair said.
                """);
        assertEquals(
                List.of("We have to keep our skies safe, and we will,"),
                f.quotes().stream().map(Quote::text).toList());
    }

    @Test
    void lastLineCutMidSentenceIsTextNotACaption() {
        Article a =
                new ArticleParser()
                        .parse(
                                "a.txt",
                                """
                Allies meet in Brussels

                The ministers met on Tuesday to discuss air defence and agreed to buy more systems.

                The chair said the alliance would need to
                """);
        assertTrue(a.text().endsWith("The chair said the alliance would need to"), a.text());
        assertTrue(a.captions().isEmpty());
    }
}
