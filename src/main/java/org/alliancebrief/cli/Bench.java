package org.alliancebrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times the whole pipeline on a corpus folder and prints throughput and peak heap, so that speed
 * and memory are measured on real runs rather than asserted in unit tests.
 *
 * <p>Usage: {@code ./brief bench CORPUS [RUNS]}; make a corpus with
 * {@code ../shared/bench/make-corpus /tmp/corpus --articles 2000}. The first run warms the JVM
 * up and is reported apart.
 */
public final class Bench {
    private Bench() {}

    public static void main(String... args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: ./brief bench CORPUS [RUNS]   (RUNS defaults to 3)");
            System.exit(ExitCode.USAGE.value());
        }
        Path corpus = Path.of(args[0]);
        int runs = args.length == 2 ? Integer.parseInt(args[1]) : 3;
        if (!Files.isDirectory(corpus)) {
            System.err.println("bench: no corpus folder at " + corpus);
            System.exit(ExitCode.NO_INPUT.value());
        }
        long bytes;
        long files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = all.stream().mapToLong(p -> p.toFile().length()).sum();
        }
        PrintStream out = System.out;
        out.printf("corpus %s: %d files, %.1f MB; %d cores, max heap %d MB%n", corpus, files,
                bytes / 1e6, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        Path outDir = Files.createTempDirectory("alliance-brief-bench");
        for (int run = 0; run <= runs; run++) {
            resetPeaks();
            Stopwatch stopwatch = new Stopwatch();
            RunConfig config = new RunConfig(List.of(corpus), outDir.resolve("brief.pdf"),
                    outDir.resolve("brief.json"), Path.of("templates/codebook.yaml"),
                    Path.of("templates/brief.yaml"), Optional.empty(), Optional.empty(),
                    Optional.empty(), -1);
            long start = System.nanoTime();
            new BriefRun(config, new Console(System.err, -1), Instant.EPOCH, Main.version(),
                    stopwatch).execute();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("%s %d: %.2f s, %.0f articles/s, %.1f MB/s, peak heap %d MB, PDF %d KB%n",
                    run == 0 ? "warm-up" : "run", run, seconds, files / seconds,
                    bytes / 1e6 / seconds, peakHeapMb(),
                    Files.size(outDir.resolve("brief.pdf")) >> 10);
            for (Map.Entry<String, Long> lap : stopwatch.lapsInOrder().entrySet()) {
                out.printf("    %-32s %8.0f ms%n", lap.getKey(), lap.getValue() / 1e6);
            }
        }
        out.println(org.alliancebrief.codebook.MatcherSpeed.line(
                Path.of("templates/codebook.yaml"), corpus));
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }
}
