package org.alliancebrief.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alliancebrief.analysis.attribution.Attributor;
import org.alliancebrief.analysis.attribution.KnownActor;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookHits;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.codebook.Statement;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;

/**
 * Prints the reading stage's CPU time per 100 MB of input on one thread (files held in memory, so
 * only {@link CorpusReader#parse} is timed; the process's CPU, as Lingua uses a thread pool), then
 * the analysis stage's: articles are read first, then only {@link ArticleAnalyser#analyse} is
 * timed; then the attribution stage alone.
 */
public final class AnalysisCpu {
    private AnalysisCpu() {}

    public static void main(String... args) throws Exception {
        ArticleAnalyser analyser =
                new ArticleAnalyser(CodebookLoader.load(Path.of("templates/codebook.yaml")));
        Path root = Path.of(args[0]);
        List<Article> articles = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (new CorpusReader().read(root, p) instanceof Article a) {
                    articles.add(a);
                    files.add(p);
                    bytes += Files.size(p);
                }
            }
        }
        double reading = readingSeconds(root, files);
        System.out.printf(
                "reading: %d files, %.1f MB, %.2f s CPU, %.1f s CPU per 100 MB%n",
                files.size(), bytes / 1e6, reading, reading * 100e6 / bytes);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        articles.forEach(analyser::analyse); // warm-up
        long start = cpu.getCurrentThreadCpuTime();
        articles.forEach(analyser::analyse);
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        System.out.printf(
                "analysis: %d articles, %.1f MB, %.2f s CPU, %.1f s CPU per 100 MB%n",
                articles.size(), bytes / 1e6, seconds, seconds * 100e6 / bytes);
        double attribution = attributionSeconds(articles, cpu);
        System.out.printf(
                "attribution stage: %.2f s CPU, %.1f s CPU per 100 MB%n",
                attribution, attribution * 100e6 / bytes);
    }

    /**
     * CPU of {@link CorpusReader#parse} on the files' bytes, read beforehand: the best of three
     * passes after a warm-up one, as the machine may be shared. The process's CPU, not the
     * thread's: Lingua computes on the common fork-join pool.
     */
    private static double readingSeconds(Path root, List<Path> files) throws Exception {
        var cpu =
                (com.sun.management.OperatingSystemMXBean)
                        ManagementFactory.getOperatingSystemMXBean();
        List<byte[]> contents = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            contents.add(Files.readAllBytes(p));
            names.add(root.relativize(p).toString());
        }
        CorpusReader reader = new CorpusReader();
        double best = Double.MAX_VALUE;
        for (int pass = 0; pass < 4; pass++) {
            long start = cpu.getProcessCpuTime();
            for (int i = 0; i < contents.size(); i++) {
                reader.parse(names.get(i), contents.get(i));
            }
            double seconds = (cpu.getProcessCpuTime() - start) / 1e9;
            best = pass == 0 ? best : Math.min(best, seconds);
        }
        return best;
    }

    /**
     * CPU of the attribution stage alone: its inputs (tokens, actors, statement hits) are made
     * first.
     */
    private static double attributionSeconds(List<Article> articles, ThreadMXBean cpu)
            throws Exception {
        Codebook codebook = CodebookLoader.load(Path.of("templates/codebook.yaml"));
        ActorFinder actors = new ActorFinder(codebook);
        Attributor attributor = new Attributor(codebook, Lexicon.of("en"));
        List<TokenText> texts = new ArrayList<>();
        List<List<KnownActor>> known = new ArrayList<>();
        List<List<TermHit<Statement>>> statements = new ArrayList<>();
        for (Article a : articles) {
            CodebookHits hits = codebook.scan(a.text()); // the analyser's one scan
            statements.add(hits.statements());
            TokenText tokens = TokenText.of(a.text(), a.paragraphs(), a.sentences());
            texts.add(tokens);
            known.add(
                    actors
                            .find(tokens, hits, new DateFinder().find(a).map(PublishedDate::date))
                            .stream()
                            .map(
                                    m ->
                                            new KnownActor(
                                                    m.id().value(),
                                                    m.name(),
                                                    m.kind().key(),
                                                    m.start(),
                                                    m.end(),
                                                    m.inCodebook()))
                            .toList());
        }
        for (int i = 0; i < texts.size(); i++) {
            attributor.attribute(texts.get(i), known.get(i), statements.get(i)); // warm-up
        }
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < texts.size(); i++) {
            attributor.attribute(texts.get(i), known.get(i), statements.get(i));
        }
        return (cpu.getCurrentThreadCpuTime() - start) / 1e9;
    }
}
