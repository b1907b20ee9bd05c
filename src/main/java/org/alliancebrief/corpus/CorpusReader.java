package org.alliancebrief.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads one article file: UTF-8 with or without a byte-order mark, UTF-16 with one, or
 * Windows-1252; plain text, Markdown or HTML. A file that is no article (empty, binary, too large,
 * another kind) comes back {@link Skipped} with the reason, never as an exception. Stateless and
 * thread-safe.
 */
public final class CorpusReader {
    /** Larger files are not news articles; reading them would only cost memory. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final Set<String> TEXT = Set.of("txt", "text", "md", "markdown");
    private static final Set<String> HTML = Set.of("html", "htm");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ArticleParser parser = new ArticleParser();
    private final HtmlText html = new HtmlText();

    /** Reads {@code file}, named in the result by its path relative to {@code root}. */
    public Loaded read(Path root, Path file) {
        String name = relative(root, file);
        String ext = extension(file);
        if (!TEXT.contains(ext) && !HTML.contains(ext)) {
            return new Skipped(name, "not a .txt, .md or .html file");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Skipped(name, "larger than %d MB".formatted(MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return new Skipped(name, "cannot read: " + reason(e));
        }
        String text = decode(bytes);
        if (text == null) {
            return new Skipped(name, "binary file");
        }
        if (text.isBlank()) {
            return new Skipped(name, "empty file");
        }
        if (HTML.contains(ext)) {
            text = html.toText(text);
        } else if (ext.startsWith("m")) {
            text = MarkdownText.toText(text);
        }
        Article article = parser.parse(name, text);
        if (article.paragraphs().size() < 2) {
            return new Skipped(name, "no article text (only a title or page furniture)");
        }
        return article;
    }

    /** The text of {@code bytes}, or null when they are not text. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        if (binary(bytes, from)) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, from, bytes.length - from, WINDOWS_1252);
        }
    }

    /** NUL bytes, or many control characters, in the first 8 KB: not a text file. */
    private static boolean binary(byte[] bytes, int from) {
        int end = Math.min(bytes.length, from + 8192);
        int control = 0;
        for (int i = from; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > (end - from) / 20 + 1;
    }

    private static String relative(Path root, Path file) {
        Path rel;
        try {
            rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            rel = file.getFileName();
        }
        return rel.toString().replace('\\', '/');
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName().replace("Exception", "").replaceAll("(?<=.)(\\p{Lu})",
                " $1").toLowerCase(Locale.ROOT) + (m == null ? "" : " (" + m + ")");
    }
}
