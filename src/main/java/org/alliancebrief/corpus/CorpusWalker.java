package org.alliancebrief.corpus;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files of the inputs to read, each once across all inputs (a folder and a file inside
 * it), following links. What cannot be an article is skipped with a reason the user reads: named
 * pipes and devices (never opened: reading a pipe waits for ever), broken links, link loops,
 * folders that cannot be read. Hidden files and folders are left out without a word.
 */
public final class CorpusWalker {
    private final Set<Path> seen = new HashSet<>();

    /**
     * The files of {@code input} to read, sorted; the ones left out are added to {@code skipped}.
     */
    public List<Path> files(Path input, List<Skipped> skipped) {
        Path root = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        List<Path> files = new ArrayList<>();
        List<Skipped> left = new ArrayList<>();
        if (!Files.isDirectory(input)) {
            visit(root, input, attributes(input), files, left);
        } else {
            walk(input, files, left);
        }
        files.sort(null);
        left.sort((a, b) -> a.file().compareTo(b.file()));
        skipped.addAll(left);
        return files;
    }

    private void walk(Path dir, List<Path> files, List<Skipped> skipped) {
        try {
            Files.walkFileTree(
                    dir,
                    Set.of(FileVisitOption.FOLLOW_LINKS),
                    Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                            return !d.equals(dir) && hidden(d)
                                    ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                            if (!hidden(file)) {
                                visit(dir, file, a, files, skipped);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!hidden(file)) {
                                skipped.add(new Skipped(name(dir, file), failure(file, e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            skipped.add(new Skipped(name(dir, dir), failure(dir, e)));
        }
    }

    private void visit(
            Path root, Path file, BasicFileAttributes a, List<Path> files, List<Skipped> skipped) {
        String name = name(root, file);
        if (a == null || a.isSymbolicLink()) {
            skipped.add(new Skipped(name, brokenLink(file)));
        } else if (a.isOther()) {
            skipped.add(new Skipped(name, "not a regular file (a named pipe, socket or device)"));
        } else if (a.isRegularFile() && seen.add(realPath(file))) {
            files.add(file);
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static String failure(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop: a folder that contains itself";
        }
        if (Files.isSymbolicLink(file)) {
            return brokenLink(file);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "cannot read folder: permission denied";
        }
        return "cannot read: "
                + (e instanceof FileSystemException fse && fse.getReason() != null
                        ? fse.getReason()
                        : e.getClass().getSimpleName());
    }

    private static String brokenLink(Path file) {
        try {
            return "symbolic link to %s, which is not a file".formatted(file.toRealPath());
        } catch (FileSystemException e) {
            String reason = e.getReason() == null ? "" : e.getReason();
            return reason.contains("levels of symbolic links")
                    ? "symbolic link loop"
                    : "broken symbolic link: its target is missing";
        } catch (IOException e) {
            return "broken symbolic link: its target is missing";
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }

    private static String name(Path root, Path file) {
        return CorpusReader.relativeName(root, file);
    }

    private static boolean hidden(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
