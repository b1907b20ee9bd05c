package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Span;
import org.junit.jupiter.api.Test;

/** The accumulator counts what the per-article summaries count, in any grouping of merges. */
class CorpusAccumulatorTest {
    private static final ThemeId[] THEMES = {
        new ThemeId("cyber"), new ThemeId("space"), new ThemeId("russia")
    };
    private static final String[] SPEAKERS = {
        "Ana Lind", "Piet Vos", "Mara Kolb", "Ivo Berg", "Lena Roos", "Tom Hale", "Eva Sand"
    };

    /** A reproducible article: some themes with evidence, actors, quotations, maybe a date. */
    private static ArticleFindings article(int i, Random random) {
        List<ThemeFinding> themes = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        for (ThemeId t : THEMES) {
            if (random.nextInt(3) > 0) {
                themes.add(
                        new ThemeFinding(
                                t,
                                1 + random.nextInt(4),
                                List.of(
                                        new Evidence(
                                                "Sentence " + i + " on " + t.value() + ".",
                                                new Span(0, 10)))));
                String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
                quotes.add(
                        new Quote(
                                "We will keep working together on this for as long as it "
                                        + "takes, number "
                                        + i,
                                new Span(0, 5),
                                Optional.of(
                                        new Speaker(
                                                speaker,
                                                Optional.empty(),
                                                true,
                                                speaker + " said")),
                                List.of(t)));
            }
        }
        List<ActorFinding> actors =
                List.of(
                        new ActorFinding(
                                new ActorId("nato"),
                                "NATO",
                                ActorKind.ORGANISATION,
                                1 + random.nextInt(5),
                                true),
                        new ActorFinding(
                                new ActorId("a" + random.nextInt(4)),
                                "Actor",
                                ActorKind.PERSON,
                                1,
                                random.nextBoolean()));
        Optional<PublishedDate> date =
                random.nextInt(4) == 0
                        ? Optional.empty()
                        : Optional.of(
                                new PublishedDate(
                                        LocalDate.of(2018 + random.nextInt(4), 3, 1),
                                        random.nextBoolean(),
                                        "March " + i));
        Optional<String> duplicate =
                random.nextInt(10) == 0 ? Optional.of("earlier.txt") : Optional.empty();
        String[] outlets = {"", "Reuters", " Reuters ", "AFP"};
        return new ArticleFindings(
                "f" + i + ".txt",
                "Title " + i,
                outlets[random.nextInt(outlets.length)],
                date,
                duplicate,
                themes,
                actors,
                quotes,
                300,
                List.of());
    }

    private static List<ArticleFindings> corpus(int n) {
        Random random = new Random(42);
        List<ArticleFindings> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(article(i, random));
        }
        return all;
    }

    private static CorpusAccumulator accumulate(
            List<ArticleFindings> all, int from, int to, Retention retention) {
        return accumulate(all, from, to, retention, Set.of());
    }

    private static CorpusAccumulator accumulate(
            List<ArticleFindings> all, int from, int to, Retention retention, Set<String> earlier) {
        CorpusAccumulator acc = new CorpusAccumulator(retention, earlier);
        for (int i = from; i < to; i++) {
            acc.add(i, all.get(i));
        }
        return acc;
    }

    @Test
    void countsWhatThePerArticleSummariesCount() {
        List<ArticleFindings> all = corpus(200);
        CorpusSummary expected =
                all.stream()
                        .map(CorpusSummary::of)
                        .reduce(CorpusSummary.empty(), CorpusSummary::merge);
        CorpusSummary actual = accumulate(all, 0, all.size(), Retention.ALL).summary();
        assertEquals(expected, actual);
        assertTrue(actual.articles() > 150 && actual.duplicates() > 5, actual.toString());
    }

    @Test
    void mergesToTheSameResultInAnyGrouping() {
        List<ArticleFindings> all = corpus(300);
        Set<String> earlier = Set.of("f3.txt", "f10.txt", "f11.txt");
        // articles listed up to: fewer than a partition, more than one but fewer than all, all
        for (int listedUpTo : List.of(50, 150, 1000)) {
            Retention r = Retention.firstPerKey(4, 2, listedUpTo);
            CorpusAccumulator whole = accumulate(all, 0, 300, r, earlier);
            CorpusAccumulator left =
                    accumulate(all, 0, 100, r, earlier)
                            .merge(accumulate(all, 100, 200, r, earlier))
                            .merge(accumulate(all, 200, 300, r, earlier));
            CorpusAccumulator right =
                    accumulate(all, 0, 100, r, earlier)
                            .merge(
                                    accumulate(all, 100, 200, r, earlier)
                                            .merge(accumulate(all, 200, 300, r, earlier)));
            for (CorpusAccumulator other : List.of(left, right)) {
                assertEquals(whole.summary(), other.summary());
                assertEquals(whole.articlesRead(), other.articlesRead(), "up to " + listedUpTo);
                assertEquals(whole.keptForBrief(), other.keptForBrief());
            }
        }
    }

    @Test
    void countsEveryArticleReadForTheSourceListWithoutHoldingIt() {
        List<ArticleFindings> all = corpus(300);
        ArticlesRead read =
                accumulate(all, 0, 300, Retention.firstPerKey(2, 2, 0), Set.of()).articlesRead();
        assertEquals(300, read.total());
        Map<String, Integer> byOutlet = new TreeMap<>();
        Map<String, Integer> byYear = new TreeMap<>();
        for (ArticleFindings f : all) {
            byOutlet.merge(f.outlet().strip(), 1, Integer::sum);
            byYear.merge(
                    f.published().map(p -> p.iso().substring(0, 4)).orElse(""), 1, Integer::sum);
        }
        assertEquals(byOutlet, read.byOutlet());
        assertEquals(3, read.byOutlet().size()); // "Reuters" and " Reuters " are one outlet
        assertEquals(byYear, read.byYear());
        // as a stable sort by date: the first read of the earliest, the last of the latest
        List<PublishedDate> dates =
                all.stream()
                        .filter(ArticleFindings::counted)
                        .flatMap(f -> f.published().stream())
                        .sorted(java.util.Comparator.comparing(PublishedDate::date))
                        .toList();
        assertEquals(dates.get(0), read.earliest().orElseThrow());
        assertEquals(dates.get(dates.size() - 1), read.latest().orElseThrow());
    }

    @Test
    void countsTheCountedArticlesAnEarlierRunDidNotRead() {
        List<ArticleFindings> all = corpus(40);
        Set<String> earlier = new java.util.HashSet<>();
        all.subList(0, 30).forEach(f -> earlier.add(f.file()));
        long expected = all.subList(30, 40).stream().filter(ArticleFindings::counted).count();
        assertEquals(expected, ArticlesRead.of(all, earlier).unseen());
        assertTrue(expected > 5);
    }

    @Test
    void keepsInFullOnlyTheFirstArticlesPerKeyNumberedInSourceOrder() {
        List<ArticleFindings> all = corpus(300);
        CorpusAccumulator acc = accumulate(all, 0, 300, Retention.firstPerKey(2, 2, 0), Set.of());
        SortedMap<Integer, ArticleFindings> held = acc.articlesRead().held();
        assertEquals(acc.keptForBrief(), held.size());
        assertTrue(acc.keptForBrief() < 40, "kept " + acc.keptForBrief());
        // whole where a theme's key keeps it; where only speakers' keys do, their quotations
        held.forEach(
                (number, f) -> {
                    ArticleFindings original = all.get(number - 1);
                    assertEquals(original.file(), f.file());
                    assertTrue(
                            f.equals(original)
                                    || f.themes().isEmpty()
                                            && original.quotes().containsAll(f.quotes())
                                            && !f.quotes().isEmpty(),
                            "article " + number);
                });
        // The first two counted articles with evidence on a theme are kept whole.
        for (ThemeId t : THEMES) {
            List<Integer> with = new ArrayList<>();
            for (int i = 0; i < 300 && with.size() < 2; i++) {
                ArticleFindings f = all.get(i);
                if (f.duplicateOf().isEmpty()
                        && f.themes().stream().anyMatch(x -> x.id().equals(t))) {
                    with.add(i);
                }
            }
            with.forEach(i -> assertEquals(all.get(i), held.get(i + 1)));
        }
    }

    @Test
    void aBoundedRunHoldsOfAnArticleWhatTheBriefCanCite() {
        List<Evidence> three =
                List.of(
                        new Evidence("First on cyber.", new Span(0, 15)),
                        new Evidence("Second on cyber.", new Span(16, 32)),
                        new Evidence("Third on cyber.", new Span(33, 48)));
        ArticleFindings f = article(0, new Random(1));
        f =
                new ArticleFindings(
                        f.file(),
                        f.title(),
                        f.outlet(),
                        f.published(),
                        Optional.empty(),
                        List.of(new ThemeFinding(THEMES[0], 3, three)),
                        List.of(
                                new ActorFinding(
                                        new ActorId("nato"),
                                        "NATO",
                                        ActorKind.ORGANISATION,
                                        2,
                                        true,
                                        false,
                                        three.subList(0, 2))),
                        f.quotes(),
                        f.words(),
                        List.of(1L, 2L, 3L));
        CorpusAccumulator acc = new CorpusAccumulator(Retention.firstPerKey(2, 2, 0));
        acc.add(0, f);
        ArticleFindings held = acc.articlesRead().held().get(1);
        assertEquals(three.subList(0, 1), held.themes().get(0).evidence());
        assertEquals(three.subList(0, 1), held.actors().get(0).evidence());
        assertEquals(f.quotes(), held.quotes());
        assertEquals(List.of(), held.fingerprint());
        // a run that holds every article holds it whole
        CorpusAccumulator all = new CorpusAccumulator(Retention.ALL);
        all.add(0, f);
        assertEquals(f, all.articlesRead().held().get(1));
    }

    @Test
    void keepsOfAnArticleOnlySpeakersCountOnlyTheirQuotationsAndThoseOfUnnamedSources() {
        List<ArticleFindings> all = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            all.add(
                    new ArticleFindings(
                            "q" + i + ".txt",
                            "Title",
                            "",
                            Optional.empty(),
                            Optional.empty(),
                            List.of(new ThemeFinding(THEMES[0], 1, List.of())),
                            List.of(new ActorFinding(new ActorId("nato"), "NATO", ORG, 1, true)),
                            List.of(
                                    quote("Ana Lind", true, THEMES[0]),
                                    quote("Piet Vos", true, THEMES[i == 1 ? 2 : 1]),
                                    quote("an official", false, THEMES[1])),
                            100,
                            List.of()));
        }
        // one article a key: the first counts for both speakers, the second for Piet Vos on
        // Russia only (Ana Lind's keys are full), the third for no one
        ArticlesRead read =
                accumulate(all, 0, 3, Retention.firstPerKey(1, 1, 0), Set.of()).articlesRead();
        assertEquals(List.of(1, 2), List.copyOf(read.held().keySet()));
        assertEquals(all.get(0).quotes(), read.held().get(1).quotes());
        // Piet Vos's quotation and the unnamed source's, not Ana Lind's; no areas or actors
        assertEquals(all.get(1).quotes().subList(1, 3), read.held().get(2).quotes());
        assertEquals(List.of(), read.held().get(2).themes());
        assertEquals(List.of(), read.held().get(2).actors());
    }

    private static final ActorKind ORG = ActorKind.ORGANISATION;

    private static Quote quote(String speaker, boolean named, ThemeId theme) {
        return new Quote(
                "We will keep working together on this for as long as it takes",
                new Span(0, 5),
                Optional.of(new Speaker(speaker, Optional.empty(), named, speaker + " said")),
                List.of(theme));
    }

    @Test
    void holdsEveryArticlesSourceDetailsWhileTheListNamesThemAll() {
        List<ArticleFindings> all = corpus(300);
        CorpusAccumulator acc = accumulate(all, 0, 300, Retention.firstPerKey(2, 2, 300), Set.of());
        List<ArticleFindings> held = acc.articlesRead().articles();
        assertEquals(300, held.size());
        for (int i = 0; i < 300; i++) {
            assertEquals(all.get(i).file(), held.get(i).file());
            assertEquals(all.get(i).title(), held.get(i).title());
            assertEquals(all.get(i).published(), held.get(i).published());
            assertEquals(all.get(i).duplicateOf(), held.get(i).duplicateOf());
        }
        // one more article and only those kept in full are held
        CorpusAccumulator more =
                accumulate(all, 0, 300, Retention.firstPerKey(2, 2, 299), Set.of());
        assertEquals(more.keptForBrief(), more.articlesRead().held().size());
    }

    @Test
    void refusesArticlesOutOfSourceOrder() {
        CorpusAccumulator acc = new CorpusAccumulator(Retention.ALL);
        List<ArticleFindings> all = corpus(2);
        acc.add(1, all.get(1));
        assertThrows(IllegalArgumentException.class, () -> acc.add(0, all.get(0)));
    }
}
