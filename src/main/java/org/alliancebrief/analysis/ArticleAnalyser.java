package org.alliancebrief.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancebrief.analysis.attribution.Attributor;
import org.alliancebrief.analysis.attribution.KnownActor;
import org.alliancebrief.analysis.attribution.Referent;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookHits;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Span;

/**
 * The analysis of one article: a pure function from an {@link Article} to its {@link
 * ArticleFindings}. Thread-safe: one analyser serves a parallel stream of articles.
 */
public final class ArticleAnalyser {
    /** The languages the codebook's terms and the cue lists are written in. */
    private static final java.util.Set<String> CODEBOOK_LANGUAGES = java.util.Set.of("en");

    private final Codebook codebook;
    private final DateFinder dates = new DateFinder();
    private final ThemeCounter themes;
    private final ActorFinder actors;
    private final Attributor attributor;

    public ArticleAnalyser(Codebook codebook) {
        this.codebook = codebook;
        this.themes = new ThemeCounter(codebook.salience(), Lexicon.of("en"));
        this.actors = new ActorFinder(codebook);
        this.attributor = new Attributor(codebook, Lexicon.of("en"));
    }

    /** Everything the codebook finds in {@code article}. */
    public ArticleFindings analyse(Article article) {
        String text = article.text();
        Optional<PublishedDate> published = dates.find(article);
        Optional<LocalDate> day = published.map(PublishedDate::date);
        CodebookHits hits = codebook.scan(text);
        TokenText tokens = TokenText.of(text, article.paragraphs(), article.sentences());
        List<Mention> mentions = actors.find(tokens, hits, day);
        List<TermHit<ThemeId>> themeHits = hits.themes();
        List<Quote> found = new ArrayList<>();
        for (Attributor.Attributed a :
                attributor.attribute(tokens, known(mentions), hits.statements())) {
            Span span = a.quotation().words();
            if (inCaption(span, article.captions())) {
                continue; // a caption shows who is pictured; it quotes no one
            }
            List<ThemeId> topics =
                    themeHits.stream()
                            .filter(h -> span.start() <= h.start() && h.end() <= span.end())
                            .map(TermHit::target)
                            .toList();
            found.add(
                    new Quote(
                            span.of(text),
                            span,
                            a.speaker().map(ArticleAnalyser::speaker),
                            topics));
        }
        return new ArticleFindings(
                article.file(),
                article.title(),
                article.outlet(),
                published,
                Optional.empty(),
                themes.count(article, themeHits, hits.actors()),
                tally(mentions, article),
                found,
                words(tokens),
                DuplicateFinder.fingerprint(text, bodySentences(article)),
                article.url(),
                article.language(),
                covered(article.language()),
                notes(article),
                ""); // the run places it in its input
    }

    private static boolean inCaption(Span quote, List<Span> captions) {
        for (Span c : captions) {
            if (c.contains(quote)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> notes(Article article) {
        if (covered(article.language())) {
            return article.notes();
        }
        List<String> notes = new ArrayList<>(article.notes());
        notes.add(
                "in language '%s', which the codebook does not cover: not counted"
                        .formatted(article.language()));
        return notes;
    }

    /** An article of unknown language is read as one the codebook covers. */
    private static boolean covered(String language) {
        return language.isEmpty() || CODEBOOK_LANGUAGES.contains(language);
    }

    private static List<KnownActor> known(List<Mention> mentions) {
        return mentions.stream()
                .map(
                        m ->
                                new KnownActor(
                                        m.id().value(),
                                        m.name(),
                                        m.kind().key(),
                                        m.start(),
                                        m.end(),
                                        m.inCodebook()))
                .toList();
    }

    private static Speaker speaker(Referent r) {
        Optional<ActorId> id =
                r.id().isEmpty() ? Optional.empty() : Optional.of(new ActorId(r.id()));
        if (r.named() && id.isEmpty() && r.name().chars().noneMatch(Character::isUpperCase)) {
            // "the embassy said" with no embassy named: a description, which names no one.
            return new Speaker(r.phrase(), id, false, r.phrase());
        }
        return new Speaker(r.name(), id, r.named(), r.phrase());
    }

    /** Words of the article, counted on its tokens as the scorer counts them. */
    private static int words(TokenText tokens) {
        int n = 0;
        for (TokenText.Paragraph p : tokens.paragraphs()) {
            for (Token t : p.tokens()) {
                if (t instanceof Token.Word w && !w.clitic() || t instanceof Token.Number) {
                    n++;
                }
            }
        }
        return n;
    }

    private static List<ActorFinding> tally(List<Mention> mentions, Article article) {
        Map<ActorId, Mention> first = new LinkedHashMap<>();
        Map<ActorId, Integer> counts = new LinkedHashMap<>();
        Map<ActorId, Boolean> fuzzy = new LinkedHashMap<>();
        Map<ActorId, List<Evidence>> evidence = new LinkedHashMap<>();
        List<Span> sentences = article.sentences();
        Evidence[] made = new Evidence[sentences.size()]; // one a sentence for all actors
        int s = 0;
        for (Mention m : mentions) {
            first.putIfAbsent(m.id(), m);
            counts.merge(m.id(), 1, Integer::sum);
            fuzzy.merge(m.id(), m.fuzzy(), Boolean::logicalOr);
            while (s < sentences.size() - 1 && sentences.get(s).end() <= m.start()) {
                s++;
            }
            List<Evidence> list = evidence.computeIfAbsent(m.id(), k -> new ArrayList<>());
            if (!sentences.isEmpty()
                    && list.size() < ActorFinding.MAX_EVIDENCE
                    && (list.isEmpty()
                            || !list.get(list.size() - 1).span().equals(sentences.get(s)))) {
                list.add(Evidence.ofSentence(article, s, made));
            }
        }
        List<ActorFinding> findings = new ArrayList<>();
        first.forEach(
                (id, m) ->
                        findings.add(
                                new ActorFinding(
                                        id,
                                        m.name(),
                                        m.kind(),
                                        counts.get(id),
                                        m.inCodebook(),
                                        fuzzy.get(id),
                                        evidence.get(id))));
        findings.sort(
                Comparator.comparing((ActorFinding a) -> a.kind())
                        .thenComparing(a -> -a.mentions())
                        .thenComparing(ActorFinding::id));
        return findings;
    }

    private static List<Span> bodySentences(Article article) {
        int bodyStart = article.paragraphs().size() > 1 ? article.paragraphs().get(1).start() : 0;
        return article.sentences().stream().filter(s -> s.start() >= bodyStart).toList();
    }
}
