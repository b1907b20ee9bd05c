package org.alliancebrief.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Times the whole pipeline on a corpus folder and prints, per stage, wall time, throughput, CPU
 * seconds, peak heap and peak resident memory; where ripgrep is installed, also the time it takes
 * to count every codebook term on the same files, and the ratio of the two speeds. Speed and memory
 * are measured on real runs here rather than asserted in unit tests.
 *
 * <p>Usage: {@code ./brief bench CORPUS [RUNS] [--patterns FILE]}; make a corpus with {@code
 * make-corpus /tmp/corpus --size-mb 100}. The first run warms the JVM up and is reported apart;
 * RUNS 0 runs it alone (for big corpora).
 */
public final class Bench {
    private static final String STAGE = "read and analyse articles";

    private Bench() {}

    public static void main(String... args) throws IOException, InterruptedException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        Optional<Path> patterns =
                option(rest, "--patterns")
                        .map(Path::of)
                        .or(
                                () ->
                                        Optional.of(Path.of("../shared/bench/patterns.txt"))
                                                .filter(Files::isRegularFile));
        if (rest.isEmpty() || rest.size() > 2) {
            System.err.println(
                    "usage: ./brief bench CORPUS [RUNS] [--patterns FILE]"
                            + "   (RUNS defaults to 3)");
            System.exit(ExitCode.USAGE.value());
        }
        Path corpus = Path.of(rest.get(0));
        int runs = rest.size() == 2 ? Integer.parseInt(rest.get(1)) : 3;
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
        out.printf(
                "corpus %s: %d files, %.1f MB; %d cores, max heap %d MB, java %s%n",
                corpus,
                files,
                bytes / 1e6,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.version());
        Path outDir = Files.createTempDirectory("alliance-brief-bench");
        double analyseSeconds = Double.NaN;
        for (int run = 0; run <= runs; run++) {
            Stopwatch stopwatch = new Stopwatch(true);
            RunConfig config =
                    new RunConfig(
                            List.of(corpus),
                            outDir.resolve("brief.pdf"),
                            outDir.resolve("brief.json"),
                            Path.of("templates/codebook.yaml"),
                            Path.of("templates/brief.yaml"),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            -1);
            long start = System.nanoTime();
            long cpu = Stopwatch.cpuNanos();
            new BriefRun(
                            config,
                            new Console(System.err, -1),
                            Instant.EPOCH,
                            Main.version(),
                            stopwatch,
                            BriefRun.ARTICLES_FILE_ABOVE)
                    .execute();
            double seconds = (System.nanoTime() - start) / 1e9;
            Map<String, Stopwatch.Lap> laps = stopwatch.lapsInOrder();
            out.printf(
                    "%s %d: %.2f s, %.0f articles/s, %.1f MB/s, %.1f CPU s, peak heap %d MB,"
                            + " peak RSS %d MB%n",
                    run == 0 ? "warm-up" : "run",
                    run,
                    seconds,
                    files / seconds,
                    bytes / 1e6 / seconds,
                    (Stopwatch.cpuNanos() - cpu) / 1e9,
                    laps.values().stream().mapToLong(Stopwatch.Lap::peakHeap).max().orElse(0) >> 20,
                    laps.values().stream().mapToLong(Stopwatch.Lap::peakRss).max().orElse(0) >> 20);
            out.printf(
                    "    %-28s %9s %9s %9s %8s %9s %9s%n",
                    "stage", "wall ms", "MB/s", "art./s", "CPU s", "heap MB", "RSS MB");
            for (Map.Entry<String, Stopwatch.Lap> e : laps.entrySet()) {
                Stopwatch.Lap lap = e.getValue();
                double s = lap.wallNanos() / 1e9;
                out.printf(
                        "    %-28s %9.0f %9.1f %9.0f %8.1f %9d %9d%n",
                        e.getKey(),
                        s * 1e3,
                        bytes / 1e6 / s,
                        files / s,
                        lap.cpuNanos() / 1e9,
                        lap.peakHeap() >> 20,
                        lap.peakRss() >> 20);
            }
            analyseSeconds = laps.get(STAGE).wallNanos() / 1e9;
            outputs(out, outDir);
        }
        try (Stream<Path> left = Files.list(outDir)) {
            for (Path p : left.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(outDir);
        if (patterns.isPresent()) {
            ripgrep(out, corpus, patterns.get(), bytes, analyseSeconds);
        }
        out.println(
                org.alliancebrief.codebook.MatcherSpeed.line(
                        Path.of("templates/codebook.yaml"), corpus));
    }

    private static void outputs(PrintStream out, Path dir) throws IOException {
        Path lines = dir.resolve("brief.articles.jsonl");
        String jsonl = "";
        if (Files.exists(lines)) {
            try (Stream<String> s = Files.lines(lines)) {
                jsonl =
                        ", %s %d KB, %d lines"
                                .formatted(lines.getFileName(), Files.size(lines) >> 10, s.count());
            }
            Files.delete(lines); // a smaller next run writes no such file
        }
        out.printf(
                "    outputs: brief.pdf %d KB, brief.json %d KB%s%n",
                Files.size(dir.resolve("brief.pdf")) >> 10,
                Files.size(dir.resolve("brief.json")) >> 10,
                jsonl);
    }

    /** Times ripgrep counting every term on the same files (best of 3) and prints the ratio. */
    private static void ripgrep(
            PrintStream out, Path corpus, Path patterns, long bytes, double analyseSeconds)
            throws IOException, InterruptedException {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            Process rg;
            try {
                rg =
                        new ProcessBuilder(
                                        "rg",
                                        "-o",
                                        "-c",
                                        "-i",
                                        "-F",
                                        "-f",
                                        patterns.toString(),
                                        corpus.toString())
                                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                                .redirectError(ProcessBuilder.Redirect.DISCARD)
                                .start();
            } catch (IOException e) {
                out.println("ripgrep (rg) not installed: no comparison");
                return;
            }
            rg.waitFor();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        out.printf(
                "ripgrep -o -c -i -F -f %s: %.2f s, %.1f MB/s%n",
                patterns, best, bytes / 1e6 / best);
        out.printf(
                "analysis speed / ripgrep speed: %.3f (read and analyse stage of the last"
                        + " run: %.2f s)%n",
                best / analyseSeconds, analyseSeconds);
    }

    private static Optional<String> option(List<String> args, String name) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) {
            return Optional.empty();
        }
        String value = args.get(i + 1);
        args.subList(i, i + 2).clear();
        return Optional.of(value);
    }
}
