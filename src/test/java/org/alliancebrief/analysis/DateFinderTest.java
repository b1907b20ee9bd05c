package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The date formats that pages print, read from one line. */
class DateFinderTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Published : 06 Dec 2017, 19:39 | 2017-12-06 | Published : 06 Dec 2017",
        "Posted on March 3, 2019 by admin | 2019-03-03 | Posted on March 3, 2019",
        "Updated: Tuesday, 4 April 2023 10:02 CET | 2023-04-04 | Updated: Tuesday, 4 April 2023",
        "Published 2021-06-14T09:30:00Z | 2021-06-14 | Published 2021-06-14",
        "Date: 14.06.2021 | 2021-06-14 | Date: 14.06.2021",
        "Published: 06/12/2017 | 2017-12-06 | Published: 06/12/2017",
        "Published: 12/31/2017 | 2017-12-31 | Published: 12/31/2017",
        "Dec. 5, 2017 | 2017-12-05 | Dec. 5, 2017",
        "Sept. 14th, 2022 | 2022-09-14 | Sept. 14th, 2022",
        "Published in July 2018 | 2018-07 | Published in July 2018",
    })
    void readsTheFormatsPagesPrint(String line, String iso, String evidence) {
        PublishedDate d = DateFinder.parse(line, true).orElseThrow();
        assertEquals(iso, d.iso());
        assertEquals(evidence, d.evidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Published by the press office", "30/02/2019", "Room 12/14",
            "in 2019", "May we all agree", "12 May 1850"})
    void findsNoDateWhereThereIsNone(String line) {
        assertTrue(DateFinder.parse(line, true).isEmpty(), line);
    }
}
