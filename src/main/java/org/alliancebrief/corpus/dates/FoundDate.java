package org.alliancebrief.corpus.dates;

import java.time.LocalDate;

/**
 * A date written in a text, at {@code [start, end)} (time of day included), its date part ending at
 * {@code dateEnd}.
 *
 * @param year the year, or 0 when the text shows none ("June 15")
 * @param month 1 to 12
 * @param day the day of the month, or 0 when the text shows only month and year
 * @param order which of day and month the text writes first
 */
public record FoundDate(
        int start, int dateEnd, int end, int year, int month, int day, Order order) {
    /** How a date orders its day and month, as a clue to how the page writes the others. */
    public enum Order {
        /** "15 May 2015", "15/05/2015". */
        DAY_FIRST,
        /** "May 15, 2015", "05/15/2015". */
        MONTH_FIRST,
        /** "05/06/2015": slashes and both numbers 12 or less; read day first. */
        EITHER,
        /** ISO, month and year only, or numbers that tell nothing ("05.06.2015"). */
        NONE
    }

    public boolean hasYear() {
        return year != 0;
    }

    public boolean monthOnly() {
        return day == 0;
    }

    /** Whether a time of day follows the date. */
    public boolean hasTime() {
        return end > dateEnd;
    }

    /** The day (the first of the month when only the month is shown); needs a year. */
    public LocalDate date() {
        return LocalDate.of(year, month, monthOnly() ? 1 : day);
    }

    /** The same date in the given year. */
    public FoundDate inYear(int y) {
        return new FoundDate(start, dateEnd, end, y, month, day, order);
    }

    /** The other reading of a date whose order is {@link Order#EITHER}: month first. */
    public FoundDate monthFirst() {
        return order == Order.EITHER
                ? new FoundDate(start, dateEnd, end, year, day, month, Order.MONTH_FIRST)
                : this;
    }
}
