package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The jar run from a folder other than the repository: paths mean that folder. */
class WorkingFolderIT {
    private static final Path JAR = Path.of("target/alliance-brief.jar").toAbsolutePath();

    @TempDir Path work;

    record Result(int status, String out, String err) {}

    private Result run(Path java, String... args) throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                java.toString(),
                                "-Djava.awt.headless=true",
                                "-jar",
                                JAR.toString()));
        command.addAll(List.of(args));
        File out = work.resolve(".stdout").toFile();
        File err = work.resolve(".stderr").toFile();
        Process p =
                new ProcessBuilder(command)
                        .directory(work.toFile())
                        .redirectOutput(out)
                        .redirectError(err)
                        .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "run timed out");
        return new Result(
                p.exitValue(), Files.readString(out.toPath()), Files.readString(err.toPath()));
    }

    private static Path currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    @Test
    @Timeout(180)
    void relativePathsMeanTheWorkingFolderAndDefaultsComeFromTheInstallation() throws Exception {
        Path articles = Files.createDirectories(work.resolve("articles"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
        Result r =
                run(currentJava(), "--quiet", "--input", "./articles", "--output", "./out/w47.pdf");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(work.resolve("out/w47.pdf")) > 10_000);
        assertTrue(Files.size(work.resolve("out/w47.json")) > 1_000);
        assertFalse(Files.exists(Path.of("out/w47.pdf")), "wrote into the repository");
        org.alliancebrief.render.json.DataFileSchema.check(work.resolve("out/w47.json"));
        assertEquals(
                List.of(
                        "./out/w47.pdf",
                        "./out/w47.json",
                        "./out/articles.csv",
                        "./out/counts.csv",
                        "./out/quotes.csv"),
                r.out().lines().toList());
    }

    @Test
    @Timeout(60)
    void anOldJavaSaysInOneLineWhatItNeeds() throws Exception {
        Path old = Path.of("/usr/lib/jvm/java-17-openjdk-amd64/bin/java");
        Assumptions.assumeTrue(Files.isExecutable(old), "no Java 17 installed to try with");
        Result r = run(old, "--help");
        assertEquals(69, r.status());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("needs Java 21"), r.err());
        assertEquals("", r.out());
    }
}
