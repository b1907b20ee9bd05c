package org.alliancebrief.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.alliancebrief.codebook.CodebookException;
import org.alliancebrief.codebook.CodebookLoader;

/**
 * Any file as codebook: a codebook or a list of placed problems, nothing else. Seeds in {@code
 * CodebookLoaderFuzzTestInputs}.
 */
class CodebookLoaderFuzzTest {
    private static final Path FILE = temp();

    private static Path temp() {
        try {
            Path file = Files.createTempFile("codebook-fuzz", ".yaml");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyFileLoadsOrIsRefusedWithPlacedProblems(byte[] yaml) throws IOException {
        Files.write(FILE, yaml);
        try {
            CodebookLoader.load(FILE);
        } catch (CodebookException e) {
            assertFalse(e.problems().isEmpty());
            for (String problem : e.problems()) {
                assertTrue(problem.startsWith(FILE + ":"), problem);
                assertTrue(problem.contains("error: "), problem);
            }
        }
    }
}
