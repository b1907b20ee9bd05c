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
 * Prints the analysis stage's CPU time per 100 MB of input on one thread: articles are read first,
 * then only {@link ArticleAnalyser#analyse} is timed; then the attribution stage alone.
 */
public final class AnalysisCpu {
    private AnalysisCpu() {}

    public static void main(String... args) throws Exception {
        ArticleAnalyser analyser =
                new ArticleAnalyser(CodebookLoader.load(Path.of("templates/codebook.yaml")));
        Path root = Path.of(args[0]);
        List<Article> articles = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (new CorpusReader().read(root, p) instanceof Article a) {
                    articles.add(a);
                    bytes += Files.size(p);
                }
            }
        }
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
