package org.alliancebrief.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.analysis.ArticleAnalyser;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.BriefBuilder;
import org.alliancebrief.brief.template.BriefTemplate;
import org.alliancebrief.brief.template.BriefTemplateLoader;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.ArticleParser;
import org.alliancebrief.render.json.BriefJsonWriter;

/**
 * Any text as an article, analysed with the real codebook and written as the data file: no
 * exception, and JSON that parses with its schema and one article. Seeds in {@code
 * AnalysisFuzzTestInputs}.
 */
class AnalysisFuzzTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));
    private static final BriefTemplate TEMPLATE =
            BriefTemplateLoader.load(Path.of("templates/brief.yaml"));
    private static final ArticleAnalyser ANALYSER = new ArticleAnalyser(CODEBOOK);
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "10m")
    void anyTextIsAnalysedAndWrittenAsValidJson(String text) throws IOException {
        if (text == null || text.isBlank()) {
            return; // the corpus stage skips these before analysis
        }
        Article article = new ArticleParser().parse("fuzz.txt", text);
        if (article.text().isBlank()) {
            return;
        }
        ArticleFindings findings = ANALYSER.analyse(article);
        Brief brief =
                new BriefBuilder(CODEBOOK, TEMPLATE, "fuzz")
                        .build(
                                List.of(findings),
                                CorpusSummary.of(findings),
                                List.of(),
                                LocalDate.of(2026, 1, 1),
                                Optional.empty());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefJsonWriter().write(brief, out);
        JsonNode data = JSON.readTree(out.toByteArray());
        assertEquals(BriefJsonWriter.SCHEMA, data.path("schema").asText());
        assertEquals(1, data.path("corpus").path("articles").asInt());
    }
}
