package org.alliancebrief.corpus;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one input file into an {@link Article}, or says why it was skipped. Stateless and
 * thread-safe.
 */
public final class CorpusReader {
    private static final Set<String> EXTENSIONS =
            Set.of("txt", "md", "markdown", "text", "html", "htm");
    private static final long MAX_BYTES = 50L * 1024 * 1024;

    private final ArticleParser parser = new ArticleParser();

    /** Reads {@code file}, found under {@code root}; never throws for a bad file. */
    public Loaded read(Path root, Path file) {
        String name = relativeName(root, file);
        if (!EXTENSIONS.contains(extension(file))) {
            return new Skipped(name, "not a .txt, .md or .html file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // never opened: reading a named pipe or a device may wait for ever
            return new Skipped(name, "not a regular file (a named pipe, socket or device)");
        }
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return new Skipped(name, "larger than 50 MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            return new Skipped(name, "cannot read: " + reason(e));
        }
        return parse(name, bytes);
    }

    /** The article in {@code bytes} of a file named {@code name}, or why it is none. */
    public Loaded parse(String name, byte[] bytes) {
        TextDecoder.Decoded decoded = TextDecoder.read(bytes);
        if (decoded == null) {
            return new Skipped(name, "binary file");
        }
        String text = decoded.text();
        if (text.isBlank()) {
            return new Skipped(name, "empty file");
        }
        Article article = parser.parse(name, text);
        if (article.text().isBlank()) {
            return new Skipped(name, "no article text (only page furniture, dates or captions)");
        }
        Optional<String> notArticle = ProseCheck.whyNot(article);
        if (notArticle.isPresent()) {
            return new Skipped(name, notArticle.get());
        }
        article = article.withLanguage(LanguageGuess.standard().of(article.text()));
        if (decoded.badBytes() > 0) {
            article =
                    article.withNote(
                            "%d byte%s not valid UTF-8, read as \uFFFD"
                                    .formatted(
                                            decoded.badBytes(),
                                            decoded.badBytes() == 1 ? "" : "s"));
        }
        return article;
    }

    /** Whether a file of this name is read as an article (by its extension). */
    public static boolean readsAsArticle(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /** {@code file} relative to {@code root}, with '/' separators whatever the platform. */
    static String relativeName(Path root, Path file) {
        Path relative;
        try {
            relative = root.relativize(file);
        } catch (IllegalArgumentException e) {
            relative = file; // not under root: name it as given
        }
        if (relative.toString().isEmpty() || relative.startsWith("..")) {
            relative = file.getFileName() == null ? file : file.getFileName();
        }
        StringBuilder out = new StringBuilder();
        for (Path part : relative) {
            if (!out.isEmpty()) {
                out.append('/');
            }
            out.append(part);
        }
        return out.toString();
    }

    private static String extension(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String reason(Exception e) {
        // File-system exceptions carry only the path as message; say what went wrong instead.
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
