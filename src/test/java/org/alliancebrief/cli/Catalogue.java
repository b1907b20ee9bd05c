package org.alliancebrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The bad-input catalogue: one folder per case under {@code src/test/resources/catalogue}, each
 * with its input files and a {@code case.properties} that says how to run it and what must come
 * out. Keys (only {@code exit} is required):
 *
 * <pre>
 * args      the command line; {case} is the case's copied folder, {out} the output folder,
 *           {repeat:N:TEXT} TEXT N times ("\s" for a space). Without --input the case's in/
 *           folder is read; without --output the PDF goes to {out}/brief.pdf
 * exit      the expected exit status
 * stderr    words the standard error must contain, separated by " | "
 * stdout    paths (default: the files written, one a line; nothing on failure), json (the data
 *           file), pdf (a PDF), contains:TEXT
 * articles  corpus.articles in the data file;   skipped  files that corpus.skipped names (", ")
 * setup     "; "-separated steps before the run: fifo:P, link:P=TARGET, sparse:P=BYTES,
 *           repeat:P=N:TEXT (a file of TEXT N times), copy:P=FILE (from the project),
 *           chmod:P=rwx------, tmpfs:P=SIZE (a small file system)
 * special   paths that must still be what they were (a device, a pipe, a link) after the run
 * maxjson   the data file's size limit in bytes
 * via       main (default: in-process, fast) or jar (a process, as users run it)
 * timeout   seconds (default 60); signal  TERM:MILLIS stops the process after MILLIS
 * needs     nonroot, setpriv, mkfifo or tmpfs: skipped with the reason where the machine has not
 * user      a uid the jar runs as when the tests run as root (who reads every file), so that
 *           permission cases are real there too
 * disabled  a reason to skip the case for now
 * </pre>
 *
 * Every run also checks that nothing was lost: the inputs keep their bytes, the earlier outputs in
 * {out} are intact when the run fails, no temporary file is left anywhere.
 */
final class Catalogue {
    static final Path ROOT = Path.of("src/test/resources/catalogue");

    /** The catalogue must not shrink without anyone noticing. */
    static final int MIN_CASES = 50;

    private Catalogue() {}

    /** One case: its folder and its expectations. */
    record Case(String name, Path folder, Properties expect) {
        String get(String key, String otherwise) {
            return expect.getProperty(key, otherwise).strip();
        }

        int exit() {
            return Integer.parseInt(get("exit", "-1"));
        }

        boolean viaJar() {
            return get("via", "main").equals("jar");
        }

        List<String> list(String key, String separator) {
            String value = get(key, "");
            return value.isEmpty()
                    ? List.of()
                    : Arrays.stream(value.split(separator))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every case folder, sorted; a folder without {@code case.properties} is an error. */
    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> folders = Files.list(ROOT)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path file = folder.resolve("case.properties");
                if (!Files.isRegularFile(file)) {
                    throw new IllegalStateException(
                            "catalogue case "
                                    + folder.getFileName()
                                    + " has no case.properties: every case says what it expects");
                }
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(file)) {
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
                if (!p.containsKey("exit")) {
                    throw new IllegalStateException(
                            "catalogue case "
                                    + folder.getFileName()
                                    + ": case.properties has no 'exit'");
                }
                cases.add(new Case(folder.getFileName().toString(), folder, p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
