package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancebrief.render.json.DataFileSchema;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spreadsheets, baseline comparison and article ids, through the command as users run it. */
class DeliverablesTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(
                args,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                NOW);
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte-order mark");
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertTrue(text.contains("\r\n"), "RFC 4180 lines end in CRLF");
        return CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(text))
                .getRecords();
    }

    @Test
    void spreadsheetsMatchTheDataFile() throws IOException {
        Path sheets = dir.resolve("sheets");
        assertEquals(
                0,
                run(
                        "--quiet",
                        "--output",
                        dir.resolve("b.pdf").toString(),
                        "--csv",
                        sheets.toString()),
                err.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("b.json").toFile());
        DataFileSchema.check(dir.resolve("b.json"));
        List<CSVRecord> articles = csv(sheets.resolve("articles.csv"));
        assertEquals(json.get("corpus").get("articles").asInt(), articles.size());
        assertEquals(json.get("articles").get(0).get("id").asText(), articles.get(0).get("id"));
        Map<String, CSVRecord> counts = new HashMap<>();
        csv(sheets.resolve("counts.csv")).forEach(r -> counts.put(r.get("entry"), r));
        for (JsonNode t : json.get("totals").get("themes")) {
            CSVRecord row = counts.get(t.get("id").asText());
            assertEquals(t.get("articles").asInt(), Integer.parseInt(row.get("articles")));
            assertEquals(t.get("mentions").asInt(), Integer.parseInt(row.get("mentions")));
            assertEquals(t.get("share").asDouble(), Double.parseDouble(row.get("share")), 1e-9);
        }
        for (JsonNode a : json.get("totals").get("actors")) {
            assertEquals(
                    a.get("mentions").asInt(),
                    Integer.parseInt(counts.get(a.get("id").asText()).get("mentions")));
        }
        assertEquals(
                json.get("totals").get("quotes").asInt(), csv(sheets.resolve("quotes.csv")).size());
    }

    @Test
    void aBaselineAddsChangesAndABadOneIsRefused() throws IOException {
        Path before = dir.resolve("before.json");
        Path lastWeek = Files.createDirectories(dir.resolve("seeds"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.sorted().limit(2).toList()) {
                Files.copy(seed, lastWeek.resolve(seed.getFileName()));
            }
        }
        assertEquals(
                0,
                run(
                        "--quiet",
                        "--input",
                        lastWeek.toString(),
                        "--output",
                        dir.resolve("before.pdf").toString()),
                err.toString(StandardCharsets.UTF_8));
        assertEquals(
                0,
                run(
                        "--quiet",
                        "--output",
                        dir.resolve("now.pdf").toString(),
                        "--baseline",
                        before.toString()),
                err.toString(StandardCharsets.UTF_8));
        JsonNode now = new ObjectMapper().readTree(dir.resolve("now.json").toFile());
        DataFileSchema.check(dir.resolve("now.json"));
        JsonNode changes = now.get("changes");
        assertEquals(before.toString(), changes.get("baseline").asText());
        assertEquals(2, changes.get("previous_articles").asInt());
        assertEquals(3, changes.get("new_articles").asInt(), changes.toString());
        assertEquals(before.toString(), now.get("run").get("baseline").get("path").asText());

        Path junk = Files.writeString(dir.resolve("junk.json"), "{\"not\": \"a brief\"}");
        assertEquals(
                65,
                run(
                        "--quiet",
                        "--output",
                        dir.resolve("x.pdf").toString(),
                        "--baseline",
                        junk.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not an Alliance Brief data"));
        assertEquals(
                66,
                run(
                        "--quiet",
                        "--output",
                        dir.resolve("x.pdf").toString(),
                        "--baseline",
                        dir.resolve("missing.json").toString()));
        assertTrue(Files.notExists(dir.resolve("x.pdf")));
    }

    @Test
    void theArticlesFileOfALargeRunFollowsTheArticleRecord() throws IOException {
        RunConfig config =
                new RunConfig(
                        List.of(Path.of("seeds")),
                        dir.resolve("big.pdf"),
                        dir.resolve("big.json"),
                        Path.of("templates/codebook.yaml"),
                        Path.of("templates/brief.yaml"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        -1);
        new BriefRun(
                        config,
                        new Console(new PrintStream(err, true, StandardCharsets.UTF_8), -1),
                        NOW,
                        "1.0.0",
                        new Stopwatch(false),
                        2)
                .execute();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("big.json").toFile());
        assertEquals("big.articles.jsonl", json.get("articles_file").asText());
        DataFileSchema.check(dir.resolve("big.json"));
        DataFileSchema.checkArticleLines(dir.resolve("big.articles.jsonl"));
        assertEquals(5, Files.readAllLines(dir.resolve("big.articles.jsonl")).size());
        assertEquals(5, csv(dir.resolve("articles.csv")).size());
    }

    @Test
    void sameFileNameInTwoInputsGivesTwoSources() throws IOException {
        for (String feed : List.of("reuters", "afp")) {
            Path folder = Files.createDirectories(dir.resolve("feeds").resolve(feed));
            Files.writeString(
                    folder.resolve("story.txt"),
                    "NATO and EU widen cyber talks\n\n"
                            + "BRUSSELS ("
                            + feed
                            + ") - NATO and the European Union agreed on Tuesday "
                            + "to share more information on cyber attacks, officials said. The "
                            + feed
                            + " desk reported that hybrid threats were also on the agenda.\n");
        }
        assertEquals(
                0,
                run(
                        "--quiet",
                        "--input",
                        dir.resolve("feeds/reuters").toString(),
                        "--input",
                        dir.resolve("feeds/afp").toString(),
                        "--output",
                        dir.resolve("two.pdf").toString()),
                err.toString(StandardCharsets.UTF_8));
        JsonNode json = new ObjectMapper().readTree(dir.resolve("two.json").toFile());
        JsonNode sources = json.get("sources");
        assertEquals(2, sources.size());
        assertEquals(1, sources.get(0).get("number").asInt());
        assertEquals(2, sources.get(1).get("number").asInt());
        assertEquals("reuters/story.txt", sources.get(0).get("id").asText());
        assertEquals("afp/story.txt", sources.get(1).get("id").asText());
    }
}
