package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.IntFunction;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A guard against hangs: half-megabyte texts built to defeat quotation and speaker rules run
 * through the whole analysis well inside a generous time-out (each takes well under a second).
 */
class AdversarialTimeTest {
    private static final int SIZE = 500_000;
    private static final Codebook CODEBOOK = load();

    private static Codebook load() {
        try {
            return CodebookLoader.load(
                    Path.of(AdversarialTimeTest.class.getResource("small-codebook.yaml").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String repeat(int size, IntFunction<String> piece) {
        StringBuilder b = new StringBuilder("A hard page\n\n");
        for (int i = 0; b.length() < size; i++) {
            b.append(piece.apply(i));
        }
        return b.toString();
    }

    private static String text(String kind) {
        return switch (kind) {
            // 10,000 and more quotation marks that never close, in one paragraph.
            case "unclosed" -> repeat(SIZE, i -> "\u201cRutte said he would go there ");
            // Short straight-quoted phrases one after another, each with a reporting verb.
            case "straight" ->
                    repeat(
                            SIZE,
                            i ->
                                    i % 2 == 0
                                            ? "\"a b\" he said \"c d\" "
                                            : "\"we will go there now\" Kallas told ");
            // 100,000 capitalised words with no stop: names, titles and pronouns everywhere.
            case "capitals" -> repeat(SIZE, i -> i % 3 == 0 ? "Minister Jana Novak " : "He ");
            // A sentence of a megabyte without a full stop, quotes and commas inside.
            case "sentence" ->
                    repeat(
                            2 * SIZE,
                            i ->
                                    "the official, who said \u2018we will "
                                            + "stay here\u2019, told the minister that the report, ");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"unclosed", "straight", "capitals", "sentence"})
    void analysesAdversarialTextInLinearTime(String kind) {
        String raw = text(kind);
        assertTimeoutPreemptively(
                Duration.ofSeconds(20),
                () -> {
                    Article article = new ArticleParser().parse("hard.txt", raw);
                    long start = System.nanoTime();
                    ArticleFindings f = new ArticleAnalyser(CODEBOOK).analyse(article);
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    System.err.printf(
                            "adversarial %-9s %,9d chars: analysis %,d ms, %d quotations%n",
                            kind, raw.length(), ms, f.quotes().size());
                    assertTrue(f.words() > 0);
                });
    }
}
