package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never destroy what they are not: inputs, devices, pipes, the files behind links. */
class OutputSafetyTest {
    static final String ARTICLE =
            """
            NATO and EU agree on military mobility

            BRUSSELS, 4 March 2024 - NATO and the European Union agreed on Monday to speed up
            military mobility across Europe. "We must move forces faster," Jens Stoltenberg said.
            """;

    @TempDir Path dir;

    private Path corpus;
    private Path article;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void corpus() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        article = Files.writeString(corpus.resolve("a.txt"), ARTICLE);
    }

    private int run(String... args) {
        String[] all =
                Stream.concat(Stream.of("--input", corpus.toString()), Stream.of(args))
                        .toArray(String[]::new);
        return Main.run(
                all,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(),
                Instant.EPOCH);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOutputNamingAnInputArticleIsRefusedAndTheArticleKept() throws IOException {
        assertEquals(
                64, run("--output", dir.resolve("b.pdf").toString(), "--json", article.toString()));
        assertTrue(err().contains("refusing to write " + article), err());
        assertEquals(ARTICLE, Files.readString(article));
        assertEquals(
                64,
                run("--output", article.toString(), "--json", dir.resolve("b.json").toString()));
        assertEquals(ARTICLE, Files.readString(article));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anOutputReachingAnInputThroughALinkOrDotsIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), article);
        assertEquals(
                64, run("--output", dir.resolve("b.pdf").toString(), "--json", link.toString()));
        Path dotted = dir.resolve("corpus/../corpus/./a.txt");
        assertEquals(
                64, run("--output", dotted.toString(), "--json", dir.resolve("b.json").toString()));
        assertEquals(ARTICLE, Files.readString(article));
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void theCodebookCannotBeAnOutput() throws IOException {
        Path codebook = dir.resolve("codebook.yaml");
        Files.copy(Path.of("templates/codebook.yaml"), codebook);
        byte[] before = Files.readAllBytes(codebook);
        assertEquals(
                64,
                run(
                        "--codebook",
                        codebook.toString(),
                        "--output",
                        dir.resolve("b.pdf").toString(),
                        "--json",
                        codebook.toString()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(codebook)));
    }

    @Test
    void aPdfBesideTheArticlesIsNotAnArticle() {
        assertEquals(0, run("--output", corpus.resolve("brief.pdf").toString()), err());
        assertEquals(0, run("--output", corpus.resolve("brief.pdf").toString()), err());
    }

    @Test
    void devNullIsWrittenIntoAndStaysADevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("null.json"), devNull);
        assertEquals(
                0,
                run("--output", dir.resolve("b.pdf").toString(), "--json", link.toString()),
                err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(
                0,
                run("--output", devNull.toString(), "--json", dir.resolve("b.json").toString()),
                err());
        assertFalse(Files.isRegularFile(devNull));
        assertEquals("0", String.valueOf(Files.size(devNull)));
        assertNoTempFiles();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aNamedPipeIsWrittenIntoNotReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "no mkfifo");
        // A thread of its own: blocked in open() until the run writes, it must not hold a
        // worker of the common pool, which the language detector uses.
        CompletableFuture<byte[]> read = new CompletableFuture<>();
        Thread reader =
                new Thread(
                        () -> {
                            try (InputStream in = Files.newInputStream(fifo)) {
                                read.complete(in.readAllBytes());
                            } catch (IOException | RuntimeException e) {
                                read.completeExceptionally(e);
                            }
                        },
                        "fifo-reader");
        reader.setDaemon(true);
        reader.start();
        assertEquals(
                0,
                run("--output", dir.resolve("b.pdf").toString(), "--json", fifo.toString()),
                err());
        byte[] json = read.get(30, TimeUnit.SECONDS);
        assertEquals("alliance-brief/1", new ObjectMapper().readTree(json).get("schema").asText());
        assertFalse(Files.isRegularFile(fifo));
        assertTrue(Files.exists(fifo));
    }

    @Test
    void aLinkToARegularFileIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real);
        assertEquals(
                0,
                run("--output", dir.resolve("b.pdf").toString(), "--json", link.toString()),
                err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("{"), "the link's target gets the JSON");
        assertNoTempFiles();
    }

    @Test
    void aBrokenLinkAsOutputExits73() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.json"), dir.resolve("missing"));
        assertEquals(
                73, run("--output", dir.resolve("b.pdf").toString(), "--json", link.toString()));
        assertTrue(err().contains("symbolic link to a missing file"), err());
        assertFalse(Files.exists(dir.resolve("b.pdf")));
    }

    @Test
    void dashSendsTheDataFileToStandardOutputAndNothingElse() throws IOException {
        Path pdf = dir.resolve("b.pdf");
        assertEquals(0, run("--output", pdf.toString(), "--json", "-"), err());
        String stdout = out.toString(StandardCharsets.UTF_8);
        assertEquals(
                "alliance-brief/1", new ObjectMapper().readTree(stdout).get("schema").asText());
        assertTrue(Files.size(pdf) > 1000);
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    }

    @Test
    void dashForThePdfNeedsANamedDataFile() {
        assertEquals(64, run("--output", "-"));
        assertTrue(err().contains("--json FILE"), err());
        assertFalse(Files.exists(Path.of("-")));
    }

    @Test
    void aMissingParentThatIsAFileGivesTheReason() throws IOException {
        Path file = Files.writeString(dir.resolve("X"), "x");
        assertEquals(73, run("--output", file.resolve("x.pdf").toString()));
        assertTrue(err().contains("cannot create " + file.resolve("x.pdf") + ": "), err());
        assertTrue(err().contains("is not a folder"), err());
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(List.of(), files.filter(p -> p.toString().endsWith(".partial")).toList());
        }
        assertEquals(0, TempFiles.live());
    }
}
