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
        return run(corpus, Path.of("templates/brief.yaml"), name, articlesFileAbove);
    }

    private List<Path> run(Path corpus, Path template, String name, int articlesFileAbove) {
        return run(corpus, template, name, articlesFileAbove, Optional.empty());
    }

    /** A run writing NAME.pdf, NAME.json and the spreadsheets into the folder NAME. */
    private List<Path> run(
            Path corpus,
            Path template,
            String name,
            int articlesFileAbove,
            Optional<Path> baseline) {
        RunConfig config =
                new RunConfig(
                        List.of(corpus),
                        dir.resolve(name + ".pdf"),
                        dir.resolve(name + ".json"),
                        Path.of("templates/codebook.yaml"),
                        template,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        -1,
                        Optional.of(dir.resolve(name)),
                        baseline);
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

    @Test
    void spreadsheetsWrittenWhileReadingAreNumberedAsTheBriefsSourceList() throws IOException {
        // cited sources only: the rows of the cited are numbered once the brief is made
        Path executive = Path.of("templates/executive.yaml");
        run(Path.of("seeds"), executive, "inline-cited", Integer.MAX_VALUE);
        run(Path.of("seeds"), executive, "streamed-cited", 0);
        assertSameFile("inline-cited/articles.csv", "streamed-cited/articles.csv");
        assertSameFile("inline-cited/quotes.csv", "streamed-cited/quotes.csv");
        assertTrue(Files.readString(dir.resolve("inline-cited/articles.csv")).contains("\r\n1,"));
        // no source list: no row is numbered
        String brief = Files.readString(Path.of("templates/brief.yaml"));
        int sources = brief.indexOf("  - kind: sources");
        assertTrue(sources > 0 && brief.indexOf("  - kind:", sources + 1) < 0, "sources not last");
        Path unlisted =
                Files.writeString(dir.resolve("unlisted.yaml"), brief.substring(0, sources));
        run(Path.of("seeds"), unlisted, "inline-unlisted", Integer.MAX_VALUE);
        run(Path.of("seeds"), unlisted, "streamed-unlisted", 0);
        assertSameFile("inline-unlisted/articles.csv", "streamed-unlisted/articles.csv");
        assertSameFile("inline-unlisted/quotes.csv", "streamed-unlisted/quotes.csv");
        assertTrue(
                Files.readString(dir.resolve("inline-unlisted/articles.csv"))
                        .contains("\r\n\"\","));
        assertFalse(Files.exists(dir.resolve("streamed-unlisted/.articles.csv.partial")));
    }

    @Test
    void articlesNewSinceTheBaselineAreCountedWhileReading() throws IOException {
        Path earlier = Files.createDirectories(dir.resolve("earlier"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().limit(2).toList()) {
                Files.copy(seed, earlier.resolve(seed.getFileName()));
            }
        }
        Path template = Path.of("templates/brief.yaml");
        // the earlier run's records in its JSON Lines file, matched by file (their input differs)
        run(earlier, template, "seeds", 0);
        Optional<Path> baseline = Optional.of(dir.resolve("seeds.json"));
        run(Path.of("seeds"), template, "inline-new", Integer.MAX_VALUE, baseline);
        run(Path.of("seeds"), template, "streamed-new", 0, baseline);
        JsonNode inline = JSON.readTree(dir.resolve("inline-new.json").toFile()).get("changes");
        JsonNode streamed = JSON.readTree(dir.resolve("streamed-new.json").toFile()).get("changes");
        assertEquals(3, inline.get("new_articles").asInt(), inline.toString());
        assertEquals(inline, streamed);
    }

    private void assertSameFile(String expected, String actual) throws IOException {
        assertEquals(
                Files.readString(dir.resolve(expected)),
                Files.readString(dir.resolve(actual)),
                actual + " differs from " + expected);
    }

    private void compare(Path corpus) throws IOException {
        List<Path> inline = run(corpus, "inline", Integer.MAX_VALUE);
        List<Path> streamed = run(corpus, "streamed", 0);
        assertEquals(5, inline.size()); // PDF, JSON and the three spreadsheets
        assertEquals(
                List.of(
                        dir.resolve("streamed.articles.jsonl"),
                        dir.resolve("streamed.pdf"),
                        dir.resolve("streamed.json"),
                        dir.resolve("streamed/articles.csv"),
                        dir.resolve("streamed/counts.csv"),
                        dir.resolve("streamed/quotes.csv")),
                streamed);
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("inline.pdf")),
                Files.readAllBytes(dir.resolve("streamed.pdf")));
        // every article's rows, written as it was read, as from a brief that holds them all
        assertSameFile("inline/articles.csv", "streamed/articles.csv");
        assertSameFile("inline/counts.csv", "streamed/counts.csv");
        assertSameFile("inline/quotes.csv", "streamed/quotes.csv");

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
