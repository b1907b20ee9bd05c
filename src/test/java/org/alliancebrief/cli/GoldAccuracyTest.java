package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the command on seeds/ and scores the data file against the hand annotations of the seeds
 * (src/test/resources/gold/seeds.json, a copy of shared/gold/seeds.json), with the thresholds the
 * product must meet. The figures are printed so that a run shows them.
 */
class GoldAccuracyTest {
    @TempDir static Path dir;

    private static GoldScore score;
    private static int goldArticles;

    @BeforeAll
    static void runOnSeeds() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status =
                Main.run(
                        new String[] {"--output", dir.resolve("brief.pdf").toString()},
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of(),
                        Instant.parse("2026-11-25T00:00:00Z"));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        JsonNode gold = json.readTree(Path.of("src/test/resources/gold/seeds.json").toFile());
        goldArticles = gold.get("articles").size();
        org.alliancebrief.render.json.DataFileSchema.check(dir.resolve("brief.json"));
        score = GoldScore.score(gold, json.readTree(dir.resolve("brief.json").toFile()));
        System.out.println("gold accuracy on seeds: " + score.summary(goldArticles));
        score.details.forEach(d -> System.out.println("  " + d));
    }

    @Test
    void everySeedIsInTheDataFile() {
        assertEquals(goldArticles, score.articles);
    }

    @Test
    void quotesAreFound() {
        assertTrue(GoldScore.f1(score.quotes) >= 0.95, score.summary(goldArticles));
    }

    @Test
    void speakersAreRight() {
        assertTrue(score.speakerAccuracy() >= 0.95, score.summary(goldArticles));
    }

    @Test
    void themesAreFound() {
        assertTrue(GoldScore.f1(score.themes) >= 0.9, score.summary(goldArticles));
    }

    @Test
    void actorsAreFound() {
        assertTrue(GoldScore.f1(score.actors) >= 0.9, score.summary(goldArticles));
    }

    @Test
    void everyDateIsRight() {
        assertEquals(goldArticles, score.datesRight, score.summary(goldArticles));
    }
}
