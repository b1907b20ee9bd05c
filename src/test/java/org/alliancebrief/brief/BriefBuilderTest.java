package org.alliancebrief.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusAccumulator;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.Retention;
import org.alliancebrief.brief.template.BriefTemplateLoader;
import org.junit.jupiter.api.Test;

class BriefBuilderTest {
    private final Brief brief = BriefFixture.brief("templates/brief.yaml");

    private KeyFinding finding(String id) {
        return brief.keyFindings().stream()
                .filter(k -> k.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no key finding " + id));
    }

    @Test
    void coverLineCountsArticlesDateRangeAndUndated() {
        assertEquals(
                "Based on 5 articles, 4 published 1 March 2019 – 1 March 2023, 1 undated",
                brief.cover().coverage());
        assertEquals("Generated 25 November 2026", brief.cover().generatedLabel());
    }

    @Test
    void leadingAreasAreRankedByShareOfArticlesWithoutTheDuplicate() {
        // cyber: a, c, d, e = 4 of 5; mobility: a, b, c = 3; space: c = 1
        assertEquals(
                "Cyber leads the coverage of practical cooperation: 80% of articles (4 of "
                        + "5 articles) discuss it, ahead of Military mobility (60%) and Space (20%).",
                finding("leading-areas").text());
        assertEquals(4, finding("leading-areas").figures().get("area1_articles"));
    }

    @Test
    void changeOverTimeComparesTheFirstAndLastYearWithEnoughArticles() {
        // 2019: a, b (2 dated); 2023: c, d (the duplicate f is not counted)
        // cyber 1/2 -> 2/2 (+50); space 0 -> 1/2 (+50); mobility 2/2 -> 1/2; ties go to rank
        assertEquals(
                "Between 2019 and 2023, Cyber gained the most ground, from 50% to 100% of "
                        + "dated articles.",
                finding("change-over-time").text());
    }

    @Test
    void mostQuotedNeedsTwoNamedSpeakers() {
        assertTrue(
                finding("most-quoted")
                        .text()
                        .contains("is the most quoted voice with 1 of 2 " + "quotations"),
                finding("most-quoted").text());
    }

    @Test
    void mostNamedActorsCitesASentenceNamingEachActorOfTheFinding() {
        KeyFinding named = finding("most-named-actors");
        List<String> sentences =
                named.evidence().stream().map(KeyFinding.EvidenceItem::sentence).toList();
        String person1 = (String) named.figures().get("person1");
        String person2 = (String) named.figures().get("person2");
        String country1 = (String) named.figures().get("country1");
        assertTrue(sentences.get(0).startsWith(person1 + " is named in "), sentences.toString());
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith(person2 + " is named in ")));
        assertTrue(sentences.stream().anyMatch(s -> s.startsWith(country1 + " is named in ")));
        assertTrue(sentences.size() <= 4, sentences.toString());
    }

    @Test
    void barelyMentionedListsAreasInFewArticlesAndAbsentOnes() {
        assertEquals(
                "The coverage barely touches Space (in 1 of 5 articles), and leaves out one "
                        + "of the codebook's areas entirely (Exercises).",
                finding("barely-mentioned").text());
    }

    @Test
    void topicSectionsQuoteOnTopicNamedSpeakersWithCitations() {
        List<Part.TopicSection> topics =
                brief.parts().stream()
                        .filter(Part.TopicSection.class::isInstance)
                        .map(Part.TopicSection.class::cast)
                        .toList();
        assertEquals(
                List.of("Cyber", "Military mobility", "Space", "Russia", "Burden-sharing"),
                topics.stream().map(Part.TopicSection::heading).toList());
        CitedQuote q = topics.get(0).quotes().get(0);
        assertEquals("Kaja Kallas", q.speaker());
        assertEquals(3, q.source());
        assertEquals("1 March 2023", q.date());
        CitedQuote jens = topics.get(1).quotes().get(0);
        assertEquals("NATO Secretary General", jens.role());
        assertTrue(
                topics.get(1)
                        .paragraph()
                        .startsWith(
                                "Military mobility appears in 3 of 5 "
                                        + "articles (60% of the corpus), with 6 mentions in all."),
                topics.get(1).paragraph());
    }

    @Test
    void timelineIsBuiltFromDatedArticlesOnly() {
        Chart.Timeline t =
                brief.parts().stream()
                        .filter(Part.Figure.class::isInstance)
                        .map(p -> ((Part.Figure) p).chart())
                        .filter(Chart.Timeline.class::isInstance)
                        .map(Chart.Timeline.class::cast)
                        .findFirst()
                        .orElseThrow();
        assertEquals(List.of(2019, 2023), t.years());
        assertEquals("Cyber", t.series().get(0).name());
        assertEquals(List.of(0.5, 1.0), t.series().get(0).values());
        assertTrue(t.caption().contains("4 dated articles; 1 undated"), t.caption());
    }

    @Test
    void sourcesListEveryArticleAndMarkTheDuplicate() {
        Part.Sources sources =
                brief.parts().stream()
                        .filter(Part.Sources.class::isInstance)
                        .map(Part.Sources.class::cast)
                        .findFirst()
                        .orElseThrow();
        assertEquals(6, sources.sources().size());
        assertEquals(Optional.empty(), sources.sources().get(4).dateLabel());
        assertEquals(Optional.empty(), sources.sources().get(4).published());
        assertEquals(Optional.of(4), sources.sources().get(5).duplicateOf());
    }

    @Test
    void aLongSourceListSaysTheSameWhenOnlyTheCitableArticlesAreHeld() {
        List<ArticleFindings> all = new ArrayList<>(BriefFixture.findings());
        String[] outlets = {"Reuters", "AFP", " AFP ", ""};
        for (int i = 0; i < 300; i++) {
            ArticleFindings f =
                    BriefFixture.article(
                            "x" + i + ".txt",
                            i % 7 == 0 ? null : 2018 + i % 5,
                            List.of(i % 2 == 0 ? BriefFixture.MOBILITY : BriefFixture.CYBER),
                            List.of(BriefFixture.NATO));
            all.add(withOutlet(f, outlets[i % outlets.length]));
        }
        CorpusAccumulator bounded =
                new CorpusAccumulator(
                        Retention.firstPerKey(8, 4, BriefBuilder.SOURCES_LISTED_UP_TO));
        for (int i = 0; i < all.size(); i++) {
            bounded.add(i, all.get(i));
        }
        assertTrue(bounded.keptForBrief() < 100, "kept " + bounded.keptForBrief());
        BriefBuilder builder =
                new BriefBuilder(
                        BriefFixture.codebook(),
                        BriefTemplateLoader.load(Path.of("templates/brief.yaml")),
                        "1.0.0");
        LocalDate day = LocalDate.of(2026, 11, 25);
        CorpusSummary summary = BriefFixture.summary(all);
        Brief whole = builder.build(all, summary, List.of(), day, Optional.empty());
        Brief held =
                builder.build(
                        bounded.articlesRead(),
                        summary,
                        List.of(),
                        day,
                        Optional.empty(),
                        RunInfo.of("1.0.0"),
                        Optional.empty());
        assertEquals(whole.cover(), held.cover());
        assertEquals(whole.keyFindings(), held.keyFindings());
        assertEquals(306, held.articlesRead());
        Part.Sources listAll = sources(whole);
        Part.Sources listHeld = sources(held);
        assertEquals(listAll.listed(), listHeld.listed());
        assertEquals(listAll.summary(), listHeld.summary());
        assertEquals(
                "By outlet: AFP 150; no outlet shown 77; Reuters 75.", listHeld.summary().get(1));
    }

    private static Part.Sources sources(Brief b) {
        return b.parts().stream()
                .filter(Part.Sources.class::isInstance)
                .map(Part.Sources.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static ArticleFindings withOutlet(ArticleFindings f, String outlet) {
        return new ArticleFindings(
                f.file(),
                f.title(),
                outlet,
                f.published(),
                f.duplicateOf(),
                f.themes(),
                f.actors(),
                f.quotes(),
                f.words(),
                f.fingerprint());
    }

    @Test
    void executiveSummaryKeepsOnlyItsSectionsAndCitedSources() {
        Brief exec = BriefFixture.brief("templates/executive.yaml");
        assertEquals(4, exec.keyFindings().size());
        assertInstanceOf(Part.KeyFindings.class, exec.parts().get(0));
        Part.Sources sources =
                assertInstanceOf(Part.Sources.class, exec.parts().get(exec.parts().size() - 1));
        List<Integer> cited = sources.sources().stream().map(Source::number).toList();
        assertTrue(cited.size() < 6 && !cited.isEmpty(), cited.toString());
    }

    @Test
    void keyFindingFiguresAreTheNumbersInTheSentence() {
        Map<String, Object> f = finding("leading-themes").figures();
        assertEquals("Russia", f.get("theme1"));
        assertEquals("60%", f.get("theme1_share").toString());
        assertEquals(0.6, ((Measure) f.get("theme1_share")).value().doubleValue(), 1e-9);
    }
}
