package org.alliancebrief.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BriefTemplateLoaderTest {
    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"templates/brief.yaml", "templates/executive.yaml"})
    void shippedTemplatesLoad(String file) {
        BriefTemplate t = BriefTemplateLoader.load(Path.of(file));
        assertTrue(t.title().contains("NATO"));
        assertEquals("key-findings", t.sections().get(0).kind());
        assertTrue(t.keyFindings().size() >= 4);
    }

    @Test
    void fullTemplateHasEverySectionKindAndChart() {
        BriefTemplate t = BriefTemplateLoader.load(Path.of("templates/brief.yaml"));
        assertEquals(
                List.of(
                        "key-findings",
                        "changes",
                        "topics",
                        "figure",
                        "figure",
                        "figure",
                        "figure",
                        "figure",
                        "methodology",
                        "evidence",
                        "codebook",
                        "sources"),
                t.sections().stream().map(BriefTemplate.Section::kind).toList());
        assertEquals(
                List.of("areas", "themes", "actors", "actor-area", "timeline"),
                t.sections().stream()
                        .filter(s -> s.kind().equals("figure"))
                        .map(s -> s.text("chart"))
                        .toList());
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumn() throws IOException {
        Path file =
                write(
                        """
                title: "A brief"
                colour: blue
                key_findings:
                  - id: leading-areas
                    text: "{area1} and {nonsense}"
                  - id: made-up
                    text: "x"
                sections:
                  - kind: figure
                    chart: pie
                    heading: "Pies"
                  - kind: apendix
                """);
        TemplateException e =
                assertThrows(TemplateException.class, () -> BriefTemplateLoader.load(file));
        List<String> p = e.problems();
        assertEquals(5, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith(file + ":2:1: error: unknown key 'colour'"), p.get(0));
        assertTrue(p.get(1).startsWith(file + ":5:11: error: unknown name {nonsense}"), p.get(1));
        assertTrue(p.get(2).startsWith(file + ":6:9: error: unknown key finding 'made-up'"));
        assertTrue(p.get(3).startsWith(file + ":10:12: error: 'pie' is not one of"), p.get(3));
        assertTrue(
                p.get(4).startsWith(file + ":12:11: error: unknown section kind 'apendix'"),
                p.get(4));
    }

    @Test
    void invalidYamlIsPlaced() throws IOException {
        Path file = write("title: \"unclosed\nsections: []\n");
        TemplateException e =
                assertThrows(TemplateException.class, () -> BriefTemplateLoader.load(file));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid YAML"), e.getMessage());
    }

    @Test
    void aTemplateWithoutSectionsIsRejected() throws IOException {
        Path file = write("title: \"x\"\n");
        TemplateException e =
                assertThrows(TemplateException.class, () -> BriefTemplateLoader.load(file));
        assertTrue(e.getMessage().contains("no 'sections:' list"), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("brief.yaml"), yaml);
    }
}
