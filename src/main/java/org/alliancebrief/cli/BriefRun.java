package org.alliancebrief.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.analysis.ArticleAnalyser;
import org.alliancebrief.analysis.ArticlesRead;
import org.alliancebrief.analysis.CorpusAccumulator;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.Retention;
import org.alliancebrief.brief.Baseline;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.BriefBuilder;
import org.alliancebrief.brief.template.BriefTemplate;
import org.alliancebrief.brief.template.BriefTemplateLoader;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.CorpusWalker;
import org.alliancebrief.corpus.Skipped;
import org.alliancebrief.render.csv.CsvWriter;
import org.alliancebrief.render.csv.SpreadsheetRows;
import org.alliancebrief.render.json.ArticleLinesWriter;
import org.alliancebrief.render.json.BriefJsonWriter;
import org.alliancebrief.render.pdf.PdfBriefWriter;
import org.alliancebrief.render.pdf.PdfSettings;

/** One run of the pipeline: the composition root that wires the stages together. */
final class BriefRun {
    /**
     * Above this many input files the per-article records go to a JSON Lines file beside the data
     * file instead of into it, and only the articles the brief can cite are kept in full.
     */
    static final int ARTICLES_FILE_ABOVE = 1000;

    /** Above this many files the heap is watched (watching costs start-up time). */
    static final int GUARDED_ABOVE = 200;

    private final RunConfig config;
    private final Console console;
    private final Instant generated;
    private final String version;
    private final Stopwatch stopwatch;
    private final int articlesFileAbove;
    private long bytesRead;
    private java.io.OutputStream standardOutput = System.out;

    BriefRun(RunConfig config, Console console, Instant generated, String version) {
        this(
                config,
                console,
                generated,
                version,
                new Stopwatch(config.verbose()),
                ARTICLES_FILE_ABOVE);
    }

    /**
     * A run that records how long each stage took in {@code stopwatch} (for the bench), and writes
     * the per-article records to a JSON Lines file when there are more than {@code
     * articlesFileAbove} files.
     */
    BriefRun(
            RunConfig config,
            Console console,
            Instant generated,
            String version,
            Stopwatch stopwatch,
            int articlesFileAbove) {
        this.articlesFileAbove = articlesFileAbove;
        this.config = config;
        this.console = console;
        this.generated = generated;
        this.version = version;
        this.stopwatch = stopwatch;
    }

    /** Sends an output named {@code -} to {@code out} instead of the process's standard output. */
    BriefRun withStandardOutput(java.io.OutputStream out) {
        this.standardOutput = out;
        return this;
    }

    /** Runs the whole pipeline and returns the paths written. */
    List<Path> execute() {
        List<Path> inputs = checkInputs();
        Thread.ofPlatform().daemon().name("brief-warm-up").start(PdfBriefWriter::warmUp);
        Codebook codebook =
                CodebookLoader.load(readable(config.codebook(), "codebook", "--codebook"));
        BriefTemplate template =
                BriefTemplateLoader.load(readable(config.template(), "template", "--template"));
        OutputChecks.check(config);
        config.csv()
                .ifPresent(
                        dir ->
                                CsvWriter.FILES.forEach(
                                        name -> StagedOutputs.checkWritable(dir.resolve(name))));
        Optional<Baseline> baseline = RunParameters.baseline(config);
        List<String> labels = RunParameters.labels(inputs);
        List<CorpusStream.Listing> listings = listings(inputs, labels);
        int files = listings.stream().mapToInt(l -> l.files().size()).sum();
        boolean streamed = files > articlesFileAbove;
        Path articlesFile = articlesFile(config);
        if (streamed) {
            StagedOutputs.checkWritable(articlesFile);
        }
        if (files > GUARDED_ABOVE) {
            MemoryGuard.install();
        }
        stopwatch.lap("load codebook and template");

        CorpusStream stream = new CorpusStream(config, console, new ArticleAnalyser(codebook));
        Retention retention =
                streamed
                        ? Retention.firstPerKey(
                                perKey(template),
                                template.evidencePerFinding(),
                                BriefBuilder.SOURCES_LISTED_UP_TO)
                        : Retention.ALL;
        CorpusAccumulator corpus =
                new CorpusAccumulator(
                        retention, baseline.map(Baseline::articleIds).orElse(Set.of()));
        // Above the threshold articles.csv and quotes.csv are written as the articles are read,
        // numbered as the source list numbers them when it lists every article, and completed
        // once the brief is made with what only it knows (cited speakers' roles, cited-only
        // numbers).
        Optional<Path> rowsIn = streamed ? config.csv() : Optional.empty();
        boolean numberedRows = template.listsEverySource();
        try (StagedOutputs outputs = new StagedOutputs(standardOutput)) {
            Reading reading = new Reading(stream, listings, files, corpus);
            CorpusPass pass =
                    streamed
                            ? reading.streamInto(outputs, articlesFile, rowsIn, numberedRows)
                            : reading.read();
            stopwatch.lap("read and analyse articles");
            bytesRead = stream.bytesRead();
            ArticlesRead read = corpus.articlesRead();
            CorpusSummary summary = corpus.summary();
            List<Skipped> skipped = pass.skipped();
            if (read.total() == 0) {
                throw new UserError(
                        ExitCode.NO_INPUT,
                        noArticleMessage(inputs, skipped.size()),
                        "Give --input a folder of .txt, .md or .html articles.");
            }
            console.info(
                    "analysed %s (%d near-duplicates, %d skipped), %s"
                            .formatted(
                                    plural(summary.articles(), "article"),
                                    summary.duplicates(),
                                    skipped.size(),
                                    plural(summary.quotes(), "quotation")));
            console.detail(
                    "kept %d of %d articles for the brief; near-duplicate index: "
                                    .formatted(corpus.keptForBrief(), read.total())
                            + "%d sentence pairs, %d KB"
                                    .formatted(
                                            pass.duplicateIndex().size(),
                                            pass.duplicateIndex().bytes() >> 10));
            stopwatch.lap("merge");

            LocalDate day = LocalDate.ofInstant(generated, ZoneOffset.UTC);
            Brief brief =
                    new BriefBuilder(codebook, template, version)
                            .build(
                                    read,
                                    summary,
                                    skipped,
                                    day,
                                    config.title(),
                                    RunParameters.of(config, inputs, labels, version),
                                    baseline);
            stopwatch.lap("build the brief");
            outputs.stage(
                    config.output(),
                    out ->
                            new PdfBriefWriter(new PdfSettings(generated, version))
                                    .write(brief, out));
            stopwatch.lap("render the PDF");
            Optional<String> linesName =
                    streamed
                            ? Optional.of(articlesFile.getFileName().toString())
                            : Optional.empty();
            outputs.stage(config.json(), out -> new BriefJsonWriter().write(brief, out, linesName));
            stopwatch.lap("write the data file");
            for (String name : config.csv().isPresent() ? CsvWriter.FILES : List.<String>of()) {
                Path target = config.csv().get().resolve(name);
                CsvWriter csv = new CsvWriter(brief);
                if (rowsIn.isEmpty() || !CsvWriter.WRITTEN_WHILE_READING.contains(name)) {
                    outputs.stage(target, out -> csv.write(name, out));
                } else if (csv.completes(name, numberedRows)) {
                    outputs.restage(target, (in, out) -> csv.complete(name, in, out));
                }
            }
            stopwatch.lap("write the spreadsheets");
            List<Path> written = outputs.commit();
            // in the order of a run that holds every article, whatever was staged first
            List<Path> order =
                    new ArrayList<>(List.of(articlesFile, config.output(), config.json()));
            config.csv().ifPresent(dir -> CsvWriter.FILES.forEach(n -> order.add(dir.resolve(n))));
            written.sort(Comparator.comparingInt(order::indexOf));
            reportTimings(files);
            return written;
        }
    }

    /**
     * Each input's files. The walker that lists them remembers every file it has seen (a file
     * reached twice is read once) and is let go here, before the corpus is read.
     */
    private static List<CorpusStream.Listing> listings(List<Path> inputs, List<String> labels) {
        CorpusWalker walker = new CorpusWalker();
        List<CorpusStream.Listing> listings = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            listings.add(CorpusStream.listing(walker, inputs.get(i), labels.get(i)));
        }
        return listings;
    }

    /** The corpus read into one accumulator, with or without records written as it goes. */
    private record Reading(
            CorpusStream stream,
            List<CorpusStream.Listing> listings,
            int files,
            CorpusAccumulator corpus) {
        /** Reads the corpus; no output is written while it is read. */
        CorpusPass read() {
            try {
                return stream.run(listings, files, corpus, List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e); // no output is written while reading
            }
        }

        /**
         * Reads the corpus, writing each article's JSON line, and with {@code csv} its rows of
         * articles.csv and quotes.csv in that folder, into staged files as it goes.
         */
        CorpusPass streamInto(
                StagedOutputs outputs, Path articlesFile, Optional<Path> csv, boolean numbered) {
            try (OutputStream linesOut = outputs.open(articlesFile);
                    ArticleLinesWriter lines = new ArticleLinesWriter(linesOut)) {
                if (csv.isEmpty()) {
                    return stream.run(listings, files, corpus, List.of(lines::write));
                }
                try (OutputStream articlesOut =
                                outputs.open(csv.get().resolve(CsvWriter.ARTICLES));
                        OutputStream quotesOut = outputs.open(csv.get().resolve(CsvWriter.QUOTES));
                        SpreadsheetRows rows =
                                new SpreadsheetRows(articlesOut, quotesOut, numbered)) {
                    return stream.run(listings, files, corpus, List.of(lines::write, rows::write));
                }
            } catch (IOException e) {
                // the staged streams report their own failures, naming the file
                throw new UncheckedIOException(e);
            }
        }
    }

    /** With --verbose: each stage's wall and CPU time, peak heap, and the reading throughput. */
    private void reportTimings(int files) {
        if (!config.verbose()) {
            return;
        }
        stopwatch
                .lapsInOrder()
                .forEach(
                        (stage, lap) ->
                                console.detail(
                                        "%-26s %7.2f s wall %7.2f s CPU  peak heap %4d MB%s"
                                                .formatted(
                                                        stage,
                                                        lap.wallNanos() / 1e9,
                                                        lap.cpuNanos() / 1e9,
                                                        lap.peakHeap() >> 20,
                                                        lap.peakRss() < 0
                                                                ? ""
                                                                : "  peak RSS %4d MB"
                                                                        .formatted(
                                                                                lap.peakRss()
                                                                                        >> 20))));
        Stopwatch.Lap read = stopwatch.lapsInOrder().get("read and analyse articles");
        double seconds = read.wallNanos() / 1e9;
        console.detail(
                "read and analysed %d files, %.1f MB: %.1f MB/s, %.0f files/s on %d cores"
                        .formatted(
                                files,
                                bytesRead / 1e6,
                                bytesRead / 1e6 / seconds,
                                files / seconds,
                                OrderedParallelMap.workers()));
    }

    /**
     * The JSON Lines file of per-article records beside the data file (brief.articles.jsonl), or
     * beside the PDF when the data file goes to standard output.
     */
    static Path articlesFile(RunConfig config) {
        Path json =
                config.json().equals(OutputTarget.STANDARD_OUTPUT)
                        ? config.output().resolveSibling("brief.json")
                        : config.json();
        String name = json.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return json.resolveSibling(stem + ".articles.jsonl");
    }

    /**
     * Articles kept per retention key: twice the most quotations or evidence sentences any section
     * of the template shows, so that repeats the brief skips still leave enough.
     */
    private static int perKey(BriefTemplate template) {
        return Math.max(8, 2 * template.mostShown());
    }

    private List<Path> checkInputs() {
        Set<Path> seen = new HashSet<>();
        List<Path> inputs = new ArrayList<>();
        for (Path input : config.inputs()) {
            if (!Files.exists(input)) {
                throw new UserError(
                        ExitCode.NO_INPUT,
                        "input not found: " + input,
                        "Give --input an existing folder or file of articles.");
            }
            if (!Files.isReadable(input)) {
                throw new UserError(
                        ExitCode.NO_INPUT,
                        "input not readable: " + input,
                        "Check the permissions of " + input + ".");
            }
            if (seen.add(input.toAbsolutePath().normalize())) {
                inputs.add(input);
            } else {
                console.warn("input %s given twice; read once".formatted(input));
            }
        }
        return inputs;
    }

    private static Path readable(Path file, String what, String option) {
        if (Files.isDirectory(file)) {
            throw new UserError(
                    ExitCode.NO_INPUT,
                    "%s %s is a folder, not a file".formatted(what, file),
                    "Give %s the YAML file itself.".formatted(option));
        }
        if (!Files.isRegularFile(file)) {
            throw new UserError(
                    ExitCode.NO_INPUT,
                    "%s not found: %s".formatted(what, file),
                    "Run from the project folder, or give %s FILE.".formatted(option));
        }
        return file;
    }

    private String noArticleMessage(List<Path> inputs, int skipped) {
        String where = String.join(", ", inputs.stream().map(Path::toString).toList());
        if (config.since().isPresent() || config.until().isPresent()) {
            return "no article of %s falls in the date range given".formatted(where);
        }
        return skipped == 0
                ? "no article in " + where
                : "no readable article in %s (%d files skipped: see warnings above)"
                        .formatted(where, skipped);
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
