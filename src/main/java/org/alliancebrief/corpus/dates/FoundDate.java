package org.alliancebrief.corpus.dates;

import java.time.LocalDate;

/**
 * A date written in a text, at {@code [start, end)} (time of day included), its date part ending at
 * {@code dateEnd}.
 *
 * @param year the year, or 0 when the text shows none ("June 15")
 * @param month 1 to 12
 * @param day the day of the month, or 0 when the text shows only month and year
 */
public record FoundDate(int start, int dateEnd, int end, int year, int month, int day) {
    public boolean hasYear() {
        return year != 0;
    }

    public boolean monthOnly() {
        return day == 0;
    }

    /** The day (the first of the month when only the month is shown); needs a year. */
    public LocalDate date() {
        return LocalDate.of(year, month, monthOnly() ? 1 : day);
    }

    /** The same date in the given year. */
    public FoundDate inYear(int y) {
        return new FoundDate(start, dateEnd, end, y, month, day);
    }
}
