package org.alliancebrief.codebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures the codebook automaton alone: megabytes of text scanned per CPU second on one thread,
 * over the files of a corpus, so the bench can show the matcher's speed beside the pipeline's.
 */
public final class MatcherSpeed {
    /** Text read from the corpus for the measurement: enough to time, little memory. */
    private static final long MAX_CHARS = 16_000_000;

    private static final int ROUNDS = 3;

    private MatcherSpeed() {}

    /**
     * One line for the bench: phrases, states and MB/s per core of the matcher on {@code corpus}.
     */
    public static String line(Path codebookFile, Path corpus) {
        Codebook codebook = CodebookLoader.load(codebookFile);
        List<String> texts = texts(corpus);
        long chars = texts.stream().mapToLong(String::length).sum();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long hits = 0;
        for (String t : texts) {
            hits += codebook.scan(t).themes().size(); // warm-up
        }
        long start = cpu.getCurrentThreadCpuTime();
        for (int r = 0; r < ROUNDS; r++) {
            for (String t : texts) {
                CodebookHits h = codebook.scan(t);
                hits += h.themes().size() + h.actors().size();
            }
        }
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        double mb = chars * (double) ROUNDS / 1e6;
        return "matcher %s: %.1f MB of text, %.0f MB/s per core (%d hits)"
                .formatted(codebook.matcherSize(), chars / 1e6, mb / Math.max(seconds, 1e-9), hits);
    }

    private static List<String> texts(Path corpus) {
        List<String> texts = new ArrayList<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (total >= MAX_CHARS) {
                    break;
                }
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                texts.add(text);
                total += text.length();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
