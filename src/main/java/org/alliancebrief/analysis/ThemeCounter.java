package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.codebook.Salience;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Span;

/**
 * Codes the areas and themes of one article by one salience rule for all of them: a theme counts
 * when the article uses one of its strong terms, or its weak terms (common words the codebook
 * marks, such as "space" or "nuclear") in {@value #MIN_SENTENCES} sentences, in the headline or
 * lead, or as an item of a list of areas: {@value #LIST_THEMES} or more themes named close together
 * in a prose sentence (a table row or a run-on block of {@value #MAX_LIST_CHARS}+ characters is not
 * a list of areas). In a long article (more sentences than the codebook's {@code
 * salience.long_article_sentences}) one sentence outside the headline and lead is a passing
 * mention: the theme needs two sentences there, whatever its terms. The finding keeps every mention
 * and the sentences that carried the decision.
 */
final class ThemeCounter {
    /** Evidence sentences kept per theme and article: enough to check, not the whole article. */
    static final int MAX_EVIDENCE = 3;

    /** Sentences weak terms need to make a theme. */
    static final int MIN_SENTENCES = 2;

    /** Distinct themes that make a sentence a list of areas, where every item counts. */
    static final int LIST_THEMES = 3;

    /** Longer "sentences" are tables or blocks the page failed to split, not lists of areas. */
    static final int MAX_LIST_CHARS = 400;

    /** Body sentences that make the lead, after the headline. */
    static final int LEAD_SENTENCES = 2;

    /** Characters around a hit within which the other items of a list of areas stand. */
    static final int LIST_WINDOW = 80;

    private final Salience salience;

    ThemeCounter(Salience salience) {
        this.salience = salience;
    }

    /** One sentence holding hits of one theme. */
    private record Place(int sentence, boolean strong, boolean lead, boolean listed) {}

    /** The findings of {@code article} from the codebook's theme hits in its text. */
    List<ThemeFinding> count(Article article, List<TermHit<ThemeId>> hits) {
        List<Span> sentences = article.sentences();
        int leadEnd = leadEnd(article);
        Map<ThemeId, Integer> mentions = new LinkedHashMap<>();
        Map<ThemeId, List<Place>> places = new LinkedHashMap<>();
        int[] sentenceOf = new int[hits.size()];
        int s = 0;
        for (int i = 0; i < hits.size(); i++) {
            while (s < sentences.size() - 1 && sentences.get(s).end() <= hits.get(i).start()) {
                s++;
            }
            sentenceOf[i] = s;
        }
        for (int i = 0; i < hits.size(); i++) {
            TermHit<ThemeId> hit = hits.get(i);
            int sentence = sentenceOf[i];
            mentions.merge(hit.target(), 1, Integer::sum);
            boolean listed = listed(article, hits, sentenceOf, i);
            List<Place> list = places.computeIfAbsent(hit.target(), k -> new ArrayList<>());
            Place place = new Place(sentence, !hit.weak(), hit.start() < leadEnd, listed);
            int last = list.size() - 1;
            if (last >= 0 && list.get(last).sentence() == sentence) {
                Place before = list.get(last);
                list.set(
                        last,
                        new Place(
                                sentence,
                                before.strong() || place.strong(),
                                before.lead() || place.lead(),
                                before.listed() || place.listed()));
            } else {
                list.add(place);
            }
        }
        List<ThemeFinding> findings = new ArrayList<>();
        boolean longArticle = salience.isLong(sentences.size());
        places.forEach(
                (id, list) -> {
                    List<Place> carrying = longArticle ? carryingInLong(list) : carrying(list);
                    if (!carrying.isEmpty()) {
                        findings.add(
                                new ThemeFinding(
                                        id, mentions.get(id), evidence(article, carrying)));
                    }
                });
        findings.sort(Comparator.comparing(ThemeFinding::id));
        return findings;
    }

    /** The places that make the theme count, best first; none when it does not count. */
    private static List<Place> carrying(List<Place> places) {
        List<Place> decisive = new ArrayList<>();
        for (Place p : places) {
            if (p.strong() || p.lead() || p.listed()) {
                decisive.add(p);
            }
        }
        if (decisive.isEmpty() && places.size() >= MIN_SENTENCES) {
            return places;
        }
        return decisive;
    }

    /**
     * The places that make the theme count in a long article: its headline or lead, else two
     * sentences of any kind; a single sentence elsewhere is a passing mention.
     */
    private static List<Place> carryingInLong(List<Place> places) {
        List<Place> lead = places.stream().filter(Place::lead).toList();
        if (!lead.isEmpty()) {
            return lead;
        }
        if (places.size() < MIN_SENTENCES) {
            return List.of();
        }
        List<Place> ordered =
                new ArrayList<>(places.stream().filter(p -> p.strong() || p.listed()).toList());
        places.stream().filter(p -> !p.strong() && !p.listed()).forEach(ordered::add);
        return ordered;
    }

    /**
     * Whether hit {@code i} is an item of a list of areas: hits of at least {@value #LIST_THEMES}
     * themes, its own included, stand within {@value #LIST_WINDOW} characters of it in the same
     * prose sentence. Reads only the hits next to it.
     */
    private static boolean listed(
            Article article, List<TermHit<ThemeId>> hits, int[] sentenceOf, int i) {
        if (!article.sentences().isEmpty()
                && !prose(article, article.sentences().get(sentenceOf[i]))) {
            return false;
        }
        Set<ThemeId> themes = new HashSet<>();
        themes.add(hits.get(i).target());
        int at = hits.get(i).start();
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step;
                    j >= 0
                            && j < hits.size()
                            && sentenceOf[j] == sentenceOf[i]
                            && Math.abs(hits.get(j).start() - at) <= LIST_WINDOW;
                    j += step) {
                themes.add(hits.get(j).target());
            }
        }
        return themes.size() >= LIST_THEMES;
    }

    /** Whether a sentence reads as prose: not a table row, not a run-on block. */
    private static boolean prose(Article article, Span sentence) {
        if (sentence.length() > MAX_LIST_CHARS) {
            return false;
        }
        for (int i = sentence.start(); i < sentence.end(); i++) {
            if (article.text().charAt(i) == '|') {
                return false;
            }
        }
        return true;
    }

    /** The end of the lead: the headline paragraph and the first body sentences. */
    private static int leadEnd(Article article) {
        List<Span> paragraphs = article.paragraphs();
        int titleEnd = paragraphs.isEmpty() ? 0 : paragraphs.get(0).end();
        int body = 0;
        int end = titleEnd;
        for (Span sentence : article.sentences()) {
            if (sentence.start() >= titleEnd) {
                end = sentence.end();
                if (++body == LEAD_SENTENCES) {
                    break;
                }
            }
        }
        return end;
    }

    private static List<Evidence> evidence(Article article, List<Place> places) {
        List<Evidence> out = new ArrayList<>();
        if (article.sentences().isEmpty()) {
            return out;
        }
        for (Place p : places) {
            if (out.size() == MAX_EVIDENCE) {
                break;
            }
            Span span = article.sentences().get(p.sentence());
            out.add(new Evidence(span.of(article.text()), span));
        }
        return out;
    }
}
