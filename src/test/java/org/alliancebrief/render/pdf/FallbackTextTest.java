package org.alliancebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.brief.Brief;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Scripts and emoji outside Liberation Sans are printed in the embedded fallback font. */
class FallbackTextTest {
    private static final String TITLE = "北约与欧盟 NATO حلف الناتو 🤝 한국";

    @Test
    void cjkArabicAndEmojiInATitleAreShownNotDropped() throws IOException {
        Brief single = BriefFixtures.single();
        Brief.Cover c = single.cover();
        Brief brief =
                new Brief(
                        new Brief.Cover(
                                TITLE,
                                c.subtitle(),
                                c.coverage(),
                                c.generated(),
                                c.generatedLabel(),
                                c.parameters()),
                        single.parts(),
                        single.metadata(),
                        single.articles(),
                        single.articlesRead(),
                        single.summary(),
                        single.skipped(),
                        single.keyFindings(),
                        single.themes(),
                        single.run(),
                        single.changes());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBriefWriter(new PdfSettings(Instant.parse("2026-11-25T00:00:00Z"), "1.0.0"))
                .write(brief, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            for (String word : List.of("北约与欧盟", "한국", "🤝")) {
                assertTrue(text.contains(word), word + " missing from: " + text.substring(0, 200));
            }
            assertTrue(text.contains("ن") && text.contains("ل"), "Arabic letters missing");
            List<String> fonts = new ArrayList<>();
            PDPage first = doc.getPage(0);
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                fonts.add(font.getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.contains("nifont")), fonts.toString());
        }
    }
}
