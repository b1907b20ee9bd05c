package org.alliancebrief.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;

/**
 * Prints the analysis stage's CPU time per 100 MB of input on one thread: articles are read first,
 * then only {@link ArticleAnalyser#analyse} is timed.
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
    }
}
