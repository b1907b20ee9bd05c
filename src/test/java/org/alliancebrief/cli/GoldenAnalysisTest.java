package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden analysis: the small articles of {@code src/test/resources/golden}, each with the article
 * record of the data file expected for it beside it ({@code NAME.expected.json}). The same findings
 * must come out with CRLF line ends, with a BOM, and under a Turkish default locale (where
 * "I".toLowerCase() is not "i"). When the analysis improves on purpose, regenerate the expectations
 * with {@code GOLDEN_UPDATE=1 ./brief mvn test -Dtest=GoldenAnalysisTest} and review the diff.
 */
class GoldenAnalysisTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path dir;

    private static Map<String, JsonNode> plain;

    @BeforeAll
    static void runPlain() throws IOException {
        plain = run("plain", bytes -> bytes, Locale.getDefault());
        if (System.getenv("GOLDEN_UPDATE") != null) {
            for (Map.Entry<String, JsonNode> e : plain.entrySet()) {
                Files.writeString(
                        GOLDEN.resolve(e.getKey() + ".expected.json"),
                        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(e.getValue())
                                + "\n");
            }
        }
    }

    @Test
    void everyArticleGivesItsExpectedFindings() throws IOException {
        assertTrue(plain.size() >= 5, "golden articles: " + plain.keySet());
        for (Map.Entry<String, JsonNode> e : plain.entrySet()) {
            Path expected = GOLDEN.resolve(e.getKey() + ".expected.json");
            assertTrue(Files.exists(expected), "no " + expected + "; regenerate (see Javadoc)");
            assertEquals(
                    JSON.readTree(expected.toFile()).toPrettyString(),
                    e.getValue().toPrettyString(),
                    e.getKey());
        }
    }

    @Test
    void crlfLineEndsChangeNothing() throws IOException {
        assertEquals(
                plain,
                run(
                        "crlf",
                        bytes ->
                                new String(bytes, StandardCharsets.UTF_8)
                                        .replace("\r\n", "\n")
                                        .replace("\n", "\r\n")
                                        .getBytes(StandardCharsets.UTF_8),
                        Locale.getDefault()));
    }

    @Test
    void aByteOrderMarkChangesNothing() throws IOException {
        assertEquals(
                plain,
                run(
                        "bom",
                        bytes -> {
                            byte[] withBom = new byte[bytes.length + 3];
                            withBom[0] = (byte) 0xEF;
                            withBom[1] = (byte) 0xBB;
                            withBom[2] = (byte) 0xBF;
                            System.arraycopy(bytes, 0, withBom, 3, bytes.length);
                            return withBom;
                        },
                        Locale.getDefault()));
    }

    @Test
    void aTurkishDefaultLocaleChangesNothing() throws IOException {
        assertEquals(plain, run("turkish", bytes -> bytes, Locale.forLanguageTag("tr-TR")));
    }

    private interface Variant {
        byte[] apply(byte[] bytes);
    }

    /** The article records of one run over every golden article, by file name without extension. */
    private static Map<String, JsonNode> run(String name, Variant variant, Locale locale)
            throws IOException {
        Path corpus = Files.createDirectories(dir.resolve(name));
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path f : files.filter(f -> !f.toString().endsWith(".json")).sorted().toList()) {
                Files.write(corpus.resolve(f.getFileName()), variant.apply(Files.readAllBytes(f)));
            }
        }
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try {
            status =
                    Main.run(
                            new String[] {
                                "--quiet",
                                "--input",
                                corpus.toString(),
                                "--output",
                                dir.resolve(name + ".pdf").toString()
                            },
                            new PrintStream(
                                    new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                            new PrintStream(err, true, StandardCharsets.UTF_8),
                            Map.of("SOURCE_DATE_EPOCH", "1764028800"),
                            Instant.EPOCH);
        } finally {
            Locale.setDefault(before);
        }
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        JsonNode data = JSON.readTree(dir.resolve(name + ".json").toFile());
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        for (JsonNode article : articles(data, dir)) {
            String file = article.get("file").asText();
            byFile.put(file.substring(0, file.lastIndexOf('.')), article);
        }
        return byFile;
    }

    /** The article records, inline or in the JSON Lines file the data file names. */
    private static List<JsonNode> articles(JsonNode data, Path where) throws IOException {
        List<JsonNode> articles = new ArrayList<>();
        if (data.has("articles")) {
            data.get("articles").forEach(articles::add);
        } else {
            for (String line :
                    Files.readAllLines(where.resolve(data.get("articles_file").asText()))) {
                if (!line.isBlank()) {
                    articles.add(JSON.readTree(line));
                }
            }
        }
        for (JsonNode a : articles) {
            ((ObjectNode) a).remove("duplicate_of"); // the golden articles are one corpus
            ((ObjectNode) a).remove(List.of("id", "input")); // they name the run's input folder
        }
        return articles;
    }
}
