package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.alliancebrief.corpus.MetaLine.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleParserTest {
    private static final Path SEEDS = Path.of("seeds");
    private final ArticleParser parser = new ArticleParser();

    private Article parse(String text) {
        return parser.parse("a.txt", text);
    }

    private Article seed(String prefix) throws IOException {
        try (var files = Files.list(SEEDS)) {
            Path file =
                    files.filter(p -> p.getFileName().toString().startsWith(prefix))
                            .findFirst()
                            .orElseThrow();
            return parser.parse(file.getFileName().toString(), Files.readString(file));
        }
    }

    private static List<String> sentences(Article a) {
        return IntStream.range(0, a.sentences().size()).mapToObj(a::sentence).toList();
    }

    private static List<String> meta(Article a, Placement placement) {
        return a.meta().stream()
                .filter(m -> m.placement() == placement)
                .map(MetaLine::text)
                .toList();
    }

    @Test
    void aDatedLineBelowAQuotationSignsItAndStaysContent() {
        Article a =
                parser.parse(
                        "a.txt",
                        """
                        Quick reads: the summit

                        The leaders met for two days and agreed on a plan for air defence.

                        “No ally can defend its skies alone, and none of us will have to.”

                        Defence Minister Jana Kowalczyk, 12 March 2025

                        The ministers will meet again in June to review the first steps.

                        Vilnius, 12 March 2025
                        """);
        List<String> paragraphs = a.paragraphs().stream().map(p -> p.of(a.text())).toList();
        assertTrue(paragraphs.contains("Defence Minister Jana Kowalczyk, 12 March 2025"));
        assertEquals(List.of("Vilnius, 12 March 2025"), meta(a, Placement.BODY));
    }

    private static void assertSpansExact(Article a) {
        for (Span p : a.paragraphs()) {
            assertEquals(p.of(a.text()), p.of(a.text()).strip(), "paragraph is stripped");
            assertFalse(p.of(a.text()).contains("\n"), "paragraph has no line break");
        }
        for (Span s : a.sentences()) {
            assertTrue(
                    a.paragraphs().stream().anyMatch(p -> p.contains(s)),
                    "sentence inside a paragraph");
            assertEquals(s.of(a.text()).strip(), s.of(a.text()), "sentence is stripped");
        }
        assertEquals(a.title(), a.paragraphs().get(0).of(a.text()));
    }

    // Furniture

    @Test
    void aRowOfMenuItemsWithTheSitesOwnNameIsNoHeadline() {
        Article a =
                parse(
                        """
                        Newsletter Newsletters Events Podcasts Videos Worldwire
                        Opinions

                        Boosting defence spending means more help for Ukraine, minister says

                        If allies raise defence spending, that will mean more help for Ukraine, \
                        the minister told the morning show on Wednesday.
                        """);
        assertEquals(
                "Boosting defence spending means more help for Ukraine, minister says", a.title());
    }

    @Test
    void dropsPageFurnitureAndBreadcrumbs() {
        Article a =
                parse(
                        """
                Redirecting...
                HomeEuropeEU and NATO vow to expand cooperation
                Home > World > Europe

                EU and NATO vow to expand cooperation

                The two blocs signed a declaration.

                Share this article
                - Advertisment -
                Read more: NATO news
                For more security news visit here.
                (Follow Jim Garamone on Twitter: @GaramoneDoDNews)
                Click here to subscribe
                Cookie settings
                • • •
                Facebook Twitter LinkedIn
                All rights reserved.

                Leaders will meet again in July.
                Related posts
                Source by [author_name]
                """);
        assertEquals(
                "EU and NATO vow to expand cooperation\n\nThe two blocs signed a declaration.\n\n"
                        + "Leaders will meet again in July.",
                a.text());
    }

    @Test
    void dropsBannersTeaserBlocksAndReaderCommentsByLookup() {
        Article a =
                parse(
                        """
                We use cookies to improve your experience. By continuing you accept our cookie policy.
                This article is more than 3 years old

                Allies agree on air defence

                The ministers agreed on Tuesday to buy more air defence systems together.

                "We will protect every ally," the chair said after the meeting in Brussels.

                Share on Facebook
                Tags: defence, NATO

                Most read
                Parliament passes budget
                Storm hits the coast
                Minister resigns over leak

                The systems will be delivered from next year, officials said.

                Comments
                Great article, the alliance should do more.
                I disagree with the minister on this point.
                """);
        assertEquals(
                "Allies agree on air defence\n\nThe ministers agreed on Tuesday to buy more air defence"
                        + " systems together.\n\n\"We will protect every ally,\" the chair said after the meeting in Brussels."
                        + "\n\nThe systems will be delivered from next year, officials said.",
                a.text());
    }

    // Meta lines

    @Test
    void keepsDateAboveTitleAsPageCaptureDate() {
        Article a =
                parse(
                        "Monday, May 6, 2024\n06/12/2017\nEU and NATO vow to cooperate\n\nThey met.\n");
        assertEquals(List.of("Monday, May 6, 2024"), meta(a, Placement.CAPTURE));
        assertEquals(List.of("06/12/2017"), meta(a, Placement.BEFORE_TITLE));
        assertEquals("EU and NATO vow to cooperate", a.title());
    }

    @Test
    void keepsADateWithItsTimeAboveTheTitleAsThePagesOwnButASitesClockAsCapture() {
        Article stamped = parse("19 April 2021, 01:24\nAllies welcome the message\n\nThey met.\n");
        assertEquals(List.of("19 April 2021, 01:24"), meta(stamped, Placement.BEFORE_TITLE));
        assertEquals(List.of(), meta(stamped, Placement.CAPTURE));
        Article clock =
                parse(
                        """
                Tuesday, 3 March, 2026
                Paris, France
                Tuesday, March 3, 2026 9:15 AM
                light rain 7°C

                Allies cannot go it alone, the chief warns

                The alliance's chief said on Tuesday that Europe cannot defend itself alone.
                """);
        assertEquals(
                List.of("Tuesday, 3 March, 2026", "Tuesday, March 3, 2026 9:15 AM"),
                meta(clock, Placement.CAPTURE));
    }

    @Test
    void takesADateAmongHeaderWordsAboveTheStoryAsADateLine() {
        Article a =
                parse(
                        """
                Latest from the wire
                Markets rise on Thursday • Summit to affirm ties with neighbours • Storm hits coast

                Allies agree to share more data

                Wire Service, May 15, 2015 Adjust font size:

                The ministers agreed on Thursday to share more data on threats to their networks.

                Agency Desk, May 16, 2015 Adjust font size:
                """);
        assertTrue(
                a.meta().stream()
                        .anyMatch(
                                m ->
                                        m.kind() == MetaLine.Kind.DATE
                                                && m.text().startsWith("Wire Service")));
        assertFalse(a.text().contains("Wire Service"));
        assertTrue(a.text().contains("Agency Desk"), "inside the story the line is content");
        Article wrapped =
                parse(
                        """
                Allies agree on mobility

                BRUSSELS, June 15, 2021 - NATO allies
                agreed on Tuesday to speed up the movement
                of troops across borders.
                """);
        assertTrue(
                wrapped.text().contains("NATO allies agreed on Tuesday"),
                "a hard-wrapped dateline opens the story");
    }

    @Test
    void aStampLineUnderAShortCreditIsNoContinuationOfIt() {
        Article a =
                parse(
                        """
                Alliance chief wants closer ties

                Associated Wire
                Updated 4/15/2014 7:44 AM

                The alliance's chief said on Tuesday that both must cooperate more.
                """);
        assertTrue(
                a.meta().stream()
                        .anyMatch(
                                m ->
                                        m.kind() == MetaLine.Kind.STAMP
                                                && m.text().equals("Updated 4/15/2014 7:44 AM")));
        assertFalse(a.text().contains("Updated"));
        Article wrapped =
                parse(
                        """
                Allies agree on mobility

                The ministers said the plan for moving troops faster was adopted in
                January 2020.
                """);
        assertTrue(wrapped.text().contains("adopted in January 2020."));
    }

    @Test
    void takesPublishedLinesBylinesAndDatesUnderTitleAsHeader() {
        Article a =
                parse(
                        """
                Allies meet in Brussels

                Published : 06 Dec 2017, 19:39
                  • By Jim Garamone
                2017-12-06
                Updated March 4, 2018
                Reporting by Robin Emmott

                The allies met on Tuesday.
                """);
        assertEquals(
                List.of(
                        "Published : 06 Dec 2017, 19:39",
                        "By Jim Garamone",
                        "2017-12-06",
                        "Updated March 4, 2018",
                        "Reporting by Robin Emmott"),
                meta(a, Placement.HEADER));
        assertEquals("Allies meet in Brussels\n\nThe allies met on Tuesday.", a.text());
    }

    @Test
    void takesCaptionsAndTrailingCreditsAsBodyMeta() {
        Article a =
                parse(
                        """
                Allies meet

                The allies met on Tuesday.

                Leaders pose for a photo (Photo: NATO)
                Jens Stoltenberg (2nd R, Front) speaks in Brussels. Photo Xinhua.
                File photo of the summit.

                They will meet again in July.

                Reporting by Robin Emmott; Editing by Alison Williams

                NATO Secretary General Jens Stoltenberg
                """);
        assertEquals(
                List.of(
                        "Leaders pose for a photo (Photo: NATO)",
                        "Jens Stoltenberg (2nd R, Front) speaks in Brussels. Photo Xinhua.",
                        "File photo of the summit.",
                        "Reporting by Robin Emmott; Editing by Alison Williams",
                        "NATO Secretary General Jens Stoltenberg"),
                meta(a, Placement.BODY));
        assertEquals(
                "Allies meet\n\nThe allies met on Tuesday.\n\nThey will meet again in July.",
                a.text().substring(0, a.captions().get(0).start()).strip());
        assertEquals(
                List.of(
                        "Leaders pose for a photo",
                        "Jens Stoltenberg (2nd R, Front) speaks in Brussels.",
                        "NATO Secretary General Jens Stoltenberg"),
                a.captions().stream().map(c -> c.of(a.text())).toList());
    }

    @Test
    void readsBlogPostedLineInBodyAsMeta() {
        Article a =
                parse(
                        """
                NATO and the EU: a short history

                Cooperation began in 2002 with the Berlin Plus arrangements.

                Posted on March 3, 2019 by admin
                No comments:
                Post a Comment
                """);
        assertEquals(List.of("Posted on March 3, 2019 by admin"), meta(a, Placement.BODY));
        assertEquals(2, a.paragraphs().size());
    }

    @Test
    void keepsLoneShortLineUnderTitleAsHeaderMeta() {
        Article a =
                parse(
                        "Title of story\n\nMeeting between NATO Secretary General\n\nThey met.\n\nThen left.\n");
        assertEquals(List.of("Meeting between NATO Secretary General"), meta(a, Placement.HEADER));
    }

    // Outlets and datelines

    @Test
    void splitsAgencyDatelineOffFirstParagraph() {
        Article a =
                parse(
                        """
                NATO says Russia threat growing

                BRUSSELS (Reuters) - NATO said on Tuesday the threat was growing.
                Allies agreed.
                """);
        assertEquals("Reuters", a.outlet());
        assertEquals(List.of("BRUSSELS (Reuters)"), meta(a, Placement.HEADER));
        assertEquals("NATO said on Tuesday the threat was growing.", a.sentence(1));
    }

    @Test
    void splitsPressReleaseDatelineOffFirstParagraph() {
        Article a =
                parse(
                        """
                EU and NATO step up cooperation

                Brussels, 14 June 2021 — The EU and NATO agreed today to deepen their partnership.
                """);
        assertEquals(List.of("Brussels, 14 June 2021"), meta(a, Placement.HEADER));
        assertEquals("The EU and NATO agreed today to deepen their partnership.", a.sentence(1));
        assertEquals("", a.outlet());
    }

    @Test
    void splitsAnAgencyDatelineWithItsNameBetweenSlashesAndASavedPagesDateLabelBeforeIt() {
        Article a =
                parse(
                        """
                        Moscow warns the EU

                         date 2025-11-07 MOSCOW, November 7. /TASS/. The trend towards ever \
                        larger military budgets in the European Union is leading to an excessive \
                        risk of conflict in the region, the spokeswoman said.

                        She spoke at a briefing.
                        """);
        assertEquals("TASS", a.outlet());
        assertEquals(
                List.of("date 2025-11-07", "MOSCOW, November 7. /TASS/."),
                meta(a, Placement.HEADER));
        assertTrue(a.sentence(1).startsWith("The trend towards"), a.sentence(1));
    }

    @Test
    void aDateLabelOpeningTheHeadlineLineIsAStampAndTheRestTheHeadline() {
        Article a =
                parse(
                        """
                         date 2019-11-28 President stands by his claim on the alliance
                        Paris, Nov 28 (AFP) The president defended his remarks on Thursday, \
                        saying the allies no longer worked together on the key issues.
                        """);
        assertEquals("President stands by his claim on the alliance", a.title());
        assertEquals("AFP", a.outlet());
    }

    @Test
    void aDateLabelBeforeABracketedCreditIsAStampToo() {
        Article a =
                parse(
                        """
                        Allies voice concern

                         date 2023-09-29 (Wire- Gulf News Agency (GNA)) BRUSSELS, Sept 29 (GNA) \
                        -- Allies on Friday expressed their "deep concern" about the tensions.

                        The ambassadors met on Friday.
                        """);
        assertTrue(
                meta(a, Placement.HEADER).contains("date 2023-09-29"),
                meta(a, Placement.HEADER).toString());
    }

    @Test
    void findsTheDatelineAfterAStandfirst() {
        Article a =
                parse(
                        """
                        All news

                        President defends his remarks

                        In an interview earlier, the president criticised the state of the \
                        alliance, saying it stood on the edge of a precipice.

                        PARIS, November 28. /TASS/. The president stands by his comments on the \
                        alliance, he said on Thursday during a press conference in Paris.
                        """);
        assertEquals("President defends his remarks", a.title());
        assertEquals("TASS", a.outlet());
    }

    @Test
    void leavesOrdinaryDashClauseAlone() {
        Article a = parse("Title\n\nThe European Union -- which groups 22 states -- has moved.\n");
        assertEquals("The European Union -- which groups 22 states -- has moved.", a.sentence(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DF-Xinhua Report",
                "Source: Euractiv",
                "© AFP 2023",
                "— AP",
                "By Jim Garamone, DoD News"
            })
    void findsOutletNamedByThePage(String line) {
        Article a =
                parse(
                        "Allies meet\n\n"
                                + line
                                + "\n\nThe allies met on Tuesday.\n\nThey agreed.\n");
        String expected =
                switch (line.charAt(line.length() - 1)) {
                    case 't' -> "Xinhua";
                    case 'v' -> "Euractiv";
                    case '3' -> "AFP";
                    case 'P' -> "AP";
                    default -> "DoD News";
                };
        assertEquals(expected, a.outlet());
        assertEquals("Allies meet\n\nThe allies met on Tuesday.\n\nThey agreed.", a.text());
    }

    @Test
    void findsAfpDatelineInParentheses() {
        assertEquals("AFP", parse("T\n\nParis (AFP) – France said it would help.\n").outlet());
    }

    @Test
    void leavesOutletEmptyWhenNoneIsNamed() {
        assertEquals("", parse("Allies meet\n\nNATO and Reuters readers agree.\n").outlet());
    }

    // Title, unwrapping, repeats

    @Test
    void titleIsFirstContentLineEvenWhenSentenceRepeatsLater() {
        Article a =
                parse(
                        """
                The allies agreed to cooperate on cyber defence.
                Ministers met in Brussels on Tuesday.
                The allies agreed to cooperate on cyber defence.
                """);
        assertEquals("The allies agreed to cooperate on cyber defence.", a.title());
        assertEquals(
                "The allies agreed to cooperate on cyber defence.\n\nMinisters met in Brussels on Tuesday.",
                a.text());
    }

    @Test
    void joinsHardWrappedLinesInSingleNewlineFile() {
        Article a =
                parse(
                        """
                Title
                Trump
                stoked concerns that Washington's near 70-year European defence
                guarantee might no longer hold.
                NATO head Jens Stoltenberg
                meanwhile said so.
                Washington,
                which accounts for most spending, agreed.
                """);
        assertEquals(
                List.of(
                        "Title",
                        "Trump stoked concerns that Washington's near 70-year European defence guarantee might no longer hold.",
                        "NATO head Jens Stoltenberg meanwhile said so.",
                        "Washington, which accounts for most spending, agreed."),
                sentences(a));
        assertEquals(4, a.paragraphs().size());
    }

    @Test
    void joinsWrappedBlockInBlankSeparatedFileEvenAfterSentenceEnd() {
        // Wrapped as make-corpus wraps: at 70 columns, the break can fall after a full stop.
        Article a =
                parse(
                        """
                Title

                Published : 01 Jan 2020, 10:00

                The ministers met in Brussels on Tuesday with the U.S.
                Secretary of State. They agreed on military mobility and
                hybrid threats.

                Second paragraph.
                """);
        assertEquals(
                "The ministers met in Brussels on Tuesday with the U.S. Secretary of State.",
                a.sentence(1));
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void keepsHeadingsAndQuotationContinuationsAsOwnParagraphs() {
        Article a =
                parse(
                        """
                Title

                Stoltenberg spoke at length.

                Evolving Security Landscape

                “We will go on,” he said.
                “And we will win.”
                """);
        assertEquals(
                List.of(
                        "Title",
                        "Stoltenberg spoke at length.",
                        "Evolving Security Landscape",
                        "“We will go on,” he said.",
                        "“And we will win.”"),
                a.paragraphs().stream().map(p -> p.of(a.text())).toList());
    }

    @Test
    void dropsLaterRepeatOfSentenceAndEmptiedParagraph() {
        Article a =
                parse(
                        """
                Title

                The allies agreed to cooperate. Ministers   met in Brussels.

                Ministers met in Brussels.
                """);
        assertEquals(
                "Title\n\nThe allies agreed to cooperate. Ministers met in Brussels.", a.text());
    }

    @Test
    void normalisesSpacesButKeepsCurlyQuotes() {
        Article a = parse("Title\n\n\u201cWe\u00a0agree,\u201d\tsaid   the\u2009minister.\n");
        assertEquals("\u201cWe agree,\u201d said the minister.", a.sentence(1));
    }

    // Sentences

    @Test
    void splitsSentencesAroundAbbreviationsInitialsNumbersAndEllipses() {
        Article a =
                parse(
                        "Title\n\n"
                                + "The U.S. and U.K. backed the E.U. plan on Dec. 5 in Brussels. "
                                + "Mr. Smith, Mrs. Jones, Ms. Lee, Dr. Brown and Gen. Lt. Col. Sen. Rep. Gov. Adams met at St. James. "
                                + "He lives at No. 10 Downing Street, e.g. near the park, i.e. close, etc. and more, vs. last year. "
                                + "John F. Kennedy spent 2.5 percent, or 1.5 billion, on 95 percent of it. "
                                + "We met... over dinner. "
                                + "\"We agree.\" He left. \u201cSo do we.\u201d Then he went to the U.S. The talks ended.");
        assertEquals(
                List.of(
                        "Title",
                        "The U.S. and U.K. backed the E.U. plan on Dec. 5 in Brussels.",
                        "Mr. Smith, Mrs. Jones, Ms. Lee, Dr. Brown and Gen. Lt. Col. Sen. Rep. Gov. Adams met at St. James.",
                        "He lives at No. 10 Downing Street, e.g. near the park, i.e. close, etc. and more, vs. last year.",
                        "John F. Kennedy spent 2.5 percent, or 1.5 billion, on 95 percent of it.",
                        "We met... over dinner.",
                        "\"We agree.\"",
                        "He left.",
                        "\u201cSo do we.\u201d",
                        "Then he went to the U.S.",
                        "The talks ended."),
                sentences(a));
        assertSpansExact(a);
    }

    @Test
    void splitsOnQuestionAndExclamationMarks() {
        assertEquals(
                List.of("T", "Will it work?", "Yes!", "It will."),
                sentences(parse("T\n\nWill it work? Yes! It will.")));
    }

    // Seeds

    @Test
    void seed000KeepsBylineAndCaptionOutAndSplitsQuoteRight() throws IOException {
        Article a = seed("000");
        assertEquals("NATO Seeks Increased Cooperation With European Union", a.title());
        assertEquals(List.of("Published", "By Jim Garamone"), meta(a, Placement.HEADER));
        assertTrue(meta(a, Placement.BODY).contains("NATO Secretary General Jens Stoltenberg"));
        List<String> s = sentences(a);
        int i =
                s.indexOf(
                        "More than 95 percent of the territory once held by ISIS in Iraq and Syria has been liberated.");
        assertTrue(i > 0, s::toString);
        assertEquals("\u201cThe coalition has made significant progress.", s.get(i - 1));
        assertEquals("But this does not mean an end to the threat.", s.get(i + 1));
        assertTrue(s.contains("Evolving Security Landscape"));
    }

    @Test
    void seed001SeparatesCaptureDatePublishedLineBylineAndCaption() throws IOException {
        Article a = seed("001");
        assertEquals("NATO FMs agree to step up cooperation with EU", a.title());
        assertEquals(List.of("Monday January 13, 2025"), meta(a, Placement.CAPTURE));
        assertTrue(meta(a, Placement.HEADER).contains("Published : 06 Dec 2017, 19:39"));
        assertTrue(meta(a, Placement.HEADER).contains("DF-Xinhua Report"));
        assertTrue(
                meta(a, Placement.BODY).stream()
                        .anyMatch(m -> m.endsWith("on Dec. 5, 2017. Photo Xinhua.")));
        assertEquals("Xinhua", a.outlet());
        assertTrue(
                sentences(a)
                        .contains(
                                "\"We had a lot of discussion at this NATO meeting... over what is the proper"
                                        + " engagement with Russia and I think there is broad consensus among all the NATO members that there"
                                        + " is no normalization of dialogue with Russia today,\" Tillerson said."));
        assertTrue(
                sentences(a)
                        .contains(
                                "U.S. Secretary of State Rex Tillerson, however, told reporters on Wednesday"
                                        + " that allies agreed that dialogue with Russia would not be normalized."));
    }

    @Test
    void seed002DropsTrailingFurniture() throws IOException {
        Article a = seed("002");
        assertTrue(
                a.text()
                        .endsWith(
                                "\u201cYou will always find a friend in me and in NATO,\u201d he added."));
        assertTrue(a.text().contains("more than 70 projects"));
    }

    @Test
    void aRelatedStoryLinkRepeatedBelowTheBodyIsNotTheHeadline() {
        Article a =
                parse(
                        """
                        Allies to base new naval mission's headquarters in Crete

                        Command at sea to rotate among three navies

                        A frigate leaves port for the mission. Photo agency
                        Powered by automated translation

                        A European naval mission to protect merchant ships will be run from a                         base on Crete, two officials told reporters on Tuesday.

                        "The operational headquarters will be on the island," one of the officials                         said.

                        The mission is due to be launched by foreign ministers next week.

                        Envoy says shipping lanes matter for regional prosperity

                        Envoy says shipping lanes matter for regional prosperity

                        Another frigate set sail last week fo""");
        assertEquals("Allies to base new naval mission's headquarters in Crete", a.title());
        assertTrue(a.text().contains("will be run from a base on Crete"), a.text());
        assertTrue(a.text().contains("due to be launched by foreign ministers"), a.text());
    }

    @Test
    void seed003JoinsHardWrapsAndDropsRepeatedSentence() throws IOException {
        Article a = seed("003");
        String repeated =
                "Stoltenberg stressed that such cooperation will be pragmatic and complementary to NATO,"
                        + " not duplicating its activities.";
        assertEquals(repeated, a.title());
        assertEquals(a.text().indexOf(repeated), a.text().lastIndexOf(repeated));
        assertTrue(
                a.text()
                        .contains(
                                "Trump stoked concerns that Washington's near 70-year European defence guarantee"));
        assertTrue(
                a.text()
                        .contains(
                                "The European Union -- which groups 22 of the 28 NATO member states -- has"));
        assertTrue(sentences(a).contains("\"And I think the unity is very very important.\""));
    }

    @Test
    void seed004DropsBreadcrumbAndSourceLine() throws IOException {
        Article a = seed("004");
        assertEquals("EU and NATO vow to expand cooperation", a.title());
        assertEquals(List.of("Monday, May 6, 2024"), meta(a, Placement.CAPTURE));
        assertFalse(a.text().contains("Home"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void seedKeepsNoFurnitureAndExactSpans(String prefix) throws IOException {
        Article a = seed(prefix);
        for (String furniture :
                List.of(
                        "Scroll to Top",
                        "Post a Comment",
                        "No comments",
                        "Redirecting",
                        "Advertisment",
                        "Subscribe",
                        "Source by",
                        "Don't miss",
                        "Follow Jim",
                        "visit here",
                        "Published")) {
            assertFalse(a.text().contains(furniture), furniture + " in " + prefix);
        }
        assertFalse(a.text().contains("\u00a0"));
        assertFalse(a.text().contains("  "));
        assertSpansExact(a);
    }

    @Test
    void namesAPageWithoutHeadlineByItsFirstSentenceAndKeepsThatSentenceInTheBody() {
        Article a =
                parse(
                        """
                Scroll to Top

                Published : 11 Aug 2018, 14:41

                NATO and the EU agreed on new steps. Ministers met in Brussels on Tuesday. \
                They discussed cyber defence and military mobility at length.

                A second paragraph follows here.
                """);
        assertEquals("NATO and the EU agreed on new steps.", a.title());
        assertEquals(
                List.of(
                        "NATO and the EU agreed on new steps.",
                        "NATO and the EU agreed on new steps.",
                        "Ministers met in Brussels on Tuesday.",
                        "They discussed cyber defence and military mobility at length.",
                        "A second paragraph follows here."),
                sentences(a));
        assertSpansExact(a);
    }
}
