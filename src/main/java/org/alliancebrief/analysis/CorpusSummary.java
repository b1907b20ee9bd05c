package org.alliancebrief.analysis;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.ThemeId;

/**
 * Corpus-wide counts merged from the findings of single articles. The merge is associative and
 * commutative, so articles can be analysed in parallel or in batches and combined in any grouping.
 * Near-duplicates are counted in {@link #duplicates} and nowhere else.
 *
 * @param articles articles counted (near-duplicates excluded)
 * @param dated how many of them show a publication date
 * @param articlesByYear counted articles by publication year
 * @param themes per area or theme: mentions, and articles that mention it
 * @param actors per actor: mentions, and articles that name it
 * @param actorThemes per actor and area or theme: articles that name both
 * @param themesByYear per year and area or theme: dated articles that mention it
 * @param quotes direct quotations in counted articles
 * @param quotesBySpeaker quotations by speaker name (named speakers only)
 */
public record CorpusSummary(
        int articles,
        int duplicates,
        int dated,
        SortedMap<Integer, Integer> articlesByYear,
        SortedMap<ThemeId, Tally> themes,
        SortedMap<ActorId, ActorTally> actors,
        SortedMap<ActorId, SortedMap<ThemeId, Integer>> actorThemes,
        SortedMap<Integer, SortedMap<ThemeId, Integer>> themesByYear,
        int quotes,
        SortedMap<String, Integer> quotesBySpeaker) {

    /** Mentions and the number of articles with at least one. */
    public record Tally(int mentions, int articles) {
        public Tally plus(Tally other) {
            return new Tally(mentions + other.mentions, articles + other.articles);
        }
    }

    /** An actor's name and kind with its tally; {@code inCodebook} as in {@link ActorFinding}. */
    public record ActorTally(
            String name, ActorKind kind, boolean inCodebook, int mentions, int articles) {
        public ActorTally plus(ActorTally other) {
            return new ActorTally(
                    name,
                    kind,
                    inCodebook && other.inCodebook,
                    mentions + other.mentions,
                    articles + other.articles);
        }
    }

    public CorpusSummary {
        articlesByYear = freeze(articlesByYear);
        themes = freeze(themes);
        actors = freeze(actors);
        actorThemes = freezeNested(actorThemes);
        themesByYear = freezeNested(themesByYear);
        quotesBySpeaker = freeze(quotesBySpeaker);
    }

    /** The summary of no articles: the identity of {@link #merge}. */
    public static CorpusSummary empty() {
        return new CorpusSummary(
                0,
                0,
                0,
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                new TreeMap<>(),
                0,
                new TreeMap<>());
    }

    /** The summary of one article's findings. */
    public static CorpusSummary of(ArticleFindings f) {
        if (f.duplicateOf().isPresent()) {
            return new CorpusSummary(
                    0,
                    1,
                    0,
                    new TreeMap<>(),
                    new TreeMap<>(),
                    new TreeMap<>(),
                    new TreeMap<>(),
                    new TreeMap<>(),
                    0,
                    new TreeMap<>());
        }
        SortedMap<ThemeId, Tally> themes = new TreeMap<>();
        SortedMap<ThemeId, Integer> present = new TreeMap<>();
        for (ThemeFinding t : f.themes()) {
            themes.put(t.id(), new Tally(t.mentions(), 1));
            present.put(t.id(), 1);
        }
        SortedMap<ActorId, ActorTally> actors = new TreeMap<>();
        SortedMap<ActorId, SortedMap<ThemeId, Integer>> actorThemes = new TreeMap<>();
        for (ActorFinding a : f.actors()) {
            actors.put(a.id(), new ActorTally(a.name(), a.kind(), a.inCodebook(), a.mentions(), 1));
            actorThemes.put(a.id(), new TreeMap<>(present));
        }
        SortedMap<Integer, Integer> byYear = new TreeMap<>();
        SortedMap<Integer, SortedMap<ThemeId, Integer>> themesByYear = new TreeMap<>();
        f.published()
                .ifPresent(
                        p -> {
                            byYear.put(p.year(), 1);
                            themesByYear.put(p.year(), new TreeMap<>(present));
                        });
        SortedMap<String, Integer> bySpeaker = new TreeMap<>();
        f.quotes().stream()
                .flatMap(q -> q.speaker().stream())
                .filter(Speaker::named)
                .forEach(s -> bySpeaker.merge(s.name(), 1, Integer::sum));
        return new CorpusSummary(
                1,
                0,
                f.published().isPresent() ? 1 : 0,
                byYear,
                themes,
                actors,
                actorThemes,
                themesByYear,
                f.quotes().size(),
                bySpeaker);
    }

    /** Both summaries together; associative and commutative. */
    public CorpusSummary merge(CorpusSummary o) {
        return new CorpusSummary(
                articles + o.articles,
                duplicates + o.duplicates,
                dated + o.dated,
                plus(articlesByYear, o.articlesByYear, Integer::sum),
                plus(themes, o.themes, Tally::plus),
                plus(actors, o.actors, ActorTally::plus),
                plusNested(actorThemes, o.actorThemes),
                plusNested(themesByYear, o.themesByYear),
                quotes + o.quotes,
                plus(quotesBySpeaker, o.quotesBySpeaker, Integer::sum));
    }

    private static <K, V> SortedMap<K, V> plus(Map<K, V> a, Map<K, V> b, BinaryOperator<V> add) {
        SortedMap<K, V> sum = new TreeMap<>(a);
        b.forEach((k, v) -> sum.merge(k, v, add));
        return sum;
    }

    private static <K, K2> SortedMap<K, SortedMap<K2, Integer>> plusNested(
            Map<K, SortedMap<K2, Integer>> a, Map<K, SortedMap<K2, Integer>> b) {
        return plus(a, b, (x, y) -> plus(x, y, Integer::sum));
    }

    private static <K, V> SortedMap<K, V> freeze(SortedMap<K, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    private static <K, K2> SortedMap<K, SortedMap<K2, Integer>> freezeNested(
            SortedMap<K, SortedMap<K2, Integer>> map) {
        SortedMap<K, SortedMap<K2, Integer>> copy = new TreeMap<>();
        map.forEach((k, v) -> copy.put(k, freeze(v)));
        return java.util.Collections.unmodifiableSortedMap(copy);
    }
}
