package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run above the JSON Lines threshold says the same as one below it: the same PDF, the same data
 * file but for where the per-article records are, and those records line for line.
 */
@Timeout(120)
class StreamedOutputsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path dir;

    private List<Path> run(Path corpus, String name, int articlesFileAbove) {
        RunConfig config =
                new RunConfig(
                        List.of(corpus),
                        dir.resolve(name + ".pdf"),
                        dir.resolve(name + ".json"),
                        Path.of("templates/codebook.yaml"),
                        Path.of("templates/brief.yaml"),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        -1);
        Console quiet =
                new Console(
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        -1);
        return new BriefRun(
                        config,
                        quiet,
                        Instant.parse("2026-11-25T10:00:00Z"),
                        "test",
                        new Stopwatch(),
                        articlesFileAbove)
                .execute();
    }

    @Test
    void seedsGiveTheSameBriefEitherWay() throws IOException {
        compare(Path.of("seeds"));
    }

    @Test
    void devCorpusGivesTheSameBriefWhenOnlyCitableArticlesAreKept() throws IOException {
        Path dev = Path.of("../shared/dev/corpus");
        Assumptions.assumeTrue(Files.isDirectory(dev), "no dev corpus at " + dev);
        compare(dev);
    }

    private void compare(Path corpus) throws IOException {
        List<Path> inline = run(corpus, "inline", Integer.MAX_VALUE);
        List<Path> streamed = run(corpus, "streamed", 0);
        assertEquals(5, inline.size()); // PDF, JSON and the three spreadsheets
        assertEquals(
                List.of(
                        dir.resolve("streamed.articles.jsonl"),
                        dir.resolve("streamed.pdf"),
                        dir.resolve("streamed.json")),
                streamed.subList(0, 3));
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("inline.pdf")),
                Files.readAllBytes(dir.resolve("streamed.pdf")));

        ObjectNode small = (ObjectNode) JSON.readTree(dir.resolve("inline.json").toFile());
        ObjectNode big = (ObjectNode) JSON.readTree(dir.resolve("streamed.json").toFile());
        assertFalse(big.has("articles"));
        assertEquals("streamed.articles.jsonl", big.get("articles_file").asText());
        JsonNode articles = small.remove("articles");
        big.remove("articles_file");
        JsonNode allSources = small.remove("sources");
        JsonNode citedSources = big.remove("sources");
        assertTrue(small.equals(big), "the data files differ beyond articles and sources");

        List<String> lines = Files.readAllLines(dir.resolve("streamed.articles.jsonl"));
        assertEquals(articles.size(), lines.size());
        assertTrue(articles.size() >= 5);
        for (int i = 0; i < lines.size(); i++) {
            assertTrue(articles.get(i).equals(JSON.readTree(lines.get(i))), "line " + (i + 1));
        }
        // Cited sources only, each as in the full list, and source n is line n of the file.
        assertTrue(citedSources.size() >= 1 && citedSources.size() <= allSources.size());
        for (JsonNode source : citedSources) {
            int n = source.get("number").asInt();
            assertEquals(allSources.get(n - 1), source);
            assertEquals(
                    source.get("file").asText(),
                    JSON.readTree(lines.get(n - 1)).get("file").asText());
        }
    }
}
