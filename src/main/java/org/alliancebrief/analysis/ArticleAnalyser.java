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
    /** The languages the codebook's terms and the cue lists are written in. */
    private static final java.util.Set<String> CODEBOOK_LANGUAGES = java.util.Set.of("en");
    private static final int MAX_QUOTES_COMPARED = 200;
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
        List<QuoteFinder.Quoted> quoted = once(text, outsideCaptions(quotes.find(text, article.paragraphs()),
                article.captions()));
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
                QuoteFinder.words(text), DuplicateFinder.fingerprint(bodySentences(article)),
                article.url(), article.language(), covered(article.language()), notes(article));
    }

    private static List<String> notes(Article article) {
        if (covered(article.language())) {
            return article.notes();
        }
        List<String> notes = new ArrayList<>(article.notes());
        notes.add("in language '%s', which the codebook does not cover: not counted".formatted(article.language()));
        return notes;
    }

    /** Quotations outside the photo captions: a caption shows who is pictured, it quotes no one. */
    private static List<QuoteFinder.Quoted> outsideCaptions(List<QuoteFinder.Quoted> quoted, List<Span> captions) {
        if (captions.isEmpty()) {
            return quoted;
        }
        return quoted.stream().filter(q -> captions.stream().noneMatch(c -> c.contains(q.words()))).toList();
    }

    /** Each quotation once: a pull quote repeating words quoted in the body is dropped. */
    private static List<QuoteFinder.Quoted> once(String text, List<QuoteFinder.Quoted> quoted) {
        List<String> keys = quoted.stream().map(q -> quoteKey(q.words().of(text))).toList();
        List<QuoteFinder.Quoted> kept = new ArrayList<>();
        for (int i = 0; i < quoted.size(); i++) {
            boolean repeat = false;
            // Bounded: an article with very many quotations keeps them all rather than compare each pair.
            for (int j = 0; j < keys.size() && keys.size() <= MAX_QUOTES_COMPARED && !repeat; j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                repeat = j != i && !a.isEmpty() && (b.length() > a.length() && b.contains(a)
                        || b.equals(a) && j < i);
            }
            if (!repeat) {
                kept.add(quoted.get(i));
            }
        }
        return kept;
    }

    private static String quoteKey(String quote) {
        StringBuilder out = new StringBuilder(quote.length());
        for (int i = 0; i < quote.length(); i++) {
            char c = quote.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            } else if (c == ' ' && !out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }

    /** An article of unknown language is read as one the codebook covers. */
    private static boolean covered(String language) {
        return language.isEmpty() || CODEBOOK_LANGUAGES.contains(language);
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
