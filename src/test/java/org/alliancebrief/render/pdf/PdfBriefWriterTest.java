package org.alliancebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.KeyFinding;
import org.alliancebrief.brief.Part;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class PdfBriefWriterTest {
    private static final PdfSettings SETTINGS =
            new PdfSettings(Instant.parse("2026-11-25T00:00:00Z"), "1.0.0");
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    private static final Map<String, Brief> BRIEFS = new LinkedHashMap<>();
    private static final Map<String, byte[]> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void renderFixtures() throws IOException {
        BRIEFS.put("seeds", BriefFixtures.seeds());
        BRIEFS.put("stress", BriefFixtures.stress());
        BRIEFS.put("single", BriefFixtures.single());
        BRIEFS.put("waiting", BriefFixtures.waitingFigure());
        Path samples = Path.of("target", "render-samples");
        Files.createDirectories(samples);
        for (var entry : BRIEFS.entrySet()) {
            byte[] pdf = render(entry.getValue());
            PDFS.put(entry.getKey(), pdf);
            Files.write(samples.resolve(entry.getKey() + ".pdf"), pdf);
        }
    }

    private static byte[] render(Brief brief) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfBriefWriter(SETTINGS).write(brief, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void printsEveryPartHeadingAndKeyFinding() throws IOException {
        for (var entry : BRIEFS.entrySet()) {
            String text = flat(text(PDFS.get(entry.getKey())));
            for (Part part : entry.getValue().parts()) {
                assertTrue(
                        text.contains(part.heading()),
                        entry.getKey() + ": heading " + part.heading());
            }
            for (KeyFinding finding : entry.getValue().keyFindings()) {
                assertTrue(
                        text.contains(finding.text()),
                        entry.getKey() + ": finding " + finding.text());
            }
            assertTrue(text.contains("Generated 25 November 2026"), entry.getKey());
        }
    }

    @Test
    void resolvesEveryCitationToAnEntryOfTheSourceList() throws IOException {
        for (var entry : PDFS.entrySet()) {
            String text = text(entry.getValue());
            int list = text.lastIndexOf("\nSources");
            assertTrue(list > 0, entry.getKey());
            Set<Integer> cited = numbers(text.substring(0, list));
            Set<Integer> listed = new TreeSet<>();
            for (String line : text.substring(list).split("\n")) {
                Matcher m = Pattern.compile("^\\[(\\d+)]").matcher(line.strip());
                if (m.find()) {
                    listed.add(Integer.parseInt(m.group(1)));
                }
            }
            assertFalse(cited.isEmpty(), entry.getKey());
            assertTrue(
                    listed.containsAll(cited),
                    entry.getKey() + ": cited " + cited + " listed " + listed.size());
        }
    }

    @Test
    void linksCitationsToTheSourceList() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PDFS.get("seeds"))) {
            String text = text(PDFS.get("seeds"));
            int sourcesPage = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (stripper.getText(doc).contains("\nSources")) {
                    sourcesPage = p - 1;
                }
            }
            int links = 0;
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link
                            && link.getAction() instanceof PDActionGoTo goTo
                            && goTo.getDestination() instanceof PDPageDestination target) {
                        links++;
                        assertTrue(
                                target.retrievePageNumber() >= sourcesPage,
                                "link to page " + target.retrievePageNumber());
                    }
                }
            }
            assertEquals(numberOfCitations(text), links);
        }
    }

    @Test
    void keepsAShortSourceListWithItsHeadingOnOnePage() throws IOException {
        for (var entry : PDFS.entrySet()) {
            String whole = text(entry.getValue());
            int listed = entries(whole.substring(whole.lastIndexOf("\nSources")));
            if (listed == 0 || listed > 6) {
                continue; // a longer list keeps only its first entries with the heading
            }
            try (PDDocument doc = Loader.loadPDF(entry.getValue())) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSortByPosition(true);
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    String page = stripper.getText(doc);
                    int heading = page.lastIndexOf("\nSources");
                    if (heading >= 0) {
                        assertEquals(
                                listed,
                                entries(page.substring(heading)),
                                entry.getKey() + ": the list's page " + p);
                    }
                }
            }
        }
    }

    private static int entries(String list) {
        int n = 0;
        for (String line : list.split("\n")) {
            if (line.strip().matches("^\\[\\d+].*")) {
                n++;
            }
        }
        return n;
    }

    // Citations printed before the source list: each is a link.
    private static int numberOfCitations(String text) {
        Matcher m = CITATION.matcher(text.substring(0, text.lastIndexOf("\nSources")));
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    @Test
    void footerCountsPages() throws IOException {
        for (var entry : PDFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(entry.getValue())) {
                int pages = doc.getNumberOfPages();
                String text = text(entry.getValue());
                assertTrue(text.contains("Page 1 of " + pages), entry.getKey());
                assertTrue(text.contains("Page " + pages + " of " + pages), entry.getKey());
            }
        }
    }

    @Test
    void embedsEveryFontIncludingThoseInChartForms() throws IOException {
        for (var entry : PDFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(entry.getValue())) {
                List<PDFont> fonts = new ArrayList<>();
                for (PDPage page : doc.getPages()) {
                    collect(page.getResources(), fonts, new ArrayList<>(), 0);
                }
                assertFalse(fonts.isEmpty());
                for (PDFont font : fonts) {
                    assertTrue(font.isEmbedded(), entry.getKey() + ": " + font.getName());
                    assertTrue(font.getName().contains("Liberation"), font.getName());
                }
            }
        }
    }

    @Test
    void drawsChartsAsVectorsWithoutImages() throws IOException {
        for (var entry : PDFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(entry.getValue())) {
                List<PDXObject> images = new ArrayList<>();
                int forms = 0;
                for (PDPage page : doc.getPages()) {
                    forms += collect(page.getResources(), new ArrayList<>(), images, 0);
                }
                assertTrue(images.isEmpty(), entry.getKey() + ": " + images.size() + " images");
                assertTrue(forms > 0, entry.getKey());
            }
        }
    }

    // Fonts and images of a resource dictionary and of the forms it draws; returns forms seen.
    private static int collect(
            PDResources resources, List<PDFont> fonts, List<PDXObject> images, int depth)
            throws IOException {
        if (resources == null || depth > 8) {
            return 0;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        int forms = 0;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) {
                images.add(object);
            } else if (object instanceof PDFormXObject form) {
                forms += 1 + collect(form.getResources(), fonts, images, depth + 1);
            }
        }
        return forms;
    }

    @Test
    void bookmarksEveryPart() throws IOException {
        for (var entry : BRIEFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(PDFS.get(entry.getKey()))) {
                List<String> titles = new ArrayList<>();
                for (PDOutlineItem item :
                        doc.getDocumentCatalog().getDocumentOutline().children()) {
                    titles.add(item.getTitle());
                }
                List<String> headings =
                        entry.getValue().parts().stream().map(Part::heading).toList();
                // a figure may wait for the next page while text overtakes it, so the outline
                // holds every heading, with the figures and the other parts each in their order
                assertEquals(
                        headings.stream().sorted().toList(),
                        titles.stream().sorted().toList(),
                        entry.getKey());
                List<String> figures =
                        entry.getValue().parts().stream()
                                .filter(Part.Figure.class::isInstance)
                                .map(Part::heading)
                                .toList();
                assertEquals(
                        figures,
                        titles.stream().filter(figures::contains).toList(),
                        entry.getKey());
                List<String> others = headings.stream().filter(h -> !figures.contains(h)).toList();
                assertEquals(
                        others, titles.stream().filter(others::contains).toList(), entry.getKey());
            }
        }
    }

    @Test
    void writesMetadataLanguageAndDisplayTitle() throws IOException {
        try (PDDocument doc = Loader.loadPDF(PDFS.get("seeds"))) {
            var info = doc.getDocumentInformation();
            assertEquals("NATO–EU Cooperation in the News", info.getTitle());
            assertEquals("Alliance Brief 1.0.0", info.getCreator());
            assertEquals("NATO, European Union, cooperation, defence", info.getKeywords());
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
            assertEquals(
                    SETTINGS.created().toEpochMilli(), info.getCreationDate().getTimeInMillis());
        }
    }

    @Test
    void conformsToPdfA2u() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (var entry : PDFS.entrySet()) {
            try (PDFAParser parser =
                            Foundries.defaultInstance()
                                    .createParser(
                                            new ByteArrayInputStream(entry.getValue()),
                                            PDFAFlavour.PDFA_2_U);
                    PDFAValidator validator =
                            Foundries.defaultInstance()
                                    .createValidator(PDFAFlavour.PDFA_2_U, false)) {
                ValidationResult result = validator.validate(parser);
                assertTrue(
                        result.isCompliant(),
                        () ->
                                entry.getKey()
                                        + ": "
                                        + result.getTestAssertions().stream()
                                                .filter(
                                                        a ->
                                                                a.getStatus()
                                                                        == TestAssertion.Status
                                                                                .FAILED)
                                                .map(
                                                        a ->
                                                                a.getRuleId().getClause()
                                                                        + "-"
                                                                        + a.getRuleId()
                                                                                .getTestNumber()
                                                                        + " "
                                                                        + a.getMessage())
                                                .distinct()
                                                .collect(Collectors.joining("\n")));
            }
        }
    }

    @Test
    void rendersTheSameBytesTwice() throws IOException {
        for (var entry : BRIEFS.entrySet()) {
            assertArrayEquals(PDFS.get(entry.getKey()), render(entry.getValue()), entry.getKey());
        }
    }

    @Test
    void replacesEmptyTimelineByANote() throws IOException {
        String text = flat(text(PDFS.get("single")));
        assertTrue(text.contains("No figure"), text);
        assertTrue(text.contains("Figure 1."), text);
    }

    @Test
    void placesNoFigureInsideATextSection() throws IOException {
        for (var entry : BRIEFS.entrySet()) {
            String text = flat(text(PDFS.get(entry.getKey())));
            for (Part part : entry.getValue().parts()) {
                if (!(part instanceof Part.Text section)
                        || section.heading().isBlank()
                        || section.paragraphs().isEmpty()) {
                    continue;
                }
                int start = text.indexOf(section.heading());
                String last = section.paragraphs().getLast();
                String lastWords = flat(last.substring(Math.max(0, last.length() - 30))).strip();
                int end = text.indexOf(lastWords, start);
                assertTrue(start >= 0 && end > start, entry.getKey() + ": " + section.heading());
                String inside = text.substring(start, end);
                assertFalse(
                        inside.matches(".*Figure \\d+\\. .*"),
                        entry.getKey() + ": a figure inside section " + section.heading());
            }
        }
    }

    private static Set<Integer> numbers(String text) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = CITATION.matcher(text);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }
}
