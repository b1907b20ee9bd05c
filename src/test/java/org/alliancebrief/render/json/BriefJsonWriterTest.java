package org.alliancebrief.render.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.BriefFixtures;
import org.junit.jupiter.api.Test;

class BriefJsonWriterTest {
    private static byte[] json(Brief brief) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefJsonWriter().write(brief, out);
        return out.toByteArray();
    }

    private final Brief brief = BriefFixtures.brief();

    @Test
    void everyFixtureFollowsTheSchemaInDocs() throws IOException {
        for (Brief b :
                List.of(
                        brief,
                        BriefFixtures.executive(),
                        BriefFixtures.withBaseline(),
                        org.alliancebrief.render.pdf.BriefFixturesAccess.seeds(),
                        org.alliancebrief.render.pdf.BriefFixturesAccess.single(),
                        org.alliancebrief.render.pdf.BriefFixturesAccess.stress())) {
            DataFileSchema.check(new String(json(b), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void numbersAreNumbersAndUnknownIsNull() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(brief));
        JsonNode leading = root.get("key_findings").get(0).get("figures");
        assertTrue(leading.get("area1_share").isNumber(), leading.toString());
        assertTrue(leading.get("articles").isInt(), leading.toString());
        JsonNode undated = root.get("sources").get(4);
        assertTrue(undated.get("published").isNull(), undated.toString());
        assertTrue(root.get("figures").has("areas"), root.get("figures").toString());
        assertEquals(
                "templates/codebook.yaml", root.get("run").get("codebook").get("path").asText());
    }

    @Test
    void changesOnlyWithABaseline() throws IOException {
        assertTrue(new ObjectMapper().readTree(json(brief)).get("changes") == null);
        JsonNode changes =
                new ObjectMapper().readTree(json(BriefFixtures.withBaseline())).get("changes");
        assertEquals(4, changes.get("previous_articles").asInt());
        assertEquals(5, changes.get("current_articles").asInt());
        assertEquals(3, changes.get("new_articles").asInt()); // c, d and e; f is a duplicate
    }

    @Test
    void firstKeyIsTheSchemaAndTopKeysComeInAFixedOrder() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(brief));
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(
                List.of(
                        "schema",
                        "generated",
                        "title",
                        "run",
                        "corpus",
                        "articles",
                        "totals",
                        "key_findings",
                        "figures",
                        "sources"),
                keys);
        assertEquals("alliance-brief/1", root.get("schema").asText());
        assertEquals("2026-11-25", root.get("generated").asText());
    }

    @Test
    void articlesCarryTheSpecFields() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(brief));
        JsonNode a = root.get("articles").get(0);
        assertEquals("a.txt", a.get("file").asText());
        assertEquals("2019-03-01", a.get("published").asText());
        assertEquals("Published 1 March 2019", a.get("published_evidence").asText());
        assertTrue(a.get("duplicate_of").isNull());
        assertEquals("military-mobility", a.get("themes").get(0).get("id").asText());
        assertEquals(2, a.get("themes").get(0).get("mentions").asInt());
        assertEquals("person", a.get("actors").get(0).get("type").asText());
        assertTrue(a.get("actors").get(0).get("in_codebook").asBoolean());
        JsonNode q = a.get("quotes").get(0);
        assertEquals("Jens Stoltenberg", q.get("speaker").asText());
        assertEquals("jens-stoltenberg", q.get("speaker_id").asText());
        JsonNode undated = root.get("articles").get(4);
        assertTrue(undated.get("published").isNull());
        assertTrue(undated.get("published_evidence").isNull());
        assertEquals("d.txt", root.get("articles").get(5).get("duplicate_of").asText());
    }

    @Test
    void totalsAreSortedByArticlesWithShares() throws IOException {
        JsonNode totals = new ObjectMapper().readTree(json(brief)).get("totals");
        assertEquals(5, totals.get("articles").asInt());
        JsonNode first = totals.get("themes").get(0);
        assertEquals("cyber", first.get("id").asText());
        assertEquals(4, first.get("articles").asInt());
        assertEquals(0.8, first.get("share").asDouble());
        assertEquals("area", first.get("group").asText());
    }

    @Test
    void keyFindingsCarryTheirFiguresAndEvidence() throws IOException {
        JsonNode root = new ObjectMapper().readTree(json(brief));
        JsonNode k = root.get("key_findings").get(0);
        assertEquals("leading-areas", k.get("id").asText());
        assertEquals(4, k.get("figures").get("area1_articles").asInt());
        assertTrue(k.get("text").asText().contains("80%"));
        JsonNode evidence = k.get("evidence");
        assertEquals(4, evidence.size());
        java.util.Set<String> named = new java.util.HashSet<>();
        for (JsonNode t : root.get("totals").get("themes")) {
            for (String area : List.of("area1", "area2", "area3")) {
                if (t.get("label").asText().equals(k.get("figures").get(area).asText())) {
                    named.add(t.get("id").asText());
                }
            }
        }
        assertEquals(java.util.Set.of("cyber", "military-mobility", "space"), named);
        for (JsonNode e : evidence) {
            // the fixture's evidence names its theme and file: a named area, in the cited source
            JsonNode source = root.get("sources").get(e.get("source").asInt() - 1);
            assertEquals(e.get("source").asInt(), source.get("number").asInt());
            String sentence = e.get("sentence").asText();
            String file = source.get("file").asText();
            assertTrue(sentence.endsWith(" in " + file + "."), sentence + " cites " + file);
            String theme = sentence.substring("Evidence on ".length(), sentence.indexOf(" in "));
            assertTrue(named.contains(theme), sentence);
        }
    }

    @Test
    void sameBriefGivesSameBytes() throws IOException {
        assertArrayEquals(json(brief), json(BriefFixtures.brief()));
    }
}
