package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ThemeId;

/**
 * The corpus as far as it has been read, in bounded form: mutable counters for the {@link
 * CorpusSummary} and the source list ({@link ArticlesRead}), and of the articles a {@link
 * Retention} keeps only what the brief can cite. {@link #add} and {@link #merge} are the add-input
 * and merge-accumulators steps of a combine function: the merge is associative, so partitions of
 * the corpus can be accumulated apart (threads, machines) and combined in any grouping, as long as
 * the left side holds the earlier articles.
 */
public final class CorpusAccumulator {
    private final Retention retention;
    private int articles;
    private int duplicates;

    /** Articles in a language the codebook does not cover: kept, not counted. */
    private int uncovered;

    private int dated;
    private int quotes;
    private final Map<Integer, int[]> articlesByYear = new HashMap<>();
    private final Map<ThemeId, int[]> themes = new HashMap<>();
    private final Map<ActorId, ActorCounter> actors = new HashMap<>();
    private final Map<ActorId, Map<ThemeId, int[]>> actorThemes = new HashMap<>();
    private final Map<Integer, Map<ThemeId, int[]>> themesByYear = new HashMap<>();
    private final Map<String, int[]> quotesBySpeaker = new HashMap<>();
    private final RetainedArticles kept;

    /** Every article read, counted for the source list: by outlet, and by year ("" undated). */
    private final Map<String, int[]> byOutlet = new HashMap<>();

    private final Map<String, int[]> byYear = new HashMap<>();
    private PublishedDate earliest;
    private PublishedDate latest;

    /** Ids and files of the articles an earlier run read, and counted articles not among them. */
    private final Set<String> earlier;

    private int unseen;

    private static final class ActorCounter {
        CorpusSummary.ActorTally first;
        boolean inCodebook = true;
        int mentions;
        int articles;
    }

    public CorpusAccumulator(Retention retention) {
        this(retention, Set.of());
    }

    /**
     * An accumulator that also counts the counted articles whose id and file are both missing from
     * {@code earlier} (the articles a baseline run read).
     */
    public CorpusAccumulator(Retention retention, Set<String> earlier) {
        this.retention = retention;
        this.kept = new RetainedArticles(retention);
        this.earlier = earlier;
    }

    /**
     * Adds article number {@code index} (numbers rise in source order); near-duplicates count
     * apart.
     */
    public void add(int index, ArticleFindings f) {
        if (f.duplicateOf().isPresent()) {
            duplicates++;
        } else if (!f.covered()) {
            uncovered++;
        } else {
            count(f);
        }
        byOutlet.computeIfAbsent(f.outlet().strip(), k -> new int[1])[0]++;
        String year = f.published().map(p -> p.iso().substring(0, 4)).orElse("");
        byYear.computeIfAbsent(year, k -> new int[1])[0]++;
        kept.add(index, f);
    }

    private void count(ArticleFindings f) {
        articles++;
        quotes += f.quotes().size();
        if (!earlier.contains(f.id()) && !earlier.contains(f.file())) {
            unseen++;
        }
        f.published().ifPresent(this::widenDates);
        for (ThemeFinding t : f.themes()) {
            int[] tally = themes.computeIfAbsent(t.id(), k -> new int[2]);
            tally[0] += t.mentions();
            tally[1]++;
        }
        for (ActorFinding a : f.actors()) {
            ActorCounter c = actors.computeIfAbsent(a.id(), k -> new ActorCounter());
            if (c.first == null) {
                c.first = new CorpusSummary.ActorTally(a.name(), a.kind(), true, 0, 0);
            }
            c.inCodebook &= a.inCodebook();
            c.mentions += a.mentions();
            c.articles++;
            Map<ThemeId, int[]> with = actorThemes.computeIfAbsent(a.id(), k -> new HashMap<>());
            f.themes().forEach(t -> with.computeIfAbsent(t.id(), k -> new int[1])[0]++);
        }
        f.published()
                .ifPresent(
                        p -> {
                            dated++;
                            articlesByYear.computeIfAbsent(p.year(), k -> new int[1])[0]++;
                            Map<ThemeId, int[]> year =
                                    themesByYear.computeIfAbsent(p.year(), k -> new HashMap<>());
                            f.themes()
                                    .forEach(
                                            t ->
                                                    year.computeIfAbsent(t.id(), k -> new int[1])[
                                                            0]++);
                        });
        f.quotes().stream()
                .flatMap(q -> q.speaker().stream())
                .filter(Speaker::named)
                .forEach(s -> quotesBySpeaker.computeIfAbsent(s.name(), k -> new int[1])[0]++);
    }

    /** Of equal dates, the earliest is the first read and the latest the last: as a stable sort. */
    private void widenDates(PublishedDate p) {
        if (earliest == null || p.date().isBefore(earliest.date())) {
            earliest = p;
        }
        if (latest == null || !p.date().isBefore(latest.date())) {
            latest = p;
        }
    }

    /** Adds {@code later}'s articles, all of which come after this one's in source order. */
    public CorpusAccumulator merge(CorpusAccumulator later) {
        articles += later.articles;
        duplicates += later.duplicates;
        uncovered += later.uncovered;
        dated += later.dated;
        quotes += later.quotes;
        addAll(articlesByYear, later.articlesByYear);
        addAll(themes, later.themes);
        later.actors.forEach(
                (id, c) -> {
                    ActorCounter mine = actors.get(id);
                    if (mine == null) {
                        actors.put(id, c);
                        return;
                    }
                    mine.inCodebook &= c.inCodebook;
                    mine.mentions += c.mentions;
                    mine.articles += c.articles;
                });
        later.actorThemes.forEach(
                (id, m) -> addAll(actorThemes.computeIfAbsent(id, k -> new HashMap<>()), m));
        later.themesByYear.forEach(
                (y, m) -> addAll(themesByYear.computeIfAbsent(y, k -> new HashMap<>()), m));
        addAll(quotesBySpeaker, later.quotesBySpeaker);
        addAll(byOutlet, later.byOutlet);
        addAll(byYear, later.byYear);
        if (later.earliest != null) {
            widenDates(later.earliest);
            widenDates(later.latest);
        }
        unseen += later.unseen;
        kept.merge(later.kept);
        return this;
    }

    private static <K> void addAll(Map<K, int[]> into, Map<K, int[]> from) {
        from.forEach(
                (k, v) -> {
                    int[] mine = into.computeIfAbsent(k, x -> new int[v.length]);
                    for (int i = 0; i < v.length; i++) {
                        mine[i] += v[i];
                    }
                });
    }

    /** The corpus totals: the extract-output step. */
    public CorpusSummary summary() {
        TreeMap<ActorId, CorpusSummary.ActorTally> actorTallies = new TreeMap<>();
        actors.forEach(
                (id, c) ->
                        actorTallies.put(
                                id,
                                new CorpusSummary.ActorTally(
                                        c.first.name(),
                                        c.first.kind(),
                                        c.inCodebook,
                                        c.mentions,
                                        c.articles)));
        TreeMap<ThemeId, CorpusSummary.Tally> themeTallies = new TreeMap<>();
        themes.forEach((id, t) -> themeTallies.put(id, new CorpusSummary.Tally(t[0], t[1])));
        TreeMap<ActorId, java.util.SortedMap<ThemeId, Integer>> byActor = new TreeMap<>();
        actorThemes.forEach((id, m) -> byActor.put(id, counts(m)));
        TreeMap<Integer, java.util.SortedMap<ThemeId, Integer>> byYear = new TreeMap<>();
        themesByYear.forEach((y, m) -> byYear.put(y, counts(m)));
        return new CorpusSummary(
                articles,
                duplicates,
                dated,
                counts(articlesByYear),
                themeTallies,
                actorTallies,
                byActor,
                byYear,
                quotes,
                counts(quotesBySpeaker));
    }

    private static <K extends Comparable<K>> TreeMap<K, Integer> counts(Map<K, int[]> m) {
        TreeMap<K, Integer> out = new TreeMap<>();
        m.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }

    /**
     * The articles held with their numbers in the source list, and the counts over all articles
     * read: the extract-output step for the source list and the citations.
     */
    public ArticlesRead articlesRead() {
        return new ArticlesRead(
                kept.held(),
                kept.read(),
                counts(byOutlet),
                counts(byYear),
                Optional.ofNullable(earliest),
                Optional.ofNullable(latest),
                unseen);
    }

    /** How many articles have been added: the length of the source list. */
    public int read() {
        return kept.read();
    }

    /** How many articles are in a language the codebook does not cover. */
    public int uncovered() {
        return uncovered;
    }

    /** How many articles are held because the brief can cite them. */
    public int keptForBrief() {
        return kept.kept();
    }

    /** The retention this accumulator keeps articles by. */
    public Retention retention() {
        return retention;
    }

    /** Keys a quotation or evidence sentence of {@code f} can be chosen by, for the retention. */
    static List<String> keys(ArticleFindings f, Retention r) {
        if (!f.counted()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (ThemeFinding t : f.themes()) {
            if (!t.evidence().isEmpty()) {
                keys.add("e " + t.id().value());
                f.published().ifPresent(p -> keys.add("y " + p.year() + " " + t.id().value()));
            }
        }
        TreeSet<String> speakers = new TreeSet<>();
        for (Quote q : f.quotes()) {
            if (q.speaker().isEmpty() || !q.speaker().get().named()) {
                continue;
            }
            String name = q.speaker().get().name();
            speakers.add("s " + name);
            int words = q.words();
            if (words >= r.quoteMinWords() && words <= r.quoteMaxWords()) {
                q.themes().forEach(t -> speakers.add("q " + t.value() + " " + name));
            }
        }
        keys.addAll(speakers);
        return keys;
    }
}
