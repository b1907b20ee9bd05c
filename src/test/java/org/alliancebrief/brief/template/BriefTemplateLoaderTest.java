package org.alliancebrief.brief.template;

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
        assertEquals(SectionKind.KEY_FINDINGS, t.sections().get(0).kind());
        assertTrue(t.sections().get(0) instanceof Section.KeyFindings);
        assertTrue(t.keyFindings().size() >= 4);
    }

    @Test
    void fullTemplateHasEverySectionKindAndChart() {
        BriefTemplate t = BriefTemplateLoader.load(Path.of("templates/brief.yaml"));
        assertEquals(
                List.of(
                        SectionKind.KEY_FINDINGS,
                        SectionKind.CHANGES,
                        SectionKind.TOPICS,
                        SectionKind.FIGURE,
                        SectionKind.FIGURE,
                        SectionKind.FIGURE,
                        SectionKind.FIGURE,
                        SectionKind.FIGURE,
                        SectionKind.METHODOLOGY,
                        SectionKind.EVIDENCE,
                        SectionKind.CODEBOOK,
                        SectionKind.SOURCES),
                t.sections().stream().map(Section::kind).toList());
        assertEquals(
                List.of(ChartKind.values()),
                t.sections().stream()
                        .filter(s -> s instanceof Section.Figure)
                        .map(s -> ((Section.Figure) s).chart())
                        .toList());
        assertEquals(
                List.of(FindingKind.values()),
                t.keyFindings().stream().map(BriefTemplate.Finding::kind).toList());
    }

    @Test
    void executiveTemplateListsOnlyCitedSourcesAndOneQuotePerTopic() {
        BriefTemplate t = BriefTemplateLoader.load(Path.of("templates/executive.yaml"));
        assertTrue(t.listsCitedOnly());
        assertEquals(
                new Section.Topics(
                        2,
                        1,
                        1,
                        "{label}: {articles} ({share}). {partners}",
                        "Named with it most often: {actors}.",
                        ""),
                t.sections().get(2));
        assertEquals(TemplateSchema.PER_FINDING, t.evidencePerFinding());
    }

    @Test
    void buildsTheRecordOfEachKindWithItsSettings() throws IOException {
        BriefTemplate t =
                BriefTemplateLoader.load(
                        write(
                                """
                title: "A brief"
                sections:
                  - kind: key-findings
                    heading: "Bottom line"
                  - kind: changes
                    heading: "Changes"
                    intro: "Since {generated}."
                  - kind: topics
                    areas: 1
                    paragraph: "{label} in {articles}."
                  - kind: figure
                    chart: actor-area
                    heading: "Who with what"
                    title: "Actors by area"
                    caption: "{rows} by {columns}"
                    rows: 6
                  - kind: methodology
                    heading: "Method"
                    paragraphs: ["Read {articles}.", "Version {version}."]
                  - kind: evidence
                    heading: "Evidence"
                    per_finding: 2
                  - kind: codebook
                    heading: "Codebook"
                    intro: "{entries} entries"
                    terms: 5
                  - kind: sources
                    heading: "Sources"
                """));
        assertEquals(
                List.of(
                        new Section.KeyFindings("Bottom line"),
                        new Section.Changes("Changes", "Since {generated}."),
                        new Section.Topics(1, 2, 3, "{label} in {articles}.", "", ""),
                        new Section.Figure(
                                ChartKind.ACTOR_AREA,
                                "Who with what",
                                "Actors by area",
                                "{rows} by {columns}",
                                "",
                                15,
                                6,
                                8,
                                5),
                        new Section.Methodology(
                                "Method", List.of("Read {articles}.", "Version {version}.")),
                        new Section.Evidence("Evidence", "", 2),
                        new Section.Codebook("Codebook", "{entries} entries", 5),
                        new Section.Sources("Sources", SourceListing.ALL)),
                t.sections());
        assertEquals(2, t.evidencePerFinding());
        assertEquals(TemplateSchema.PER_FINDING, t.mostShown());
        assertTrue(t.placesChanges());
        assertTrue(!t.listsCitedOnly());
    }

    @Test
    void everySectionRecordCarriesExactlyTheKeysItsKindTakes() throws IOException {
        // one section of each kind with every key given a value of its own
        StringBuilder yaml = new StringBuilder("title: x\nsections:\n");
        int number = 11;
        for (SectionKind kind : SectionKind.values()) {
            TemplateSchema.SectionSchema schema = TemplateSchema.of(kind);
            yaml.append("  - kind: ").append(kind.key()).append('\n');
            for (String key : schema.sentences().keySet()) {
                yaml.append("    %s: \"s-%s\"\n".formatted(key, key));
            }
            for (var choice : schema.choices().entrySet()) {
                List<String> allowed = choice.getValue().allowed();
                yaml.append("    %s: %s\n".formatted(choice.getKey(), allowed.getLast()));
            }
            for (String key : schema.numbers().keySet()) {
                yaml.append("    %s: %d\n".formatted(key, number++));
            }
            if (schema.paragraphs()) {
                yaml.append("    paragraphs: [\"p-paragraph\"]\n");
            }
        }
        BriefTemplate t = BriefTemplateLoader.load(write(yaml.toString()));
        assertEquals(
                List.of(SectionKind.values()), t.sections().stream().map(Section::kind).toList());
        number = 11;
        for (Section s : t.sections()) {
            TemplateSchema.SectionSchema schema = TemplateSchema.of(s.kind());
            String shown = s.toString();
            for (String key : schema.sentences().keySet()) {
                assertTrue(shown.matches(".*=s-" + key + "[,\\]].*"), key + " lost in " + shown);
            }
            for (int i = 0; i < schema.numbers().size(); i++) {
                int n = number++;
                assertTrue(shown.matches(".*=" + n + "[,\\]].*"), n + " lost in " + shown);
            }
            if (schema.paragraphs()) {
                assertTrue(shown.contains("[p-paragraph]"), shown);
            }
            assertEquals(
                    schema.allKeys().size() - 1, // all but 'kind'
                    s.getClass().getRecordComponents().length,
                    "the keys of " + s.kind() + " and the components of " + shown);
        }
        Section.Figure figure = (Section.Figure) t.sections().get(SectionKind.FIGURE.ordinal());
        assertEquals(ChartKind.TIMELINE, figure.chart());
        Section.Sources sources = (Section.Sources) t.sections().getLast();
        assertEquals(SourceListing.CITED, sources.list());
    }

    @Test
    void everyKindRoundTripsThroughItsYamlName() {
        assertRoundTrips(SectionKind.class);
        assertRoundTrips(ChartKind.class);
        assertRoundTrips(FindingKind.class);
        assertRoundTrips(SourceListing.class);
    }

    private static <E extends Enum<E> & TemplateKey> void assertRoundTrips(Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            assertEquals(constant, TemplateKey.parse(type, constant.key()).orElseThrow());
            assertTrue(constant.key().matches("[a-z]+(-[a-z]+)*"), constant.key());
        }
        assertEquals(
                type.getEnumConstants().length,
                TemplateKey.keys(type).stream().distinct().count(),
                type + " spells two constants alike");
        assertTrue(TemplateKey.parse(type, "no-such-name").isEmpty());
    }

    @Test
    void anUnknownKindIsRefusedWithTheAllowedNames() throws IOException {
        Path file =
                write(
                        """
                title: x
                key_findings:
                  - id: best-area
                    text: "x"
                sections:
                  - kind: appendix
                  - kind: figure
                    chart: pie
                  - kind: sources
                    list: some
                  - kind: figure
                    heading: "No chart"
                  - heading: "No kind"
                """);
        List<String> p =
                assertThrows(TemplateException.class, () -> BriefTemplateLoader.load(file))
                        .problems();
        assertEquals(
                List.of(
                        file
                                + ":3:9: error: unknown key finding 'best-area'; known: "
                                + String.join(", ", TemplateKey.keys(FindingKind.class)),
                        file
                                + ":6:11: error: unknown section kind 'appendix'; known: "
                                + "key-findings, changes, topics, figure, methodology, evidence,"
                                + " codebook, sources",
                        file
                                + ":8:12: error: 'pie' is not one of areas, themes, actors,"
                                + " actor-area, timeline",
                        file + ":10:11: error: 'some' is not one of all, cited",
                        file
                                + ":11:5: error: a 'figure' section needs 'chart:', one of areas,"
                                + " themes, actors, actor-area, timeline",
                        file
                                + ":13:5: error: a section needs 'kind:'; known: key-findings,"
                                + " changes, topics, figure, methodology, evidence, codebook,"
                                + " sources"),
                p);
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumn() throws IOException {
        Path file =
                write(
                        """
                title: "A brief"
                subtitle: "On {nothing}"
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
        assertEquals(6, p.size(), String.join("\n", p));
        assertTrue(p.get(0).startsWith(file + ":3:1: error: unknown key 'colour'"), p.get(0));
        assertTrue(p.get(1).startsWith(file + ":6:11: error: unknown name {nonsense}"), p.get(1));
        assertTrue(p.get(2).startsWith(file + ":7:9: error: unknown key finding 'made-up'"));
        assertTrue(p.get(3).startsWith(file + ":11:12: error: 'pie' is not one of"), p.get(3));
        assertTrue(
                p.get(4).startsWith(file + ":13:11: error: unknown section kind 'apendix'"),
                p.get(4));
        assertTrue(p.get(5).startsWith(file + ":2:11: error: unknown name {nothing}"), p.get(5));
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

    private static long countOf(String text, String part) {
        return (text.length() - text.replace(part, "").length()) / part.length();
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("brief.yaml"), yaml);
    }
}
