package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.ArticleParser;
import org.alliancebrief.corpus.Skipped;
import org.junit.jupiter.api.Test;

/** One article the analysis fails on is skipped with the error named; the run goes on. */
class CorpusStreamTest {
    private final Article article =
            new ArticleParser()
                    .parse(
                            "2024/ministers.txt",
                            "Ministers meet in Oslo\n\nDefence ministers met in Oslo on Friday"
                                    + " to agree on a shared fuel depot for allied ships.\n");

    @Test
    void aFailureOfTheAnalysisSkipsTheFileNamingTheError() {
        Object result =
                CorpusStream.analysed(
                        article,
                        a -> {
                            throw new IndexOutOfBoundsException("Index -1 out of bounds");
                        });
        Skipped skipped = (Skipped) result;
        assertEquals("2024/ministers.txt", skipped.file());
        assertTrue(skipped.reason().startsWith("internal error while analysing it"));
        assertTrue(skipped.reason().contains("Index -1 out of bounds"), skipped.reason());
    }

    @Test
    void whatTheReadingSkippedPassesThroughUntouched() {
        Skipped binary = new Skipped("photo.txt", "binary file");
        assertSame(binary, CorpusStream.analysed(binary, a -> null));
    }
}
