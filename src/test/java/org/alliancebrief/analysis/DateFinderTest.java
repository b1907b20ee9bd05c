package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.alliancebrief.analysis.PublishedDate.Kind;
import org.alliancebrief.corpus.ArticleParser;
import org.junit.jupiter.api.Test;

/** Publication dates from ranked candidates, on pages written in the styles real pages take. */
class DateFinderTest {
    private final ArticleParser parser = new ArticleParser();
    private final DateFinder finder = new DateFinder();

    private Optional<PublishedDate> date(String file, String page) {
        return finder.find(parser.parse(file, page));
    }

    private void assertDate(String iso, Kind kind, String file, String page) {
        PublishedDate d =
                date(file, page).orElseThrow(() -> new AssertionError("no date in " + page));
        assertEquals(iso, d.iso(), page);
        assertEquals(kind, d.kind(), page);
    }

    @Test
    void frontMatterDateOfAPostBeatsEverything() {
        assertDate(
                "2022-03-25",
                Kind.FRONT_MATTER,
                "post.txt",
                """
                ---
                layout: post
                title : Allies weigh new package
                date  : 2022-03-25 12:00:00 +0800
                ---

                Ministers met on Friday (4 March 2022) in Brussels to agree the package.
                """);
    }

    @Test
    void htmlMetaAndJsonLdGiveTheDate() {
        assertDate(
                "2021-06-14",
                Kind.HTML_META,
                "p.html",
                "<html><head><script type=\"application/ld+json\">"
                        + "{\"@type\":\"NewsArticle\",\"datePublished\": \"2021-06-14T09:30:00Z\"}</script></head>"
                        + "<body><h1>Allies meet</h1><p>The allies met in Brussels to talk about defence.</p></body></html>");
    }

    @Test
    void stampStandsAnywhereInAHeaderLine() {
        assertDate(
                "2025-09-30",
                Kind.STAMP,
                "a.txt",
                """
                Allies tighten air defence after drone incursions

                WIRE WORLD Published September 30,2025 Subscribe

                The alliance's chief said on Tuesday that members must protect their skies better.
                """);
        assertDate(
                "2021-03-12",
                Kind.STAMP,
                "b.txt",
                """
                Parliament backs defence fund

                Category: Politics Published on Friday, 12 March 2021 09:10 Hits: 14

                Lawmakers approved the fund by a wide margin after a long debate in the chamber.
                """);
        assertDate(
                "2019-03-03",
                Kind.STAMP,
                "c.txt",
                """
                Ministers review the mission

                By Anna Nowak | March 3, 2019

                The ministers reviewed the mission and agreed to extend it by a year.
                """);
    }

    @Test
    void dateLineUnderTheHeadlineBeatsTheUpdatedStamp() {
        assertDate(
                "2018-07-10",
                Kind.DATE_LINE,
                "a.txt",
                """
                Joint statement on cooperation

                10 Jul. 2018 -
                Last updated: 12 Jul. 2018 13:32

                The two organisations signed the declaration in Brussels and pledged to deepen ties.
                """);
    }

    @Test
    void datelinesWithAndWithoutYear() {
        assertDate(
                "2017-03-03",
                Kind.DATELINE,
                "a.txt",
                """
                Allies agree on training mission

                BRUSSELS, March 3, 2017 (Reuters) - Allies agreed on Friday to expand the training mission.
                """);
        assertDate(
                "2024-03-04",
                Kind.DATELINE,
                "b.txt",
                """
                Baltic ministers meet

                Vilnius, 4 March 2024.

                The ministers of the three Baltic states met to discuss air defence and mobility.
                """);
        assertDate(
                "2023-01-10",
                Kind.DATELINE,
                "c.txt",
                """
                Third declaration signed

                BRUSSELS (City News / Wire Agency - 10th January, 2023) The alliance and the union signed a declaration.
                """);
        assertDate(
                "2021-06-15",
                Kind.DATELINE_YEAR_ELSEWHERE,
                "d.txt",
                """
                Summit names new challenges

                Brussels [Belgium], June 15 : The leaders named new challenges at the summit.

                © 2021 Example Wire Service
                """);
    }

    @Test
    void leadGivesItsOwnDateAndCaptionComesLast() {
        assertDate(
                "2016-07-08",
                Kind.LEAD,
                "a.txt",
                """
                Leaders bolster deterrence

                Group photo of the leaders at the summit venue

                The leaders took decisions to bolster deterrence at the first session on Friday (8 July 2016). They also agreed on cyber.
                """);
        assertDate(
                "2024-05-09",
                Kind.LEAD,
                "b.txt",
                """
                Ministers agree on drones

                The defence ministers met today (9 May 2024) and agreed on a joint drone programme.
                """);
        assertDate(
                "2017-12-05",
                Kind.CAPTION,
                "c.txt",
                """
                Ministers meet in Brussels

                The Secretary General (2nd R, Front) addresses a meeting in Brussels, Belgium, on Dec. 5, 2017. Photo Wire.

                The ministers discussed cooperation with the union on Tuesday and agreed on new steps.
                """);
    }

    @Test
    void neverACaptureDateNorAnEventInTheBody() {
        assertTrue(
                date(
                                "a.txt",
                                """
                Monday January 13, 2025

                Allies agree on mobility

                The allies agreed on 3 March 2019 to speed up the movement of troops across borders.
                Retrieved 4 May 2024
                """)
                        .isEmpty());
        assertTrue(
                date(
                                "b.txt",
                                """
                Allies agree on mobility

                Accessed on 12 June 2023

                In February 2022 the war changed European security; the allies met on Thursday.
                """)
                        .isEmpty());
    }

    @Test
    void aDateBelowSiteNavigationAboveTheHeadlineIsThePagesOwn() {
        assertDate(
                "2019-06-05",
                Kind.PAGE_DATE,
                "a.txt",
                """
                Home / About us / Newsroom / Agencies hold cyber workshop

                05 6 2019

                Agencies hold cyber workshop

                The two agencies held a workshop on threats to elections and agreed to share more data.
                """);
    }
}
