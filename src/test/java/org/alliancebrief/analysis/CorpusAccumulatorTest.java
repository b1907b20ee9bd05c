package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
    private static final String[] SPEAKERS = {"Ana Lind", "Piet Vos", "Mara Kolb"};

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
                                        false,
                                        "1 March"));
        Optional<String> duplicate =
                random.nextInt(10) == 0 ? Optional.of("earlier.txt") : Optional.empty();
        return new ArticleFindings(
                "f" + i + ".txt",
                "Title " + i,
                "",
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
        CorpusAccumulator acc = new CorpusAccumulator(retention);
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
        Retention r = Retention.firstPerKey(4);
        CorpusAccumulator whole = accumulate(all, 0, 300, r);
        CorpusAccumulator left =
                accumulate(all, 0, 100, r)
                        .merge(accumulate(all, 100, 200, r))
                        .merge(accumulate(all, 200, 300, r));
        CorpusAccumulator right =
                accumulate(all, 0, 100, r)
                        .merge(accumulate(all, 100, 200, r).merge(accumulate(all, 200, 300, r)));
        for (CorpusAccumulator other : List.of(left, right)) {
            assertEquals(whole.summary(), other.summary());
            assertEquals(whole.articles(), other.articles());
            assertEquals(whole.keptInFull(), other.keptInFull());
        }
    }

    @Test
    void keepsInFullOnlyTheFirstArticlesPerKeyAndTheSourceDetailsOfAll() {
        List<ArticleFindings> all = corpus(300);
        CorpusAccumulator acc = accumulate(all, 0, 300, Retention.firstPerKey(2));
        List<ArticleFindings> kept = acc.articles();
        assertEquals(300, kept.size());
        assertTrue(acc.keptInFull() < 40, "kept " + acc.keptInFull());
        for (int i = 0; i < 300; i++) {
            assertEquals(all.get(i).file(), kept.get(i).file());
            assertEquals(all.get(i).title(), kept.get(i).title());
            assertEquals(all.get(i).published(), kept.get(i).published());
            assertEquals(all.get(i).duplicateOf(), kept.get(i).duplicateOf());
        }
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
            with.forEach(i -> assertEquals(all.get(i), kept.get(i)));
        }
        assertFalse(
                kept.get(299).themes().size() == all.get(299).themes().size()
                        && !all.get(299).themes().isEmpty()
                        && acc.keptInFull() < 3);
    }

    @Test
    void refusesArticlesOutOfSourceOrder() {
        CorpusAccumulator acc = new CorpusAccumulator(Retention.ALL);
        List<ArticleFindings> all = corpus(2);
        acc.add(1, all.get(1));
        assertThrows(IllegalArgumentException.class, () -> acc.add(0, all.get(0)));
    }
}
