package org.alliancebrief.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an article was published, as precise as the text shows it.
 *
 * @param date the day; for a month-only date, the first of the month
 * @param monthOnly the text shows only month and year
 * @param evidence the span of text the date was read from ("Published : 06 Dec 2017, 19:39")
 */
public record PublishedDate(LocalDate date, boolean monthOnly, String evidence) {
    public PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        if (monthOnly && date.getDayOfMonth() != 1) {
            date = date.withDayOfMonth(1);
        }
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when only the month is known. */
    public String iso() {
        return monthOnly ? date.toString().substring(0, 7) : date.toString();
    }

    public int year() {
        return date.getYear();
    }
}
