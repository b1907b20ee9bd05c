package org.alliancebrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.alliancebrief.analysis.ArticleAnalyser;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusAccumulator;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;
import org.alliancebrief.corpus.CorpusWalker;
import org.alliancebrief.corpus.Loaded;
import org.alliancebrief.corpus.Skipped;

/**
 * The streaming read: every listed file read and analysed on the worker threads of an {@link
 * OrderedParallelMap}, handed in file order to a {@link CorpusPass}, with the progress bar and the
 * memory guard watching.
 */
final class CorpusStream {
    private final RunConfig config;
    private final Console console;
    private final ArticleAnalyser analyser;
    private long bytesRead;

    CorpusStream(RunConfig config, Console console, ArticleAnalyser analyser) {
        this.config = config;
        this.console = console;
        this.analyser = analyser;
    }

    /**
     * One input's files in a stable order, the folder their names are relative to, and what its
     * walk left out.
     */
    record Listing(Path input, String label, Path root, List<Path> files, List<Skipped> skipped) {}

    static Listing listing(CorpusWalker walker, Path input, String label) {
        Path root = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
        List<Skipped> skipped = new ArrayList<>();
        List<Path> files = walker.files(input, skipped);
        return new Listing(input, label, root, files, skipped);
    }

    /**
     * Reads and analyses every listed file into a new pass that adds the articles to {@code
     * accumulator}, their records written as it goes.
     */
    CorpusPass run(
            List<Listing> listings,
            int files,
            CorpusAccumulator accumulator,
            List<CorpusPass.Records> records)
            throws IOException {
        CorpusPass pass = new CorpusPass(accumulator, config.since(), config.until(), records);
        long bytes = 0;
        boolean bar = !config.quiet() && Progress.onTerminal();
        if (bar) {
            bytes =
                    listings.stream()
                            .flatMap(l -> l.files().stream())
                            .mapToLong(CorpusStream::size)
                            .sum();
        }
        Progress progress = new Progress(console.stream(), bar, files, bytes);
        CorpusReader reader = new CorpusReader();
        int workers = OrderedParallelMap.workers();
        try (OrderedParallelMap<Path, Object> map =
                new OrderedParallelMap<>(workers, 4 * workers)) {
            for (Listing l : listings) {
                console.detail("reading %d files from %s".formatted(l.files().size(), l.input()));
                l.skipped().forEach(pass::skip);
                map.run(
                        l.files(),
                        file ->
                                analysed(
                                        reader.read(l.root(), file),
                                        a -> analyser.analyse(a).withInput(l.label())),
                        (file, result) -> {
                            MemoryGuard.check();
                            if (result instanceof ArticleFindings f) {
                                f.notes()
                                        .forEach(
                                                n -> console.warn("%s: %s".formatted(f.file(), n)));
                            }
                            pass.accept(result);
                            progress.advance(size(file));
                        });
            }
        } catch (OutOfMemoryError e) {
            throw MemoryGuard.outOfMemory(
                    "the heap (%d MB) is too small for this corpus"
                            .formatted(Runtime.getRuntime().maxMemory() >> 20));
        } finally {
            progress.finish();
        }
        bytesRead = progress.bytesDone();
        if (pass.accumulator().uncovered() > 0) {
            console.warn(
                    ("%d article(s) in a language the codebook does not cover: kept in the"
                                    + " data file, marked not counted, left out of the figures")
                            .formatted(pass.accumulator().uncovered()));
        }
        pass.skipped().forEach(s -> console.warn("skipped %s: %s".formatted(s.file(), s.reason())));
        if (pass.filtered()) {
            console.info(
                    "kept %d in the date range; left out %d outside it and %d undated"
                            .formatted(pass.accumulator().read(), pass.outside(), pass.undated()));
        }
        return pass;
    }

    /**
     * The findings of a file read as an article, else what its reading says. A failure of the
     * analysis itself, which is a bug, skips that file with the error named, so that one article
     * cannot end a run over a whole corpus; the warning asks for the file to be reported.
     */
    static Object analysed(Loaded loaded, Function<Article, ArticleFindings> analyse) {
        if (!(loaded instanceof Article article)) {
            return loaded;
        }
        try {
            return analyse.apply(article);
        } catch (RuntimeException | StackOverflowError e) {
            return new Skipped(
                    article.file(),
                    "internal error while analysing it (a bug: please report it with this file): "
                            + e
                            + Arrays.stream(e.getStackTrace())
                                    .filter(f -> f.getClassName().startsWith("org.alliancebrief"))
                                    .findFirst()
                                    .map(f -> " at " + f)
                                    .orElse(""));
        }
    }

    /** Bytes of the files read by the last {@link #run}. */
    long bytesRead() {
        return bytesRead;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // only for the progress figures; the reader reports the file itself
        }
    }
}
