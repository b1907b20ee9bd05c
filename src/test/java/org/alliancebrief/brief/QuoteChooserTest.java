package org.alliancebrief.brief;

import static org.alliancebrief.brief.BriefFixture.JENS;
import static org.alliancebrief.brief.BriefFixture.KAJA;
import static org.alliancebrief.brief.BriefFixture.MOBILITY;
import static org.alliancebrief.brief.BriefFixture.NATO;
import static org.alliancebrief.brief.BriefFixture.article;
import static org.alliancebrief.brief.BriefFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.ArticlesRead;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.Quote;
import org.alliancebrief.analysis.Speaker;
import org.alliancebrief.corpus.Span;
import org.junit.jupiter.api.Test;

/** The stated rule for the quotations a section shows. */
class QuoteChooserTest {
    @Test
    void skipsTheSameRemarkCarriedAgainWithAFigureOrNameChanged() {
        List<ArticleFindings> all =
                List.of(
                        article(
                                "a.txt",
                                2019,
                                List.of(MOBILITY),
                                List.of(JENS, NATO),
                                quote(
                                        "We will assess our training and capacity building support for "
                                                + "partners like Iraq and Jordan",
                                        JENS,
                                        "Jens Stoltenberg",
                                        MOBILITY)),
                        article(
                                "b.txt",
                                2020,
                                List.of(MOBILITY),
                                List.of(KAJA, NATO),
                                quote(
                                        "We will assess our training and capacity building support for "
                                                + "partners like Lithuania and Bulgaria",
                                        KAJA,
                                        "Kaja Kallas",
                                        MOBILITY)),
                        article(
                                "c.txt",
                                2021,
                                List.of(MOBILITY),
                                List.of(KAJA, NATO),
                                quote(
                                        "Our forces must be able to move across Europe within days, not "
                                                + "weeks",
                                        KAJA,
                                        "Kaja Kallas",
                                        MOBILITY)));
        CorpusSummary summary =
                all.stream()
                        .map(CorpusSummary::of)
                        .reduce(CorpusSummary.empty(), CorpusSummary::merge);
        var chooser =
                new QuoteChooser(
                        new Figures(
                                BriefFixture.codebook(), summary, ArticlesRead.of(all, Set.of())),
                        BriefFixture.codebook());
        List<CitedQuote> chosen = chooser.choose(MOBILITY, 3);
        assertEquals(List.of(1, 3), chosen.stream().map(CitedQuote::source).toList());
    }

    @Test
    void showsAnUnnamedSourceAsSuchAndNeverAsANamedVoice() {
        Quote unnamed =
                new Quote(
                        "Nobody in this building expects the convoys to cross the border before "
                                + "the spring thaw",
                        new Span(0, 10),
                        Optional.of(
                                new Speaker(
                                        "an EU official",
                                        Optional.empty(),
                                        false,
                                        "an EU official")),
                        List.of(MOBILITY));
        List<ArticleFindings> all =
                List.of(
                        article("a.txt", 2021, List.of(MOBILITY), List.of(NATO), unnamed),
                        article(
                                "b.txt",
                                2022,
                                List.of(MOBILITY),
                                List.of(JENS, NATO),
                                quote(
                                        "Our forces must be able to move across Europe within "
                                                + "days, not weeks",
                                        JENS,
                                        "Jens Stoltenberg",
                                        MOBILITY)),
                        article(
                                "c.txt",
                                2023,
                                List.of(MOBILITY),
                                List.of(JENS, NATO),
                                quote(
                                        "Bridges and rail lines in the east were built for "
                                                + "lighter loads than tanks",
                                        JENS,
                                        "Jens Stoltenberg",
                                        MOBILITY)));
        CorpusSummary summary =
                all.stream()
                        .map(CorpusSummary::of)
                        .reduce(CorpusSummary.empty(), CorpusSummary::merge);
        var chooser =
                new QuoteChooser(
                        new Figures(
                                BriefFixture.codebook(), summary, ArticlesRead.of(all, Set.of())),
                        BriefFixture.codebook());
        List<CitedQuote> chosen = chooser.choose(MOBILITY, 3);
        // The named voice first; the unnamed source after it, shown as unnamed.
        assertEquals(
                List.of("Jens Stoltenberg", "an EU official (unnamed)", "Jens Stoltenberg"),
                chosen.stream().map(CitedQuote::speaker).toList());
        assertEquals(List.of(2, 1, 3), chosen.stream().map(CitedQuote::source).toList());
    }
}
