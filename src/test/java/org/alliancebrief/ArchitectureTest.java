package org.alliancebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The pipeline's dependencies point one way: cli, render, brief, analysis, codebook/corpus. */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/alliancebrief");
    private static final Pattern IMPORT = Pattern.compile(
            "^import (?:static )?(org\\.alliancebrief\\.[a-z]+|org\\.openpdf|org\\.jfree"
                    + "|org\\.apache\\.commons\\.cli)", Pattern.MULTILINE);
    private static final Pattern FORBIDDEN_CALL = Pattern.compile(
            "System\\.(out|err|exit|getenv)|LocalDate\\.now|Instant\\.now");

    /** What each package may import of the project and of the layout libraries. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "corpus", Set.of(),
            "codebook", Set.of(),
            "analysis", Set.of("corpus", "codebook"),
            "brief", Set.of("analysis", "codebook", "corpus"),
            "render", Set.of("brief", "analysis", "codebook", "corpus", "render", "org.openpdf",
                    "org.jfree"),
            "cli", Set.of("corpus", "codebook", "analysis", "brief", "render",
                    "org.apache.commons.cli"));

    @Test
    void importsPointDownThePipelineOnly() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            String code = Files.readString(file);
            Matcher m = IMPORT.matcher(code);
            while (m.find()) {
                String target = m.group(1).startsWith("org.alliancebrief.")
                        ? m.group(1).substring("org.alliancebrief.".length()) : m.group(1);
                if (!target.equals(pkg) && !ALLOWED.get(pkg).contains(target)) {
                    wrong.add(MAIN.relativize(file) + " imports " + m.group(1));
                }
            }
            if (!pkg.equals("cli") && FORBIDDEN_CALL.matcher(code).find()) {
                wrong.add(MAIN.relativize(file) + " uses the clock, the environment or the "
                        + "standard streams; only cli may");
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
            assertTrue(files.size() > 20, "no sources found under " + MAIN);
            return files;
        }
    }
}
