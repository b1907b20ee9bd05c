package org.alliancebrief.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookHits;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Span;

/**
 * The analysis of one article: a pure function from an {@link Article} to its
 * {@link ArticleFindings}. Thread-safe: one analyser serves a parallel stream of articles.
 */
public final class ArticleAnalyser {
    private final Codebook codebook;
    private final DateFinder dates = new DateFinder();
    private final ThemeCounter themes = new ThemeCounter();
    private final ActorFinder actors;
    private final QuoteFinder quotes = new QuoteFinder();
    private final SpeakerResolver speakers;

    public ArticleAnalyser(Codebook codebook) {
        this.codebook = codebook;
        this.actors = new ActorFinder(codebook);
        this.speakers = new SpeakerResolver(codebook);
    }

    /** Everything the codebook finds in {@code article}. */
    public ArticleFindings analyse(Article article) {
        String text = article.text();
        Optional<PublishedDate> published = dates.find(article);
        Optional<LocalDate> day = published.map(PublishedDate::date);
        CodebookHits hits = codebook.scan(text);
        List<Mention> mentions = actors.find(text, hits, day);
        List<TermHit<ThemeId>> themeHits = hits.themes();
        List<QuoteFinder.Quoted> quoted = quotes.find(text, article.paragraphs());
        List<Optional<Speaker>> said = speakers.resolve(text, article.sentences(), quoted,
                mentions);
        List<Quote> found = new ArrayList<>();
        for (int i = 0; i < quoted.size(); i++) {
            Span span = quoted.get(i).words();
            List<ThemeId> topics = themeHits.stream()
                    .filter(h -> span.start() <= h.start() && h.end() <= span.end())
                    .map(TermHit::target).toList();
            found.add(new Quote(span.of(text), span, said.get(i), topics));
        }
        return new ArticleFindings(article.file(), article.title(), article.outlet(), published,
                Optional.empty(), themes.count(article, themeHits), tally(mentions, article), found,
                QuoteFinder.words(text), DuplicateFinder.fingerprint(bodySentences(article)));
    }

    private static List<ActorFinding> tally(List<Mention> mentions, Article article) {
        Map<ActorId, Mention> first = new LinkedHashMap<>();
        Map<ActorId, Integer> counts = new LinkedHashMap<>();
        Map<ActorId, Boolean> fuzzy = new LinkedHashMap<>();
        Map<ActorId, List<Evidence>> evidence = new LinkedHashMap<>();
        List<Span> sentences = article.sentences();
        int s = 0;
        for (Mention m : mentions) {
            first.putIfAbsent(m.id(), m);
            counts.merge(m.id(), 1, Integer::sum);
            fuzzy.merge(m.id(), m.fuzzy(), Boolean::logicalOr);
            while (s < sentences.size() - 1 && sentences.get(s).end() <= m.start()) {
                s++;
            }
            List<Evidence> list = evidence.computeIfAbsent(m.id(), k -> new ArrayList<>());
            if (!sentences.isEmpty() && list.size() < ActorFinding.MAX_EVIDENCE
                    && (list.isEmpty() || !list.get(list.size() - 1).span()
                            .equals(sentences.get(s)))) {
                Span span = sentences.get(s);
                list.add(new Evidence(span.of(article.text()), span));
            }
        }
        List<ActorFinding> findings = new ArrayList<>();
        first.forEach((id, m) -> findings.add(new ActorFinding(id, m.name(), m.kind(),
                counts.get(id), m.inCodebook(), fuzzy.get(id), evidence.get(id))));
        findings.sort(Comparator.comparing((ActorFinding a) -> a.kind())
                .thenComparing(a -> -a.mentions()).thenComparing(ActorFinding::id));
        return findings;
    }

    private static List<String> bodySentences(Article article) {
        int bodyStart = article.paragraphs().size() > 1 ? article.paragraphs().get(1).start()
                : 0;
        return article.sentences().stream().filter(s -> s.start() >= bodyStart)
                .map(s -> s.of(article.text())).toList();
    }
}
