package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped by SIGTERM or Ctrl-C (SIGINT) while writing leaves no temporary file behind. */
class SignalCleanupTest {
    @TempDir Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void sigtermRemovesThePartialFile() throws Exception {
        stopWhileWriting("TERM");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void ctrlCRemovesThePartialFile() throws Exception {
        stopWhileWriting("INT");
    }

    private void stopWhileWriting(String signal) throws Exception {
        Path pdf = dir.resolve("brief.pdf");
        Process p =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-cp",
                                System.getProperty("java.class.path"),
                                SlowWriter.class.getName(),
                                pdf.toString())
                        .redirectErrorStream(true)
                        .start();
        try (BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("writing", out.readLine());
            assertEquals(1, partials().size(), "the temporary file exists while writing");
            assertEquals(
                    0,
                    new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid()))
                            .start()
                            .waitFor());
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(List.of(), partials());
        assertEquals(List.of(), Files.list(dir).toList(), "nothing left, not even the PDF");
    }

    private List<Path> partials() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".partial")).toList();
        }
    }
}
