package org.alliancebrief.brief;

import static org.alliancebrief.brief.BriefFixture.JENS;
import static org.alliancebrief.brief.BriefFixture.KAJA;
import static org.alliancebrief.brief.BriefFixture.MOBILITY;
import static org.alliancebrief.brief.BriefFixture.NATO;
import static org.alliancebrief.brief.BriefFixture.article;
import static org.alliancebrief.brief.BriefFixture.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
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
                        new Figures(BriefFixture.codebook(), summary, all),
                        BriefFixture.codebook());
        List<CitedQuote> chosen = chooser.choose(MOBILITY, 3);
        assertEquals(List.of(1, 3), chosen.stream().map(CitedQuote::source).toList());
    }
}
