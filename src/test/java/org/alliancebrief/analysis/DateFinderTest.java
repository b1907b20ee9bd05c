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

    private void assertNone(String page) {
        Optional<PublishedDate> d = date("a.txt", page);
        assertTrue(d.isEmpty(), () -> "dated " + d.orElseThrow() + " in " + page);
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
    void aDateLineThatAnUpdatedStampFollowsInTheHeaderIsTheFirstPublication() {
        assertDate(
                "2025-03-20",
                Kind.DATE_LINE,
                "a.txt",
                """
                Opening remarks

                by NATO Deputy Secretary General Jana Novak at the European Parliament

                  • 20 Mar. 2025 -
                  • |
                  • Last updated: 25 Mar. 2025 16:14

                Good morning, everyone. The security situation in Europe is deeply worrying.
                """);
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
        // The copyright typed in ASCII, or spelt out, shows the year as well.
        for (String copyright : new String[] {"(c) 2022 Example Wire", "Copyright 2022 Example"}) {
            assertDate(
                    "2022-03-12",
                    Kind.DATELINE_YEAR_ELSEWHERE,
                    "e.txt",
                    """
                    Allies agree new air defence plan

                    BRUSSELS, March 12 (Wire) - Defence ministers agreed on a new air defence plan.

                    %s
                    """
                            .formatted(copyright));
        }
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
    void neverACaptureDateNorAnEventDeeperInTheStory() {
        assertNone(
                """
                Monday January 13, 2025

                Allies agree on mobility

                The allies agreed to speed up the movement of troops across borders, officials said.

                Ministers first discussed the plan in the spring and asked for more work on it.

                The allies agreed on 3 March 2019 to open the first corridors.
                Retrieved 4 May 2024
                """);
        assertNone(
                """
                Allies agree on mobility

                Accessed on 12 June 2023

                In February 2022 the war changed European security; the allies met on Thursday.
                """);
    }

    @Test
    void aShortLabelBeforeTheDateUnderTheHeadline() {
        assertDate(
                "2015-05-15",
                Kind.DATE_LINE,
                "a.txt",
                """
                Allies agree to share more data

                Wire Service, May 15, 2015 Adjust font size:

                The ministers agreed on Thursday to share more data on threats to their networks.
                """);
        assertDate(
                "2016-07-15",
                Kind.DATE_LINE,
                "b.txt",
                """
                Answer of the spokesperson to a question on the joint declaration

                REF-31, 15 July 2016

                The declaration proposes steps that both organisations will discuss separately.
                """);
        assertDate(
                "2018-03-14",
                Kind.DATE_LINE,
                "c.txt",
                """
                Statement on the training mission

                Ministry of Defence 14.03.2018

                The ministry welcomed the decision to extend the training mission by a year.
                """);
        assertDate(
                "2022-08-26",
                Kind.DATE_LINE,
                "d.txt",
                """
                Minister meets the alliance's envoy

                Source: Agencija Friday, August 26, 2022 | 22:45Politics Share

                The minister met the envoy in the capital and discussed the regional situation.
                """);
    }

    @Test
    void aStampLineThatOpensWithTheDateAndGoesOnWithOtherItems() {
        assertDate(
                "2026-02-17",
                Kind.DATE_LINE,
                "a.txt",
                """
                Commission says mobility decides deterrence - Example Digest
                17 February 2026 07:09 UTC · Example Commission · Press Release · Source · Email X Link

                The commissioner said that rules on moving troops must be simpler and faster.
                """);
    }

    @Test
    void aDateRunTogetherWithItsTime() {
        assertDate(
                "2019-06-25",
                Kind.DATE_LINE,
                "a.txt",
                """
                Envoy expects ratification by the end of the year

                WORLD 25.06.201916:51
                Example TV

                The envoy said on Tuesday that he hoped the ratification would be finished soon.
                """);
    }

    @Test
    void slashDatesReadAsThePageWritesItsOtherDates() {
        assertDate(
                "2014-04-15",
                Kind.UPDATED,
                "a.txt",
                """
                Alliance chief wants closer ties with the union

                Associated Wire
                Updated 4/15/2014 7:44 AM

                LUXEMBOURG -- The alliance's chief said on Tuesday that both must cooperate more.
                """);
        // Ambiguous: the page's other dates are written month first, as in the United States.
        assertDate(
                "2014-04-05",
                Kind.UPDATED,
                "b.txt",
                """
                Alliance chief wants closer ties with the union

                Updated 4/5/2014 7:44 AM
                Photo taken March 30, 2014 at the summit venue (Photo: Example Wire)

                The alliance's chief said on Saturday that both must cooperate more.
                """);
        // Ambiguous, nothing else to go by: day first.
        assertDate(
                "2014-05-04",
                Kind.STAMP,
                "c.txt",
                """
                Alliance chief wants closer ties with the union

                Posted 04/05/2014

                The alliance's chief said on Sunday that both must cooperate more.
                """);
        // Dots are day first whatever the page's other dates say.
        assertDate(
                "2014-05-04",
                Kind.STAMP,
                "d.txt",
                """
                Alliance chief wants closer ties with the union

                Posted 04.05.2014
                Photo taken March 30, 2014 at the summit venue (Photo: Example Wire)

                The alliance's chief said on Sunday that both must cooperate more.
                """);
    }

    @Test
    void aDateWithItsTimeAboveTheHeadlineIsTheSitesStampABareOneTheCaptureDate() {
        assertDate(
                "2021-04-19",
                Kind.PAGE_DATE,
                "a.txt",
                """
                19 April 2021,   01:24
                We welcome the strong message from our partners - the Secretary General

                The Secretary General and the Council's president held a press conference.
                """);
        assertNone(
                """
                19 April 2021
                We welcome the strong message from our partners - the Secretary General

                The Secretary General and the Council's president held a press conference.
                """);
    }

    @Test
    void aSitesClockRepeatingTheCaptureDayIsNoStamp() {
        assertNone(
                """
                Tuesday, 3 March, 2026
                Paris, France
                Tuesday, March 3, 2026 9:15 AM
                light rain 7°C
                Humidity: 80%

                Allies cannot go it alone, the alliance's chief warns

                PARIS — Europe cannot defend itself alone, the alliance's chief said on Tuesday.
                """);
    }

    @Test
    void theLeadsEventDayWhenThePageShowsNothingBetter() {
        assertDate(
                "2023-01-10",
                Kind.EVENT,
                "a.txt",
                """
                Third declaration signed

                The heads of both organisations met on 10 January 2023 at the alliance's headquarters to sign a declaration.
                The declaration lists new areas of work, from space to climate security.
                """);
        assertDate(
                "2023-01-12",
                Kind.STAMP,
                "b.txt",
                """
                Declaration signed

                Published on 12 January 2023

                The heads of both organisations met on 10 January 2023 at the alliance's headquarters to sign a declaration.
                """);
    }

    @Test
    void neverAnEventDayInAQuotationNorOneThePageShowsIsPast() {
        assertNone(
                """
                Envoy writes to the union

                "I would appreciate your answer on 10 June 2019 at the latest," the envoy wrote to the union's chief.
                """);
        assertNone(
                """
                Ministers review the declaration

                The declaration, signed on 8 July 2016, was reviewed by the ministers. Officials said on 12 September 2016 that the work goes on.
                """);
        assertNone(
                """
                Ministers review the declaration

                The ministers have worked since 8 July 2016 on the proposals of the declaration.
                """);
        assertNone(
                """
                Ministers agree on more air defence

                The ministers agreed to send more air defence systems to Ukraine. The war began on 24 February 2022 with attacks on several cities.
                """);
    }

    @Test
    void stillRejectsBannersFilePhotosYearlessDatesPostsAndCopyrightYears() {
        assertNone(
                """
                This article is more than 3 years old

                Allies agree on mobility

                The allies agreed on Thursday to speed up the movement of troops across borders.

                File photo: ministers meet in Brussels on 3 March 2019. (Photo: Example Wire)
                """);
        assertNone(
                """
                Allies agree on mobility

                The allies agreed on June 15 to speed up the movement of troops across borders.

                © 2021 Example Wire Service
                """);
        assertNone(
                """
                Allies agree on mobility

                The allies agreed on Thursday to speed up the movement of troops across borders.

                Our airspace is safe because we guard it together. https://example.org/post/1
                — Example Minister (@exampleminister) July 18, 2025

                The ministers will meet again in the autumn to review the corridors.
                """);
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

    @Test
    void aDateStampGluedToTheLeadIsItsDateline() {
        assertDate(
                "2014-06-23",
                Kind.DATELINE,
                "a.txt",
                """
                Alliance chief prepares for the autumn summit


                06/23/2014:The Secretary General met the British Prime Minister to prepare the \
                summit in September. He said the meeting would be one of the most important.
                """);
    }

    @Test
    void aTextPageDressedInSpansIsReadLineByLine() {
        assertDate(
                "2025-10-23",
                Kind.DATE_LINE,
                "export.txt",
                """
                <span style="font-size:21pt; font-weight:bold;">Europe readies its defences</span>
                <span style="color:#808080; font-size:6pt;">October 23rd 2025</span>

                Officials in Brussels said on Tuesday that the union would spend more on air \
                defence and work with the alliance on it across the continent this year.
                """);
        assertEquals(
                "Europe readies its defences",
                parser.parse(
                                "export.txt",
                                "<span>Europe readies its defences</span>\n\nOfficials said"
                                        + " on Tuesday that the union would spend more.\n")
                        .title());
    }

    @Test
    void aMagazineExportsKickerStandfirstAndDateLinesStayApart() {
        String page =
                """
                <span style="color:#E3120B;">Europe</span> <span>| The Week</span>
                <span style="font-size:21pt;">Europe readies its defences</span>
                <span style="font-style:italic;">Capitals prepare for a colder decade</span>
                <span style="font-size:6pt;">October 23rd 2025</span>

                Officials in Brussels said on Tuesday that the union would spend more on air \
                defence and work with the alliance on it across the continent this year.
                """;
        assertEquals("2025-10-23", date("export.txt", page).orElseThrow().iso());
        assertEquals("Europe readies its defences", parser.parse("export.txt", page).title());
    }
}
