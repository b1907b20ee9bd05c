package org.alliancebrief.corpus;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline opening a story ("BRUSSELS (Reuters) - ", "Brussels, 14 June 2021 — "), split
 * off its first paragraph.
 *
 * @param line the dateline without its dash: "BRUSSELS (Reuters)"
 * @param rest the paragraph after it
 */
record Dateline(String line, String rest) {
    private static final Pattern OPENING = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}.'\u2019-]*(?:[ /]\\p{Lu}[\\p{L}.'\u2019-]*){0,3})"
                    + "(?:,\\s*(?<date>[^()\u2014\u2013]{3,30}?))?"
                    + "\\s*(?:\\((?<agency>[^)]{2,40})\\))?"
                    + "\\s*(?:--?|\u2014|\u2013)\\s+(?=\\S)");
    /** A bare upper-case place ("WASHINGTON — ") must be longer than an acronym like "NATO". */
    private static final int MIN_CAPITALS_PLACE = 5;

    /** The dateline at the start of {@code paragraph}, if it opens with one. */
    static Optional<Dateline> split(String paragraph, Outlets outlets) {
        Matcher m = OPENING.matcher(paragraph);
        if (!m.find() || m.end() >= paragraph.length()) {
            return Optional.empty();
        }
        String place = m.group("place");
        String date = m.group("date");
        String agency = m.group("agency");
        boolean byAgency = agency != null && outlets.find(agency).isPresent();
        boolean dated = date != null && Dates.isDateOnly(date);
        boolean capitalPlace = date == null && agency == null && place.length() >= MIN_CAPITALS_PLACE
                && place.equals(place.toUpperCase(java.util.Locale.ROOT));
        if (!byAgency && !dated && !capitalPlace) {
            return Optional.empty();
        }
        String line = paragraph.substring(0, m.end()).strip().replaceFirst("\\s*(?:--?|\u2014|\u2013)$", "");
        return Optional.of(new Dateline(line, paragraph.substring(m.end())));
    }
}
