package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Floors for the coding of themes and actors: on the shared development set of real annotated
 * articles when it is present (skipped otherwise), and on the seeds.
 */
class DevSetCodingTest {
    private static final Path DEV = Path.of("../shared/dev");

    @TempDir Path dir;

    private GoldScore run(Path input, Path gold) throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] args =
                input == null
                        ? new String[] {"--quiet", "--output", dir.resolve("b.pdf").toString()}
                        : new String[] {
                            "--quiet",
                            "--input",
                            input.toString(),
                            "--output",
                            dir.resolve("b.pdf").toString()
                        };
        int status =
                Main.run(
                        args,
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        Map.of(),
                        Instant.parse("2026-11-25T00:00:00Z"));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        ObjectMapper json = new ObjectMapper();
        GoldScore score =
                GoldScore.score(
                        json.readTree(gold.toFile()),
                        json.readTree(dir.resolve("b.json").toFile()));
        System.out.println(
                "coding on "
                        + (input == null ? "seeds" : input)
                        + ": "
                        + score.summary(score.articles));
        return score;
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void devSetThemesAndActors() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(DEV.resolve("corpus")),
                "no shared development set at " + DEV + "; skipped");
        GoldScore score = run(DEV.resolve("corpus"), DEV.resolve("gold.json"));
        assertTrue(GoldScore.f1(score.themes) >= 0.80, score.summary(score.articles));
        assertTrue(GoldScore.f1(score.actors) >= 0.92, score.summary(score.articles));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void seedThemesAndActors() throws IOException {
        GoldScore score = run(null, Path.of("src/test/resources/gold/seeds.json"));
        assertTrue(GoldScore.f1(score.themes) >= 0.95, score.summary(score.articles));
        assertTrue(GoldScore.f1(score.actors) >= 0.95, score.summary(score.articles));
    }
}
