package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files: encodings, line endings, formats, and files that are no article. */
class CorpusReaderTest {
    private static final String ARTICLE = "NATO and the EU meet\r\n\r\n"
            + "Ministers said the \u201cpartnership is stronger\u201d, caf\u00e9 talks aside.\r\n";

    @TempDir
    Path dir;

    private Loaded read(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return new CorpusReader().read(dir, file);
    }

    private Article article(String name, byte[] bytes) throws IOException {
        return assertInstanceOf(Article.class, read(name, bytes));
    }

    @Test
    void readsUtf8WithAndWithoutBomAndWindows1252Alike() throws IOException {
        byte[] utf8 = ARTICLE.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xef;
        bom[1] = (byte) 0xbb;
        bom[2] = (byte) 0xbf;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] cp1252 = ARTICLE.getBytes(Charset.forName("windows-1252"));
        String expected = article("a.txt", utf8).text();
        assertEquals(expected, article("b.txt", bom).text());
        assertEquals(expected, article("c.txt", cp1252).text());
        assertTrue(expected.contains("\u201cpartnership is stronger\u201d, caf\u00e9"));
        assertEquals("NATO and the EU meet", article("b.txt", bom).title());
    }

    @Test
    void readsOldMacLineEndings() throws IOException {
        Article a = article("mac.txt", ARTICLE.replace("\r\n", "\r").getBytes(StandardCharsets.UTF_8));
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void namesFilesRelativeToTheirInputWithForwardSlashes() throws IOException {
        assertEquals("2024/05/a.txt", article("2024/05/a.txt",
                ARTICLE.getBytes(StandardCharsets.UTF_8)).file());
    }

    @Test
    void skipsEmptyBinaryAndOtherFilesWithAReason() throws IOException {
        assertEquals("empty file", ((Skipped) read("e.txt", "  \n\n".getBytes())).reason());
        assertEquals("binary file", ((Skipped) read("b.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 1}))
                .reason());
        assertEquals("not a .txt, .md or .html file", ((Skipped) read("x.pdf",
                "%PDF-1.7".getBytes())).reason());
        assertTrue(((Skipped) read("t.txt", "Just a title\n".getBytes())).reason()
                .startsWith("no article text"));
    }

    @Test
    void readsHtmlWithoutNavigationScriptsOrFooters() throws IOException {
        String html = """
                <html><head><title>Site | EU and NATO</title>
                <meta property="article:published_time" content="2023-01-10T09:00:00Z">
                <script>var x = "Subscribe";</script></head>
                <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <article><h1>EU and NATO sign third joint declaration</h1>
                <p>The EU and NATO signed a joint declaration on Tuesday.</p>
                <figure><img src="a.jpg"><figcaption>Leaders sign the text.</figcaption></figure>
                <p>"We will take our partnership to a new level," Stoltenberg said.</p></article>
                <footer>Cookie settings. All rights reserved.</footer></body></html>
                """;
        Article a = article("p.html", html.getBytes(StandardCharsets.UTF_8));
        assertEquals("EU and NATO sign third joint declaration", a.title());
        assertEquals(3, a.paragraphs().size());
        assertFalse(a.text().contains("Home"));
        assertFalse(a.text().contains("Cookie"));
        assertFalse(a.text().contains("Leaders sign"));
        assertTrue(a.meta().stream().anyMatch(m -> m.text().equals(
                "Published: 2023-01-10T09:00:00Z") && m.placement() == MetaLine.Placement.HEADER));
    }

    @Test
    void readsMarkdownWithoutMarkup() throws IOException {
        String md = """
                # Allies *agree* on **mobility**

                Read the [declaration](https://example.org/d) here: ministers agreed on \
                __military mobility__.

                > "We must move faster," the minister said.
                """;
        Article a = article("m.md", md.getBytes(StandardCharsets.UTF_8));
        assertEquals("Allies *agree* on mobility", a.title());
        assertTrue(a.text().contains("Read the declaration here: ministers agreed on military "
                + "mobility."), a.text());
        assertTrue(a.text().contains("\"We must move faster,\" the minister said."));
    }
}
