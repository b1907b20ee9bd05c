package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Listing the inputs: every file once, and every file left out named with its reason. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CorpusWalkerTest {
    @TempDir Path dir;

    private final List<Skipped> skipped = new ArrayList<>();

    private Path article(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "NATO and the EU met.\n");
    }

    private static void mkfifo(Path fifo) throws Exception {
        Assumptions.assumeTrue(
                new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is not available");
    }

    @Test
    void pipesBrokenLinksAndLoopsAreSkippedWithTheirReason() throws Exception {
        Path a = article("a.txt");
        mkfifo(dir.resolve("pipe.txt"));
        Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("gone.txt"));
        Files.createSymbolicLink(dir.resolve("self.txt"), dir.resolve("self.txt"));
        Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(dir.resolve("sub/up"), dir);
        List<Path> files = new CorpusWalker().files(dir, skipped);
        assertEquals(List.of(a), files);
        assertEquals(
                List.of(
                        new Skipped("broken.txt", "broken symbolic link: its target is missing"),
                        new Skipped(
                                "pipe.txt", "not a regular file (a named pipe, socket or device)"),
                        new Skipped("self.txt", "symbolic link loop"),
                        new Skipped("sub/up", "symbolic link loop: a folder that contains itself")),
                skipped);
    }

    @Test
    void aPipeGivenAsInputIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("input.txt");
        mkfifo(fifo);
        assertEquals(List.of(), new CorpusWalker().files(fifo, skipped));
        assertEquals(
                List.of(
                        new Skipped(
                                "input.txt",
                                "not a regular file (a named pipe, socket or device)")),
                skipped);
        assertEquals(
                "not a regular file (a named pipe, socket or device)",
                ((Skipped) new CorpusReader().read(dir, fifo)).reason());
    }

    @Test
    void aFolderAndAFileInsideItAreReadOnce() throws IOException {
        Path a = article("a.txt");
        Path b = article("sub/b.txt");
        CorpusWalker walker = new CorpusWalker();
        assertEquals(List.of(a, b), walker.files(dir, skipped));
        assertEquals(List.of(), walker.files(b, skipped));
        assertEquals(List.of(), walker.files(dir.resolve("sub/../a.txt"), skipped));
        assertEquals(List.of(), skipped);
    }

    @Test
    void aLinkedFolderIsFollowedAndHiddenFilesLeftOut() throws IOException {
        Path other = Files.createDirectories(dir.resolve(".elsewhere"));
        Files.writeString(other.resolve("c.txt"), "NATO met.\n");
        Path main = Files.createDirectories(dir.resolve("main"));
        Files.createSymbolicLink(main.resolve("linked"), other);
        Files.writeString(main.resolve(".hidden.txt"), "x");
        assertEquals(
                List.of(main.resolve("linked/c.txt")), new CorpusWalker().files(main, skipped));
        assertEquals(List.of(), skipped);
    }

    @Test
    void anUnreadableSubfolderIsSkippedWithAWarningNotAFailure() throws IOException {
        Assumptions.assumeFalse(
                "root".equals(System.getProperty("user.name")),
                "root reads every folder: permissions cannot be tested as root");
        Path a = article("a.txt");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.writeString(locked.resolve("b.txt"), "x");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assertEquals(List.of(a), new CorpusWalker().files(dir, skipped));
            assertEquals(
                    List.of(new Skipped("locked", "cannot read folder: permission denied")),
                    skipped);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
