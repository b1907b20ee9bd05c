package org.alliancebrief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancebrief.analysis.ArticleAnalyser;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.DuplicateFinder;
import org.alliancebrief.codebook.CodebookLoader;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;
import org.alliancebrief.corpus.Loaded;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The inner loops through their public entry points, one article folder at a time: reading a
 * page (decoding, layout, dates), analysing an article (tokens, codebook matching, quotations),
 * and the sentence fingerprint. Run with {@code ./brief jmh}; the folder is {@code -p corpus=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class InnerLoops {
    @Param("seeds")
    public String corpus;

    private final CorpusReader reader = new CorpusReader();
    private Path root;
    private List<Path> files;
    private List<Article> articles;
    private ArticleAnalyser analyser;
    private List<List<String>> sentences;

    @Setup
    public void setUp() throws IOException {
        root = Path.of(corpus);
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().limit(200).toList();
        }
        articles = files.stream().map(f -> reader.read(root, f))
                .filter(Article.class::isInstance).map(Article.class::cast).toList();
        analyser = new ArticleAnalyser(CodebookLoader.load(Path.of("templates/codebook.yaml")));
        sentences = articles.stream().map(a -> List.of(a.text().split("(?<=[.!?])\\s+")))
                .toList();
    }

    /** Reading every file of the folder: bytes to an article. */
    @Benchmark
    public void readPages(Blackhole out) {
        for (Path f : files) {
            Loaded loaded = reader.read(root, f);
            out.consume(loaded);
        }
    }

    /** Analysing every article of the folder: an article to its findings. */
    @Benchmark
    public void analyseArticles(Blackhole out) {
        for (Article a : articles) {
            ArticleFindings f = analyser.analyse(a);
            out.consume(f);
        }
    }

    /** Fingerprinting every article's sentences for the near-duplicate index. */
    @Benchmark
    public void fingerprint(Blackhole out) {
        for (List<String> s : sentences) {
            out.consume(DuplicateFinder.fingerprint(s));
        }
    }
}
