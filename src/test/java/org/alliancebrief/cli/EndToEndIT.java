package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, run as a user runs it, on seeds/; then the PDF read back as an analyst would check
 * it, against the data file.
 */
@org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES)
class EndToEndIT {
    private static final Path JAR = Path.of("target/alliance-brief.jar");

    @TempDir static Path dir;

    private static Result seeds;
    private static String text;
    private static JsonNode json;

    record Result(int status, String out, String err) {}

    static Result jar(Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Djava.awt.headless=true",
                                "-jar",
                                JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("SOURCE_DATE_EPOCH");
        pb.environment().putAll(env);
        File out = dir.resolve("stdout").toFile();
        File err = dir.resolve("stderr").toFile();
        Process p = pb.redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the jar took longer than 120 s: " + command);
        }
        int status = p.exitValue();
        return new Result(status, Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    @BeforeAll
    static void runOnSeeds() throws Exception {
        seeds =
                jar(
                        Map.of("SOURCE_DATE_EPOCH", "1764028800"),
                        "--output",
                        dir.resolve("brief.pdf").toString());
        assertEquals(0, seeds.status(), seeds.err());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("brief.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(doc).replaceAll("\\s+", " ");
        }
        json = new ObjectMapper().readTree(dir.resolve("brief.json").toFile());
        org.alliancebrief.render.json.DataFileSchema.check(dir.resolve("brief.json"));
    }

    @Test
    void standardOutputIsOnlyThePathsWritten() {
        assertEquals(
                dir.resolve("brief.pdf")
                        + "\n"
                        + dir.resolve("brief.json")
                        + "\n"
                        + dir.resolve("articles.csv")
                        + "\n"
                        + dir.resolve("counts.csv")
                        + "\n"
                        + dir.resolve("quotes.csv")
                        + "\n",
                seeds.out());
    }

    @Test
    void theBriefHasItsSectionsInOrder() {
        int at = -1;
        for (String heading :
                List.of(
                        "Key findings",
                        "Areas of cooperation",
                        "Political themes",
                        "Most-mentioned actors",
                        "Methodology",
                        "Annex A. Evidence for the key findings",
                        "Annex B. The codebook",
                        "Sources")) {
            int found = text.indexOf(heading, at + 1);
            assertTrue(found > at, "heading missing or out of order: " + heading);
            at = found;
        }
    }

    @Test
    void keyFindingsPrintTheNumbersOfTheDataFile() {
        assertTrue(json.get("key_findings").size() >= 4);
        for (JsonNode k : json.get("key_findings")) {
            String sentence = k.get("text").asText().replaceAll("\\s+", " ");
            assertTrue(text.contains(sentence), "key finding not in the PDF: " + sentence);
            // every number the sentence prints is one of the finding's figures in the data file
            Set<String> figures = new TreeSet<>();
            for (JsonNode figure : k.get("figures")) {
                if (figure.isFloatingPointNumber()) { // a share in [0, 1], printed as a percentage
                    figures.add(String.valueOf(Math.round(figure.asDouble() * 100)));
                    continue;
                }
                Matcher m = Pattern.compile("\\d+").matcher(figure.asText());
                while (m.find()) {
                    figures.add(m.group());
                }
            }
            Matcher printed = Pattern.compile("\\d+").matcher(sentence);
            while (printed.find()) {
                assertTrue(
                        figures.contains(printed.group()),
                        "'"
                                + printed.group()
                                + "' in '"
                                + sentence
                                + "' is not among the figures "
                                + figures);
            }
        }
    }

    @Test
    void everyCitationResolvesToASource() {
        int sourcesAt = text.lastIndexOf("Sources");
        Set<Integer> cited = numbers(text.substring(0, sourcesAt));
        Set<Integer> listed = numbers(text.substring(sourcesAt));
        assertFalse(cited.isEmpty(), "no citation in the brief");
        assertTrue(listed.containsAll(cited), "cited " + cited + " but listed " + listed);
        assertEquals(json.get("sources").size(), listed.size());
    }

    @Test
    void quotedSpeakersAndSourcesAppear() {
        assertTrue(text.contains("Jens Stoltenberg"));
        for (JsonNode s : json.get("sources")) {
            assertTrue(text.contains(s.get("file").asText()), s.get("file").asText());
        }
    }

    @Test
    void everyFontIsEmbeddedAndNoChartIsAnImage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(dir.resolve("brief.pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                check(page.getResources());
            }
            assertEquals(json.get("title").asText(), doc.getDocumentInformation().getTitle());
            PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Key findings", first.getTitle());
        }
    }

    @Test
    void sameInputAndSourceDateGiveIdenticalBytes() throws Exception {
        Result again =
                jar(
                        Map.of("SOURCE_DATE_EPOCH", "1764028800"),
                        "--output",
                        dir.resolve("again.pdf").toString());
        assertEquals(0, again.status(), again.err());
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("brief.pdf")),
                Files.readAllBytes(dir.resolve("again.pdf")));
        assertArrayEquals(
                Files.readAllBytes(dir.resolve("brief.json")),
                Files.readAllBytes(dir.resolve("again.json")));
    }

    @Test
    void executiveSummaryFitsOnTwoPages() throws Exception {
        Result r =
                jar(
                        Map.of(),
                        "--template",
                        "templates/executive.yaml",
                        "--output",
                        dir.resolve("summary.pdf").toString());
        assertEquals(0, r.status(), r.err());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("summary.pdf").toFile())) {
            assertTrue(doc.getNumberOfPages() <= 2, doc.getNumberOfPages() + " pages");
        }
    }

    @Test
    void badOptionAndMissingInputGiveTheirStatusAndOneLineWithAHint() throws Exception {
        Result bad = jar(Map.of(), "--colour", "red");
        assertEquals(64, bad.status());
        assertEquals("", bad.out());
        assertEquals(2, bad.err().lines().count(), bad.err());
        Result missing = jar(Map.of(), "--input", dir.resolve("nope").toString());
        assertEquals(66, missing.status());
        assertEquals(2, missing.err().lines().count(), missing.err());
        assertFalse(missing.err().contains("Exception"), missing.err());
    }

    private static void check(PDResources resources) throws IOException {
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            assertFalse(x instanceof PDImageXObject, "a raster image: " + name.getName());
            if (x instanceof PDFormXObject form && form.getResources() != null) {
                check(form.getResources());
            }
        }
    }

    private static Set<Integer> numbers(String part) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("\\[(\\d{1,4})]").matcher(part);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }
}
