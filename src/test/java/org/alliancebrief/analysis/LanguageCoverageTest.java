package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article in a language the codebook does not cover keeps its record but is not counted. */
class LanguageCoverageTest {
    @TempDir Path root;

    private ArticleFindings analyse(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Codebook codebook = CodebookLoader.load(Path.of("templates/codebook.yaml"));
        Article a = assertInstanceOf(Article.class, new CorpusReader().read(root, file));
        return new ArticleAnalyser(codebook).analyse(a);
    }

    @Test
    void frenchArticleIsKeptButNotCounted() throws IOException {
        ArticleFindings f =
                analyse(
                        "fr.txt",
                        "L'OTAN et l'UE renforcent leur coopération\n\n"
                                + "Les ministres de la Défense de l'Union européenne se sont réunis jeudi à Bruxelles pour"
                                + " discuter de la coopération avec l'OTAN et de la mobilité militaire.\n");
        assertEquals("fr", f.language());
        assertFalse(f.covered());
        assertFalse(f.counted());
    }

    @Test
    void englishArticleIsCounted() throws IOException {
        ArticleFindings f =
                analyse(
                        "en.txt",
                        "NATO and EU step up cooperation\n\n"
                                + "The defence ministers of the European Union met in Brussels on Thursday to discuss"
                                + " cooperation with NATO and military mobility.\n");
        assertEquals("en", f.language());
        assertTrue(f.counted());
    }
}
