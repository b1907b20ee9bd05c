package org.alliancebrief.corpus.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.alliancebrief.corpus.dates.DateLexicon.StampKind;
import org.alliancebrief.corpus.dates.FoundDate.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one date grammar: every form pages print, in the seven languages it knows. */
class DateReaderTest {
    private final DateReader reader = DateReader.standard();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Published : 06 Dec 2017, 19:39 | 2017-12-06 | 06 Dec 2017",
                "Posted on March 3, 2019 by admin | 2019-03-03 | March 3, 2019",
                "Updated: Tuesday, 4 April 2023 10:02 CET | 2023-04-04 | Tuesday, 4 April 2023",
                "Published 2021-06-14T09:30:00Z | 2021-06-14 | 2021-06-14",
                "Date: 14.06.2021 | 2021-06-14 | 14.06.2021",
                "Published: 06/12/2017 | 2017-12-06 | 06/12/2017",
                "Published: 12/31/2017 | 2017-12-31 | 12/31/2017",
                "Dec. 5, 2017 | 2017-12-05 | Dec. 5, 2017",
                "Sept. 14th, 2022 | 2022-09-14 | Sept. 14th, 2022",
                "Jun. 3 2020 | 2020-06-03 | Jun. 3 2020",
                "the 14th of June 2021 | 2021-06-14 | 14th of June 2021",
                "Agency - 10th January, 2023) | 2023-01-10 | 10th January, 2023",
                "Published September 30,2025 Subscribe | 2025-09-30 | September 30,2025",
                "Published in July 2018 | 2018-07 | July 2018",
                "Mis à jour le 3 mars 2024 à 10h | 2024-03-03 | 3 mars 2024",
                "Veröffentlicht am 3. März 2024 | 2024-03-03 | 3. März 2024",
                "gepubliceerd op 12 mei 2023 | 2023-05-12 | 12 mei 2023",
                "pubblicato il 29 marzo 2025 | 2025-03-29 | 29 marzo 2025",
                "publicado el 3 de marzo de 2024 | 2024-03-03 | 3 de marzo de 2024",
                "opublikowano 20 listopada 2025 | 2025-11-20 | 20 listopada 2025",
                "środa, 4 marca 2024 | 2024-03-04 | środa, 4 marca 2024",
                "2016-03-02 12:22:10 | 2016-03-02 | 2016-03-02",
                "on Jun '21 | 2021-06 | Jun '21",
            })
    void readsTheFormsPagesPrint(String text, String iso, String written) {
        FoundDate d = reader.first(text).orElseThrow(() -> new AssertionError(text));
        String got = d.monthOnly() ? d.date().toString().substring(0, 7) : d.date().toString();
        assertEquals(iso, got, text);
        assertEquals(written, text.substring(d.start(), d.dateEnd()), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Published by the press office",
                "30/02/2019",
                "Room 12/14",
                "in 2019",
                "May we all agree",
                "12 May 1850",
                "version 1.2.2019.4",
                "page 5 of 2020",
                "32/03/2020",
                "2020-13-01",
                "page 4 of 12"
            })
    void findsNoDateWhereThereIsNone(String text) {
        assertTrue(reader.first(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Monday January 13, 2025",
                "Monday, May 6, 2024",
                "06/12/2017",
                "• 10 Jul. 2018 -",
                "05 6 2019",
                "20.11.2025 11:30",
                "Jun 15, 2021",
                "June 2021",
                "12:40 P.M. EDT | 3 March 2019",
                "Friday, 12 March 2021 09:10",
                "2024-07-20 18:38:42"
            })
    void tellsALineThatIsOnlyADate(String line) {
        assertTrue(reader.isDateOnly(line) || line.startsWith("12:40"), line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "On 3 March 2019 the allies met.",
                "Vilnius, 4 March 2024",
                "12 comments",
                "Published 3 March 2019 by the press office of NATO",
                "2019"
            })
    void tellsALineThatHoldsMoreThanADate(String line) {
        assertFalse(reader.isDateOnly(line), line);
    }

    @Test
    void readsDayAndMonthWithoutYearOnlyWhenAsked() {
        assertTrue(reader.first("June 15 : The leaders met").isEmpty());
        FoundDate d = reader.stamped("June 15 : The leaders met", true).get(0).date();
        assertFalse(d.hasYear());
        assertEquals(6, d.month());
        assertEquals(15, d.day());
    }

    @Test
    void namesTheStampBeforeADateWhereverItStandsInTheLine() {
        List<DateReader.Stamped> s =
                reader.stamped("WIRE WORLD Published September 30,2025 Subscribe", false);
        assertEquals(StampKind.PUBLISHED, s.get(0).stamp());
        assertEquals(
                StampKind.UPDATED,
                reader.stamped("Last updated: 10 Jul. 2018 13:32", false).get(0).stamp());
        assertEquals(
                StampKind.CAPTURE, reader.stamped("Retrieved 4 May 2024", false).get(0).stamp());
        assertEquals(
                StampKind.TODAY,
                reader.stamped("The ministers met today (9 May 2024) in Brussels.", false)
                        .get(0)
                        .stamp());
        assertTrue(
                reader.stamped("The leaders met on Friday (8 July 2016) in Warsaw.", false)
                        .get(0)
                        .afterWeekday());
        assertEquals(null, reader.stamped("In March 2022 the war went on.", false).get(0).stamp());
    }

    @Test
    void endsADateAfterItsTimeOfDay() {
        String line = "ROME, 29 March 2025, 15:14";
        FoundDate d = reader.first(line).orElseThrow();
        assertEquals(line.length(), d.end());
        assertEquals("29 March 2025", line.substring(d.start(), d.dateEnd()));
        assertEquals(-1, reader.leadingDateEnd("Allies met on 3 March 2019"));
        assertEquals(
                "Monday, May 6, 2024".length(),
                reader.leadingDateEnd("Monday, May 6, 2024 HomeEurope"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = " => ",
            value = {
                "Wire Service, May 15, 2015 Adjust font size: => 2015-05-15",
                "REF-31, 15 July 2016 => 2016-07-15",
                "Ministry of Defence 14.03.2018 => 2018-03-14",
                "Source: Agencija Friday, August 26, 2022 | 22:45 => 2022-08-26",
                "Source: AgencijaFriday, August 26, 2022 | 22:45Politics Share => 2022-08-26",
                "WORLD 25.06.201916:51 => 2019-06-25",
                "17 February 2026 07:09 UTC · Example Outlet · Press Release · Share => 2026-02-17",
                "3 May 2024 => 2024-05-03",
                "Source: Agencija Friday, August 26, 2022 | 22:45 Comments (0) Share Tweet Email Print => 2022-08-26"
            })
    void readsTheDateOfAHeaderLineAmongLabelsAndItems(String line, String iso) {
        FoundDate d = reader.headerDate(line).orElseThrow(() -> new AssertionError(line));
        assertEquals(iso, d.date().toString(), line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Leaders met on 3 May 2024",
                "On 3 May 2024",
                "Allies sign new deal | 3 May 2024",
                "Allies agree on air defence, 3 May 2024",
                "The ministers agreed. 3 May 2024",
                "3 May 2024 - 5 May 2024",
                "Baltic summit, May 2024",
                "17 February 2026 — The Commission proposed binding rules for moving troops",
                "Brussels, 3 May 2024 NATO allies agreed on new rules for moving troops",
                "— Example Minister (@ExampleMinister) July 18, 2025",
                "— NATO (@NATO) July 18, 2025",
                "Ministry of Defence of the Republic of Examplia 14.03.2018"
            })
    void tellsAHeaderDateFromADateInAClause(String line) {
        assertTrue(reader.headerDate(line).isEmpty(), line);
    }

    @Test
    void readsAYearWithTheHourRunOnAfterIt() {
        String line = "WORLD 25.06.201916:51";
        FoundDate d = reader.first(line).orElseThrow();
        assertEquals("2019-06-25", d.date().toString());
        assertEquals("25.06.2019", line.substring(d.start(), d.dateEnd()));
        assertEquals(line.length(), d.end());
        assertEquals(
                "2015-05-15", reader.first("May 15, 201509:30").orElseThrow().date().toString());
        assertTrue(reader.first("Room 201916:51").isEmpty());
        assertTrue(reader.first("25.06.201999:51").isEmpty(), "no hour 99");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Updated 4/15/2014 7:44 AM | 2014-04-15 | MONTH_FIRST",
                "Posted 15/4/2014 | 2014-04-15 | DAY_FIRST",
                "Posted 05/06/2019 | 2019-06-05 | EITHER",
                "Posted 05.06.2019 | 2019-06-05 | NONE",
                "Posted 05-06-2019 | 2019-06-05 | NONE",
                "Posted 06/06/2019 | 2019-06-06 | NONE",
                "May 15, 2015 | 2015-05-15 | MONTH_FIRST",
                "15 May 2015 | 2015-05-15 | DAY_FIRST",
                "2015-05-06 | 2015-05-06 | NONE",
                "May 2015 | 2015-05-01 | NONE"
            })
    void tellsHowADateOrdersDayAndMonth(String text, String iso, Order order) {
        FoundDate d = reader.first(text).orElseThrow(() -> new AssertionError(text));
        assertEquals(iso, d.date().toString(), text);
        assertEquals(order, d.order(), text);
    }

    @Test
    void readsADateThatReadsEitherWayMonthFirstOnlyWhenAsked() {
        FoundDate d = reader.first("Posted 05/06/2019").orElseThrow();
        assertEquals("2019-05-06", d.monthFirst().date().toString());
        FoundDate dotted = reader.first("Posted 05.06.2019").orElseThrow();
        assertEquals("2019-06-05", dotted.monthFirst().date().toString());
    }

    @Test
    void tellsADateThatAClausePutsSomethingOn() {
        assertTrue(
                reader.stamped("The leaders met on 10 January 2023 in Brussels.", false)
                        .get(0)
                        .onDay());
        assertTrue(
                reader.stamped("Am 10. Januar 2023 trafen sich die Minister.", false)
                        .get(0)
                        .onDay());
        assertFalse(reader.stamped("Answers are due by 10 January 2023.", false).get(0).onDay());
        assertFalse(
                reader.stamped("Since 24 February 2022 the war goes on.", false).get(0).onDay());
    }
}
