package org.alliancebrief.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading templates/codebook.yaml: what a maintainer writes, and the mistakes they make. */
class CodebookLoaderTest {
    @TempDir Path dir;

    private Codebook load(String yaml) throws IOException {
        Path file = dir.resolve("codebook.yaml");
        Files.writeString(file, yaml);
        return CodebookLoader.load(file);
    }

    private List<String> problems(String yaml) {
        return assertThrows(CodebookException.class, () -> load(yaml)).problems();
    }

    private static final String GOOD =
            """
            version: 1
            themes:
              - id: cyber
                label: Cyber
                group: area
                terms: [cyber defence, cyberattack*]
              - id: russia
                label: Russia
                group: theme
                terms: [Russia, Kremlin]
            actors:
              people:
                - {id: jens-stoltenberg, name: Jens Stoltenberg, aliases: [Stoltenberg]}
                - {id: mark-rutte, name: Mark Rutte}
              countries:
                - {id: united-states, name: United States, aliases: [US], metonyms: [Washington]}
            offices:
              - id: nato-secretary-general
                label: NATO Secretary General
                aliases: [secretary general]
                holders:
                  - {person: jens-stoltenberg, from: 2014-10-01, to: 2024-09-30}
                  - {person: mark-rutte, from: 2024-10-01}
            statements:
              - {id: eu-nato-joint-declaration, name: EU-NATO Joint Declaration}
            """;

    @Test
    void loadsThemesActorsOfficesAndStatements() throws IOException {
        Codebook cb = load(GOOD);
        assertEquals(2, cb.themes().size());
        assertEquals(Group.THEME, cb.themes().get(1).group());
        assertEquals(3, cb.actors().size());
        assertEquals(
                ActorKind.COUNTRY, cb.actor(new ActorId("united-states")).orElseThrow().kind());
        Office sg = cb.offices().get(0);
        assertEquals("mark-rutte", sg.holderOn(LocalDate.of(2025, 1, 1)).orElseThrow().value());
        assertEquals(
                "jens-stoltenberg", sg.holderOn(LocalDate.of(2017, 12, 6)).orElseThrow().value());
        assertEquals(1, cb.statements().size());
    }

    @Test
    void readsTheSalienceRuleAndReportsBadWeights() throws IOException {
        Salience s =
                load(GOOD
                                + """
                                        salience:
                                          long_article_sentences: 25
                                          weak_weight: 0.25
                                          list_weight: 0.5
                                          long_article_weight: 2
                                          credit_cues: [Is A Senior Fellow]
                                        """)
                        .salience();
        assertEquals(25, s.longArticleSentences());
        assertEquals(0.25, s.weakWeight());
        assertEquals(2.0, s.longArticleWeight());
        assertTrue(s.credit("Jo Bloggs is a senior fellow at a think tank."));
        assertFalse(s.credit("She is a senior fellowship holder."));
        List<String> bad = problems(GOOD + "salience:\n  weak_weight: 3\n  list_weight: half\n");
        assertEquals(2, bad.size(), bad.toString());
        assertTrue(
                bad.get(0).contains("weak_weight") || bad.get(0).contains("'3'"), bad.toString());
    }

    @Test
    void matchesTermsWithWildcardsHyphensAndSmartCase() throws IOException {
        Codebook cb = load(GOOD);
        assertEquals(3, cb.findThemes("Cyber-defence, cyber defence and cyberattacks.").size());
        assertEquals(0, cb.findThemes("the russian position").size(), "capitals match exactly");
        var hits = cb.findActors("Washington said the US would not; USA Today disagreed.");
        assertEquals(2, hits.size());
        assertTrue(hits.get(0).metonym());
    }

    @Test
    void rejectsCodebookWithDuplicateIds() {
        List<String> p = problems(GOOD.replace("id: russia", "id: cyber"));
        assertEquals(1, p.size());
        assertTrue(
                p.get(0)
                        .matches(
                                ".*codebook.yaml:7:\\d+: error: id 'cyber' is defined twice "
                                        + "\\(first at line 3\\).*"),
                p.get(0));
    }

    @Test
    void reportsEveryProblemWithItsPlace() {
        List<String> p =
                problems(
                        GOOD.replace("group: area", "group: field")
                                .replace("person: mark-rutte", "person: mark-ruttte")
                                .replace("to: 2024-09-30", "to: 2024-13-30")
                                .replace("label: Russia", "lable: Russia"));
        assertEquals(5, p.size(), String.join("\n", p));
        assertTrue(p.stream().anyMatch(s -> s.contains("group 'field' must be 'area' or 'theme'")));
        assertTrue(p.stream().anyMatch(s -> s.contains("unknown key 'lable'")));
        assertTrue(p.stream().anyMatch(s -> s.contains("'label:' is missing")));
        assertTrue(
                p.stream().anyMatch(s -> s.contains("holder 'mark-ruttte' is not a person")),
                String.join("\n", p));
        assertTrue(p.stream().anyMatch(s -> s.contains("'2024-13-30' is not a date")));
    }

    @Test
    void rejectsATermListedUnderTwoEntries() {
        List<String> p =
                problems(
                        GOOD.replace("terms: [Russia, Kremlin]", "terms: [Russia, Cyber-Defence]"));
        assertTrue(
                p.get(0).contains("term 'Cyber-Defence' is also listed under 'cyber'"), p.get(0));
    }

    @Test
    void placesYamlSyntaxErrors() {
        List<String> p = problems("themes:\n  - id: [cyber\n");
        assertTrue(
                p.get(0).matches(".*codebook.yaml:\\d+:\\d+: error: not valid YAML.*"), p.get(0));
    }

    @Test
    void rejectsBadIdsAndEmptyTerms() {
        List<String> p =
                problems(
                        GOOD.replace("id: cyber", "id: Cyber Security")
                                .replace("terms: [Russia, Kremlin]", "terms: []"));
        assertTrue(p.stream().anyMatch(s -> s.contains("must be lower-case words")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("'terms' is empty")), p.toString());
    }
}
