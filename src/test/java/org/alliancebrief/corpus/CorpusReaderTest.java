package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancebrief.corpus.MetaLine.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    private static final String STORY =
            "NATO and EU agree\n\nThe allies met in Brussels on Tuesday.\n";

    @TempDir Path root;

    private final CorpusReader reader = new CorpusReader();

    private Loaded read(String name, byte[] bytes) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return reader.read(root, file);
    }

    private Article article(String name, byte[] bytes) throws IOException {
        return assertInstanceOf(Article.class, read(name, bytes));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8AndNamesFileRelativeToRootWithSlashes() throws IOException {
        Article a = article("2021/june/story.txt", utf8(STORY));
        assertEquals("2021/june/story.txt", a.file());
        assertEquals("NATO and EU agree", a.title());
        assertEquals("NATO and EU agree\n\nThe allies met in Brussels on Tuesday.", a.text());
    }

    @Test
    void stripsUtf8ByteOrderMark() throws IOException {
        byte[] body = utf8(STORY);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("NATO and EU agree", article("bom.txt", withBom).title());
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws IOException {
        byte[] body = STORY.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        assertEquals("NATO and EU agree", article("utf16.txt", withBom).title());
    }

    @Test
    void fallsBackToWindows1252ForCurlyQuotesAndAccents() throws IOException {
        byte[] cp1252 =
                "Caf\u00e9 summit\n\n\u201cWe agree,\u201d the minister said.\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertTrue(
                new String(cp1252, StandardCharsets.ISO_8859_1).contains("\u0093We agree,\u0094"));
        Article a = article("old.txt", cp1252);
        assertEquals("Café summit", a.title());
        assertEquals("\u201cWe agree,\u201d the minister said.", a.sentence(1));
    }

    @Test
    void acceptsWindowsAndOldMacLineEndings() throws IOException {
        Article crlf = article("crlf.txt", utf8(STORY.replace("\n", "\r\n")));
        Article cr = article("cr.txt", utf8(STORY.replace("\n", "\r")));
        assertEquals("NATO and EU agree\n\nThe allies met in Brussels on Tuesday.", crlf.text());
        assertEquals(crlf.text(), cr.text());
    }

    @Test
    void skipsEmptyAndWhitespaceOnlyFiles() throws IOException {
        assertEquals(new Skipped("empty.txt", "empty file"), read("empty.txt", new byte[0]));
        assertEquals(new Skipped("blank.md", "empty file"), read("blank.md", utf8(" \n\t\r\n")));
    }

    @Test
    void skipsBinaryFiles() throws IOException {
        byte[] bytes = {0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, (byte) 0xFF, 0x00, 0x10};
        assertEquals(new Skipped("scan.txt", "binary file"), read("scan.txt", bytes));
    }

    @Test
    void skipsFilesWithUnknownExtension() throws IOException {
        assertEquals(
                new Skipped("photo.jpg", "not a .txt, .md or .html file"),
                read("photo.jpg", utf8(STORY)));
    }

    @Test
    void acceptsExtensionsInAnyCase() throws IOException {
        assertEquals("NATO and EU agree", article("STORY.TXT", utf8(STORY)).title());
        assertEquals("NATO and EU agree", article("story.Text", utf8(STORY)).title());
    }

    @Test
    void reportsUnreadableFileWithoutThrowing() {
        Loaded loaded = reader.read(root, root.resolve("missing.txt"));
        Skipped skipped = assertInstanceOf(Skipped.class, loaded);
        assertEquals("missing.txt", skipped.file());
        assertEquals("cannot read: no such file", skipped.reason());
    }

    @Test
    void readsHtmlWithoutNavigationFooterOrScripts() throws IOException {
        String html =
                """
                <html><head><title>Allies meet | Example News</title>
                <meta property="article:published_time" content="2021-06-14T09:30:00+02:00">
                <script>var tracking = "Subscribe now";</script><style>p {color: red}</style></head>
                <body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
                <article><h1>NATO and EU pledge closer ties</h1>
                <p>Leaders met in Brussels on Monday.</p>
                <figure><img src="a.jpg"><figcaption>Leaders at the summit.</figcaption></figure>
                <h2>Military mobility</h2>
                <p>They agreed to move troops &amp; equipment faster.</p>
                <ul><li>Cyber defence</li></ul><p>Talks resume in July.</p></article>
                <aside>Most read: other story</aside><footer>All rights reserved. Contact us</footer>
                </body></html>""";
        Article a = article("page.html", utf8(html));
        assertEquals("NATO and EU pledge closer ties", a.title());
        assertEquals(
                "NATO and EU pledge closer ties\n\nLeaders met in Brussels on Monday.\n\n"
                        + "Military mobility\n\nThey agreed to move troops & equipment faster.\n\n"
                        + "Cyber defence\n\nTalks resume in July.",
                a.text().substring(0, a.captions().get(0).start()).strip());
        assertEquals("Leaders at the summit.", a.captions().get(0).of(a.text()));
        assertEquals("2021-06-14T09:30:00+02:00", a.page().date());
        assertEquals("html-meta", a.page().dateSource());
        assertTrue(
                a.meta()
                        .contains(
                                new MetaLine(
                                        "Leaders at the summit.",
                                        Placement.BODY,
                                        MetaLine.Kind.CAPTION)),
                a.meta()::toString);
    }

    @Test
    void takesHtmlTitleFromTitleElementWhenPageHasNoHeading() throws IOException {
        Article a =
                article(
                        "bare.htm",
                        utf8(
                                "<title>Allies meet | Example News</title>"
                                        + "<p>The allies met.</p><p><time datetime=\"2020-02-03\">3 Feb</time></p>"));
        assertEquals("Allies meet", a.title());
        assertEquals("2020-02-03", a.page().date());
    }

    @Test
    void readsMarkdownWithoutMarkup() throws IOException {
        String md =
                """
                # EU and NATO **vow** to cooperate

                > The *joint* declaration was signed in [Brussels](https://example.org/b).
                ![map](map.png)

                ## Next steps

                Talks resume in **July**.
                """;
        Article a = article("notes.md", utf8(md));
        assertEquals("EU and NATO vow to cooperate", a.title());
        assertEquals(
                "EU and NATO vow to cooperate\n\nThe joint declaration was signed in Brussels."
                        + "\n\nNext steps\n\nTalks resume in July.",
                a.text());
        assertFalse(a.text().contains("#"));
    }

    @Test
    void skipsFileOfOnlyFurniture() throws IOException {
        Skipped s =
                assertInstanceOf(
                        Skipped.class,
                        read("menu.txt", utf8("Scroll to Top\nSubscribe to our newsletter\n")));
        assertTrue(s.reason().startsWith("no article text"), s.reason());
    }

    @Test
    void keepsUtf8WithABadByteAsUtf8AndSaysHowManyBytesWereBad() throws IOException {
        byte[] good =
                utf8(
                        "Allies meet\n\n\u201cWe will defend every inch,\u201d the minister said. The caf\u00e9 was full.\n");
        byte[] bad = new byte[good.length + 1];
        int at =
                new String(good, StandardCharsets.UTF_8).indexOf("The caf")
                        + 2; // an ASCII position
        System.arraycopy(good, 0, bad, 0, at);
        bad[at] = (byte) 0x97; // a lone Windows-1252 dash
        System.arraycopy(good, at, bad, at + 1, good.length - at);
        Article a = article("damaged.txt", bad);
        assertTrue(a.text().contains("\u201cWe will defend every inch,\u201d"), a.text());
        assertTrue(a.text().contains("caf\u00e9"), a.text());
        assertTrue(a.text().contains("\uFFFD"), a.text());
        assertEquals(java.util.List.of("1 byte not valid UTF-8, read as \uFFFD"), a.notes());
    }

    @Test
    void tellsTheLanguageOfAnArticle() throws IOException {
        assertEquals(
                "en",
                article(
                                "en.txt",
                                utf8(
                                        "Allies meet\n\nThe defence ministers of the alliance met in"
                                                + " Brussels on Tuesday and agreed to send more troops to the eastern flank.\n"))
                        .language());
        assertEquals(
                "fr",
                article(
                                "fr.txt",
                                utf8(
                                        "Les alli\u00e9s se r\u00e9unissent\n\nLes ministres de la"
                                                + " D\u00e9fense de l'Union europ\u00e9enne se sont r\u00e9unis jeudi \u00e0 Bruxelles pour discuter"
                                                + " de la coop\u00e9ration avec l'OTAN.\n"))
                        .language());
    }

    @Test
    void skipsWhatIsNotAnArticleByAGeneralTestOfItsText() throws IOException {
        Skipped note = assertInstanceOf(Skipped.class, read("todo.txt", utf8("call Anna\n")));
        assertTrue(note.reason().startsWith("not an article"), note.reason());
        String code =
                "int main(void) {\n  for (int i = 0; i < 10; i++) { x[i] = f(i) * 2; }\n"
                        + "  return g(x, 10) + h(&y, 3);\n  if (a[0] == b[1]) { k = {1, 2}; }\n}\n";
        Skipped source = assertInstanceOf(Skipped.class, read("main.txt", utf8(code)));
        assertTrue(source.reason().startsWith("not an article"), source.reason());
    }
}
