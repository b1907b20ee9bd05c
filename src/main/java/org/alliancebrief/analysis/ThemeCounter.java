package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.CreditCues;
import org.alliancebrief.codebook.Salience;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Span;

/**
 * Codes the areas and themes of one article by one salience rule for all of them. A theme counts
 * when the article uses one of its strong terms, or its weak terms (common words the codebook
 * marks, such as "space" or "nuclear") in {@value #MIN_SENTENCES} sentences, in the headline or
 * lead, or as an item of a list of areas ({@link SentenceKinds}); an item of another enumeration (a
 * list of threats) needs a second sentence even when named by a strong term. In a long article
 * (more sentences than the codebook's {@code salience.long_article_sentences}) sentences are
 * weighed: a strong term in prose weighs 1, weak terms and list items, table rows, headings and
 * bullet lines less, and outside the headline and lead the theme needs the codebook's {@code
 * long_article_weight}. Everywhere, a term inside a longer name ("Centre for Countering Hybrid
 * Threats") and a sentence that is a credit, an author's biography or a row of other stories'
 * headlines (a news ticker) count for nothing. The finding keeps every mention and the sentences
 * that carried the decision.
 */
final class ThemeCounter {
    /** Evidence sentences kept per theme and article: enough to check, not the whole article. */
    static final int MAX_EVIDENCE = 3;

    /** Sentences weak terms need to make a theme. */
    static final int MIN_SENTENCES = 2;

    /** Body sentences that make the lead, after the headline. */
    static final int LEAD_SENTENCES = 2;

    private final Salience salience;
    private final CreditCues credits;
    private final Lexicon lexicon;

    ThemeCounter(Salience salience, Lexicon lexicon) {
        this.salience = salience;
        this.credits = CreditCues.of(salience);
        this.lexicon = lexicon;
    }

    /**
     * One sentence holding hits of one theme, and what kind of mention it is; {@code strongHits}
     * counts the theme's strong terms in it, {@code passingHits} those of them that are items of an
     * enumeration that is no list of areas ("threats such as cyber attacks, disinformation and
     * terrorism").
     */
    private record Place(
            int sentence,
            int strongHits,
            int passingHits,
            boolean lead,
            boolean listed,
            boolean listOfAreas) {
        boolean strong() {
            return strongHits > 0;
        }

        /**
         * Whether a strong term names the theme here other than in passing, in a list of threats.
         */
        boolean substantive() {
            return strongHits > passingHits;
        }

        Place with(Place o) {
            return new Place(
                    sentence,
                    strongHits + o.strongHits,
                    passingHits + o.passingHits,
                    lead || o.lead,
                    listed || o.listed,
                    listOfAreas || o.listOfAreas);
        }
    }

    /** The findings of {@code article} from its theme hits, without hits inside {@code names}. */
    List<ThemeFinding> count(
            Article article, List<TermHit<ThemeId>> all, List<TermHit<ActorId>> names) {
        List<TermHit<ThemeId>> hits = outsideNames(all, names);
        List<Span> sentences = article.sentences();
        SentenceKinds kinds = new SentenceKinds(article, hits, credits, lexicon);
        int leadEnd = leadEnd(article, kinds);
        Map<ThemeId, Integer> mentions = new LinkedHashMap<>();
        Map<ThemeId, List<Place>> places = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            TermHit<ThemeId> hit = hits.get(i);
            mentions.merge(hit.target(), 1, Integer::sum);
            if (kinds.ignored(i)) {
                continue;
            }
            int sentence = kinds.sentenceOf(i);
            int strong = hit.weak() ? 0 : 1;
            boolean listOfAreas = kinds.listOfAreas(i);
            Place place =
                    new Place(
                            sentence,
                            strong,
                            kinds.listed(i) && !listOfAreas ? strong : 0,
                            hit.start() < leadEnd,
                            kinds.listed(i) || kinds.fragment(i),
                            listOfAreas);
            List<Place> list = places.computeIfAbsent(hit.target(), k -> new ArrayList<>());
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).sentence() == sentence) {
                list.set(last, list.get(last).with(place));
            } else {
                list.add(place);
            }
        }
        List<ThemeFinding> findings = new ArrayList<>();
        boolean longArticle = salience.isLong(sentences.size());
        Evidence[] made = new Evidence[sentences.size()]; // one a sentence for all themes
        places.forEach(
                (id, list) -> {
                    List<Place> carrying = longArticle ? carryingInLong(list) : carrying(list);
                    if (!carrying.isEmpty()) {
                        findings.add(
                                new ThemeFinding(
                                        id, mentions.get(id), evidence(article, carrying, made)));
                    }
                });
        findings.sort(Comparator.comparing(ThemeFinding::id));
        return findings;
    }

    /** The places that make the theme count, best first; none when it does not count. */
    private static List<Place> carrying(List<Place> places) {
        List<Place> decisive = new ArrayList<>();
        for (Place p : places) {
            if (p.substantive() || p.lead() || p.listOfAreas()) {
                decisive.add(p);
            }
        }
        if (decisive.isEmpty() && places.size() >= MIN_SENTENCES) {
            return places;
        }
        return decisive;
    }

    /**
     * The places that make the theme count in a long article: its headline or lead, else sentences
     * that weigh enough together, heaviest first; a single sentence is a passing mention unless it
     * names the theme twice by strong terms.
     */
    private List<Place> carryingInLong(List<Place> places) {
        List<Place> lead = places.stream().filter(Place::lead).toList();
        if (!lead.isEmpty()) {
            return lead;
        }
        double total = 0;
        for (Place p : places) {
            total += weight(p);
        }
        if (total < salience.longArticleWeight()
                || places.size() < MIN_SENTENCES
                        && weight(places.get(0)) < salience.longArticleWeight()) {
            return List.of();
        }
        List<Place> ordered = new ArrayList<>(places);
        ordered.sort(Comparator.comparingDouble(p -> -weight(p)));
        return ordered;
    }

    /**
     * What one sentence weighs towards a theme in a long article. A prose sentence that names the
     * theme by two strong terms ("the non-EU Allies and their fullest involvement") is a mention
     * and a second one: it weighs what the theme needs.
     */
    private double weight(Place p) {
        if (p.listed()) {
            return (p.strong() ? 1 : salience.weakWeight()) * salience.listWeight();
        }
        if (p.strongHits() >= MIN_SENTENCES) {
            return Math.max(1, salience.longArticleWeight());
        }
        return p.strong() ? 1 : salience.weakWeight();
    }

    /** The hits not inside a longer name the codebook knows; both lists run in text order. */
    static List<TermHit<ThemeId>> outsideNames(
            List<TermHit<ThemeId>> hits, List<TermHit<ActorId>> names) {
        if (names.isEmpty()) {
            return hits;
        }
        List<TermHit<ThemeId>> kept = new ArrayList<>(hits.size());
        int n = 0;
        for (TermHit<ThemeId> h : hits) {
            while (n < names.size() && names.get(n).end() <= h.start()) {
                n++;
            }
            boolean inside = false;
            for (int k = n; k < names.size() && names.get(k).start() <= h.start(); k++) {
                TermHit<ActorId> name = names.get(k);
                if (h.end() <= name.end() && name.end() - name.start() > h.end() - h.start()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * The end of the lead: the headline paragraph and the first body sentences, not counting a row
     * of other stories' headlines above them.
     */
    private static int leadEnd(Article article, SentenceKinds kinds) {
        List<Span> paragraphs = article.paragraphs();
        int titleEnd = paragraphs.isEmpty() ? 0 : paragraphs.get(0).end();
        int body = 0;
        int end = titleEnd;
        List<Span> sentences = article.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            Span sentence = sentences.get(s);
            if (sentence.start() >= titleEnd) {
                end = sentence.end();
                if (kinds.ignoredSentence(s)) {
                    continue;
                }
                if (++body == LEAD_SENTENCES) {
                    break;
                }
            }
        }
        return end;
    }

    private static List<Evidence> evidence(Article article, List<Place> places, Evidence[] made) {
        List<Evidence> out = new ArrayList<>();
        if (article.sentences().isEmpty()) {
            return out;
        }
        for (Place p : places) {
            if (out.size() == MAX_EVIDENCE) {
                break;
            }
            out.add(Evidence.ofSentence(article, p.sentence(), made));
        }
        return out;
    }
}
