package org.alliancebrief.analysis;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date an article was published, as precise as the text shows it.
 *
 * @param date the day; for a month-only date, the first of the month
 * @param monthOnly the text shows only month and year
 * @param evidence the span of text the date was read from ("Published : 06 Dec 2017, 19:39")
 * @param kind the kind of evidence it came from
 */
public record PublishedDate(LocalDate date, boolean monthOnly, String evidence, Kind kind) {
    /** Kinds of evidence, best first: a date is taken from the best kind the page shows. */
    public enum Kind {
        FRONT_MATTER("front-matter"),
        HTML_META("html-meta"),
        STAMP("stamp"),
        DATE_LINE("date-line"),
        DATELINE("dateline"),
        UPDATED("updated"),
        PAGE_DATE("page-date"),
        DATELINE_YEAR_ELSEWHERE("dateline-year-elsewhere"),
        LEAD("lead"),
        CAPTION("caption"),
        /** The day of the event the lead reports ("met on 10 January 2023"): the last resort. */
        EVENT("event");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The name written in the data file. */
        public String key() {
            return key;
        }
    }

    public PublishedDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(kind, "kind");
        if (monthOnly && date.getDayOfMonth() != 1) {
            date = date.withDayOfMonth(1);
        }
    }

    /** A date read from a publication stamp. */
    public PublishedDate(LocalDate date, boolean monthOnly, String evidence) {
        this(date, monthOnly, evidence, Kind.STAMP);
    }

    /** {@code YYYY-MM-DD}, or {@code YYYY-MM} when only the month is known. */
    public String iso() {
        return monthOnly ? date.toString().substring(0, 7) : date.toString();
    }

    public int year() {
        return date.getYear();
    }
}
