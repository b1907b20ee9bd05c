package org.alliancebrief.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.alliancebrief.analysis.ArticleAnalyser;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.DuplicateFinder;
import org.alliancebrief.brief.Baseline;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.BriefBuilder;
import org.alliancebrief.brief.BriefTemplate;
import org.alliancebrief.brief.BriefTemplateLoader;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;
import org.alliancebrief.corpus.Loaded;
import org.alliancebrief.corpus.Skipped;
import org.alliancebrief.render.csv.CsvWriter;
import org.alliancebrief.render.json.BriefJsonWriter;
import org.alliancebrief.render.pdf.PdfBriefWriter;
import org.alliancebrief.render.pdf.PdfSettings;

/** One run of the pipeline: the composition root that wires the stages together. */
final class BriefRun {
    private final RunConfig config;
    private final Console console;
    private final Instant generated;
    private final String version;
    private final Stopwatch stopwatch;

    BriefRun(RunConfig config, Console console, Instant generated, String version) {
        this(config, console, generated, version, new Stopwatch());
    }

    /** A run that records how long each stage took in {@code stopwatch} (for the bench). */
    BriefRun(RunConfig config, Console console, Instant generated, String version,
            Stopwatch stopwatch) {
        this.config = config;
        this.console = console;
        this.generated = generated;
        this.version = version;
        this.stopwatch = stopwatch;
    }

    /** Runs the whole pipeline and returns the paths written. */
    List<Path> execute() {
        List<Path> inputs = checkInputs();
        Codebook codebook = CodebookLoader.load(readable(config.codebook(), "codebook",
                "--codebook"));
        BriefTemplate template = BriefTemplateLoader.load(readable(config.template(), "template",
                "--template"));
        StagedOutputs.checkWritable(config.output());
        StagedOutputs.checkWritable(config.json());
        CsvWriter.FILES.forEach(name -> StagedOutputs.checkWritable(config.csv().resolve(name)));
        Optional<Baseline> baseline = RunParameters.baseline(config);
        List<String> labels = RunParameters.labels(inputs);

        stopwatch.lap("load codebook and template");
        ArticleAnalyser analyser = new ArticleAnalyser(codebook);
        List<Skipped> skipped = new ArrayList<>();
        List<ArticleFindings> findings = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            analyseInput(inputs.get(i), labels.get(i), analyser, skipped, findings);
        }
        stopwatch.lap("read and analyse articles");
        skipped.forEach(s -> console.warn("skipped %s: %s".formatted(s.file(), s.reason())));
        findings = new DuplicateFinder().markDuplicates(findings);
        findings = keepInDateRange(findings);
        if (findings.isEmpty()) {
            throw new UserError(ExitCode.NO_INPUT, noArticleMessage(inputs, skipped.size()),
                    "Give --input a folder of .txt, .md or .html articles.");
        }
        CorpusSummary summary = findings.stream().map(CorpusSummary::of)
                .reduce(CorpusSummary.empty(), CorpusSummary::merge);
        stopwatch.lap("find near-duplicates and merge");
        console.info("analysed %s (%d near-duplicates, %d skipped), %s".formatted(
                plural(summary.articles(), "article"), summary.duplicates(), skipped.size(),
                plural(summary.quotes(), "quotation")));

        LocalDate day = LocalDate.ofInstant(generated, ZoneOffset.UTC);
        Brief brief = new BriefBuilder(codebook, template, version)
                .build(findings, summary, skipped, day, config.title(),
                        RunParameters.of(config, inputs, labels, version), baseline);
        stopwatch.lap("build the brief");
        try (StagedOutputs outputs = new StagedOutputs()) {
            outputs.stage(config.output(),
                    out -> new PdfBriefWriter(new PdfSettings(generated, version)).write(brief, out));
            stopwatch.lap("render the PDF");
            outputs.stage(config.json(), out -> new BriefJsonWriter().write(brief, out));
            stopwatch.lap("write the data file");
            for (String name : CsvWriter.FILES) {
                outputs.stage(config.csv().resolve(name),
                        out -> new CsvWriter(brief).write(name, out));
            }
            stopwatch.lap("write the spreadsheets");
            return outputs.commit();
        }
    }

    private List<Path> checkInputs() {
        Set<Path> seen = new HashSet<>();
        List<Path> inputs = new ArrayList<>();
        for (Path input : config.inputs()) {
            if (!Files.exists(input)) {
                throw new UserError(ExitCode.NO_INPUT, "input not found: " + input,
                        "Give --input an existing folder or file of articles.");
            }
            if (!Files.isReadable(input)) {
                throw new UserError(ExitCode.NO_INPUT, "input not readable: " + input,
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
        if (!Files.isRegularFile(file)) {
            throw new UserError(ExitCode.NO_INPUT, "%s not found: %s".formatted(what, file),
                    "Run from the project folder, or give %s FILE.".formatted(option));
        }
        return file;
    }

    private void analyseInput(Path input, String label, ArticleAnalyser analyser,
            List<Skipped> skipped, List<ArticleFindings> findings) {
        CorpusReader reader = new CorpusReader();
        Path root = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        List<Path> files = listFiles(input);
        console.detail("reading %d files from %s".formatted(files.size(), input));
        // Parallel, but in file order: each article is dropped as soon as it is analysed.
        List<Object> results = files.parallelStream().map(file -> {
            Loaded loaded = reader.read(root, file);
            return loaded instanceof Article article ? analyser.analyse(article) : loaded;
        }).toList();
        for (Object result : results) {
            if (result instanceof ArticleFindings f) {
                findings.add(f.withInput(label));
            } else {
                skipped.add((Skipped) result);
            }
        }
    }

    private static List<Path> listFiles(Path input) {
        if (!Files.isDirectory(input)) {
            return List.of(input);
        }
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(input.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private List<ArticleFindings> keepInDateRange(List<ArticleFindings> findings) {
        Optional<LocalDate> since = config.since();
        Optional<LocalDate> until = config.until();
        if (since.isEmpty() && until.isEmpty()) {
            return findings;
        }
        List<ArticleFindings> kept = new ArrayList<>();
        int undated = 0;
        int outside = 0;
        for (ArticleFindings f : findings) {
            if (f.published().isEmpty()) {
                undated++;
                continue;
            }
            LocalDate d = f.published().get().date();
            if (since.map(d::isBefore).orElse(false) || until.map(d::isAfter).orElse(false)) {
                outside++;
                continue;
            }
            kept.add(f);
        }
        console.info("kept %d in the date range; left out %d outside it and %d undated"
                .formatted(kept.size(), outside, undated));
        return kept;
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
