package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command in-process: status, standard output and standard error, pinned together. */
class MainTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Map<String, String> env, String... args) {
        return Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                env,
                NOW);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesBothOutputsAndPrintsOnlyTheirPaths() {
        Path pdf = dir.resolve("brief.pdf");
        assertEquals(0, run("--output", pdf.toString()), err());
        assertEquals(
                pdf
                        + "\n"
                        + dir.resolve("brief.json")
                        + "\n"
                        + dir.resolve("articles.csv")
                        + "\n"
                        + dir.resolve("counts.csv")
                        + "\n"
                        + dir.resolve("quotes.csv")
                        + "\n",
                out());
        assertTrue(err().startsWith("alliance-brief: analysed 5 articles"), err());
        assertTrue(Files.exists(pdf));
        org.alliancebrief.render.json.DataFileSchema.check(dir.resolve("brief.json"));
    }

    @Test
    void quietPrintsNothingOnStandardError() {
        assertEquals(0, run("--quiet", "--output", dir.resolve("b.pdf").toString()));
        assertEquals("", err());
    }

    @Test
    void misspelledOptionExits64WithTheOptionNamedAndAHint() {
        assertEquals(64, run("--outptu", "x.pdf"));
        assertEquals("", out());
        assertEquals(
                """
                alliance-brief: unknown option '--outptu'; did you mean --output?
                Try 'alliance-brief --help' for more information.
                """,
                err());
    }

    @Test
    void missingInputExits66() {
        assertEquals(66, run("--input", dir.resolve("nowhere").toString()));
        assertEquals("", out());
        assertTrue(err().startsWith("alliance-brief: input not found: "), err());
        assertEquals(2, err().lines().count());
    }

    @Test
    void folderWithoutReadableArticlesExits66AndNamesTheSkippedFiles() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        Files.write(corpus.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1});
        assertEquals(
                66, run("--input", corpus.toString(), "--output", dir.resolve("b.pdf").toString()));
        assertTrue(err().contains("warning: skipped empty.txt: "), err());
        assertTrue(err().contains("warning: skipped image.txt: "), err());
        assertTrue(err().contains("no readable article in " + corpus + " (2 files skipped"), err());
        assertFalse(Files.exists(dir.resolve("b.pdf")));
    }

    @Test
    void invalidCodebookExits65WithFileAndLine() throws IOException {
        Path codebook = Files.writeString(dir.resolve("codebook.yaml"), "themes: [\n");
        assertEquals(
                65,
                run(
                        "--codebook",
                        codebook.toString(),
                        "--output",
                        dir.resolve("b.pdf").toString()));
        assertTrue(err().startsWith("alliance-brief: " + codebook + ":"), err());
    }

    @Test
    void invalidTemplateExits65WithFileAndLine() throws IOException {
        Path template =
                Files.writeString(dir.resolve("t.yaml"), "title: x\nsections:\n  - kind: pie\n");
        assertEquals(
                65,
                run(
                        "--template",
                        template.toString(),
                        "--output",
                        dir.resolve("b.pdf").toString()));
        assertTrue(
                err().startsWith(
                                "alliance-brief: "
                                        + template
                                        + ":3:11: error: unknown "
                                        + "section kind 'pie'"),
                err());
    }

    @Test
    void outputThatCannotBeCreatedExits73AndKeepsNothing() throws IOException {
        Path blocker = Files.writeString(dir.resolve("file"), "x");
        assertEquals(73, run("--output", blocker.resolve("brief.pdf").toString()));
        assertTrue(err().startsWith("alliance-brief: cannot create "), err());
        assertEquals(List.of(blocker), list(dir));
    }

    @Test
    void sourceDateEpochGivesIdenticalBytes() throws IOException {
        Map<String, String> env = Map.of("SOURCE_DATE_EPOCH", "1764028800");
        assertEquals(0, run(env, "--output", dir.resolve("a.pdf").toString()), err());
        assertEquals(0, run(env, "--output", dir.resolve("b.pdf").toString()), err());
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("a.pdf")), Files.readAllBytes(dir.resolve("b.pdf")));
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("a.json")),
                Files.readAllBytes(dir.resolve("b.json")));
        assertTrue(
                Files.readString(dir.resolve("a.json")).contains("\"generated\" : \"2025-11-25\""));
    }

    @Test
    void badSourceDateEpochIsAUsageError() {
        assertEquals(
                64,
                run(
                        Map.of("SOURCE_DATE_EPOCH", "yesterday"),
                        "--output",
                        dir.resolve("a.pdf").toString()));
        assertTrue(err().contains("SOURCE_DATE_EPOCH 'yesterday' is not a number"), err());
    }

    @Test
    void sinceAndUntilKeepOnlyDatedArticlesInTheRange() {
        assertEquals(
                0,
                run(
                        "--since",
                        "2017-01-01",
                        "--until",
                        "2017-12-31",
                        "--output",
                        dir.resolve("a.pdf").toString()),
                err());
        assertTrue(
                err().contains(
                                "kept 1 in the date range; left out 0 outside it and "
                                        + "4 undated"),
                err());
        assertEquals(66, run("--since", "2030-01-01", "--output", dir.resolve("b.pdf").toString()));
        assertTrue(err().contains("no article of seeds falls in the date range given"), err());
    }

    @Test
    void helpGoesToStandardOutputWithTheExitStatuses() {
        assertEquals(0, run("--help"));
        assertTrue(out().startsWith("Usage: alliance-brief [OPTIONS]"));
        assertTrue(out().contains("   66  missing input path, or no readable article"));
        assertEquals("", err());
    }

    @Test
    void readmeShowsTheHelpExactly() throws IOException {
        assertEquals(0, run("--help"));
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(
                readme.contains("```\n" + out() + "```"),
                "README's options block differs from --help; paste the output of --help");
    }

    @Test
    void nearDuplicateIsMarkedWithTheEarlierArticlesIdAndTheRunCompletes() throws IOException {
        Path in = Files.createDirectories(dir.resolve("feed"));
        String story =
                """
                Ministers agree closer work on military mobility

                BRUSSELS, 4 March 2024 - Defence ministers of the European Union agreed on \
                Monday to speed up the movement of troops and equipment across borders.
                "We cannot defend Europe if our tanks wait at the border for weeks," said the \
                Dutch defence minister after the meeting.
                The plan links rail, roads and ports that armies and civilians share.
                NATO officials welcomed the decision and said the alliance would align its \
                own planning with it.
                """;
        Files.writeString(in.resolve("a-wire.txt"), story);
        Files.writeString(
                in.resolve("b-repost.txt"),
                story + "\nShare this article\nSubscribe to our newsletter\n");
        Path pdf = dir.resolve("out/brief.pdf");
        assertEquals(0, run("--input", in.toString(), "--output", pdf.toString()), err());
        var json =
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(dir.resolve("out/brief.json").toFile());
        assertEquals(1, json.at("/corpus/near_duplicates").asInt(), json.toString());
        assertEquals("feed/a-wire.txt", json.at("/articles/1/duplicate_of").asText());
        assertEquals(1, json.at("/sources/1/duplicate_of").asInt()); // the source number
        org.alliancebrief.render.json.DataFileSchema.check(dir.resolve("out/brief.json"));
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
