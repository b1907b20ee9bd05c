package org.alliancebrief.corpus.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.corpus.dates.DateLexicon.StampKind;
import org.alliancebrief.corpus.dates.DateToken.Kind;

/**
 * The one date grammar of the program, driven by the word tables of {@link DateLexicon}: day, month
 * and year in either order with month names or abbreviations ("14th of June 2021", "Sept. 3, 2019",
 * "4 marca 2024"), numeric day-first and ISO forms, an optional weekday before and time of day
 * after ("Monday, May 6, 2024 - 09:41 CET"). Thread-safe.
 */
public final class DateReader {
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    /** Marks that may separate a weekday from its date, or a date from its time. */
    private static final String SEPARATORS = ",|-\u2013\u2014@";

    /** Marks a line may hold around a date and still be nothing but a date. */
    private static final String FRAME = ".,|-\u2013\u2014:;()[]`*\u2022\u00b7/";

    /** Marks that may stand between a stamp word and its date ("Published :`2024-07-20"). */
    private static final String LOOKBACK_MARKS = ":(,`*|-\u2013\u2014";

    /** A line longer than this holds more than a date, its weekday and its time. */
    private static final int MAX_DATE_LINE = 80;

    private static final DateReader STANDARD = new DateReader(DateLexicon.standard());

    private final DateLexicon words;

    DateReader(DateLexicon words) {
        this.words = words;
    }

    /** The reader with the shipped word lists. */
    public static DateReader standard() {
        return STANDARD;
    }

    /** A date preceded by the stamp phrase naming its role, if any ("Published on"). */
    public record Stamped(FoundDate date, StampKind stamp, int stampStart, boolean afterWeekday) {}

    /** Every date in {@code text} with a year, in order. */
    public List<FoundDate> find(CharSequence text) {
        return stamped(text, false).stream().map(Stamped::date).toList();
    }

    /** The first date in {@code text} with a year. */
    public Optional<FoundDate> first(CharSequence text) {
        List<FoundDate> all = find(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * Every date in {@code text}, each with the stamp phrase or weekday just before it; with {@code
     * yearless}, also day and month without a year ("June 15").
     */
    public List<Stamped> stamped(CharSequence text, boolean yearless) {
        if (!hasDigit(text, text.length())) {
            return List.of(); // every date holds a number: a day, a year or both
        }
        List<DateToken> tokens = DateToken.of(text, 0, text.length());
        List<Stamped> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = match(tokens, i, false, yearless);
            if (m == null) {
                i++;
                continue;
            }
            int back = i;
            boolean weekday = m.weekday;
            while (back > 0
                    && (tokens.get(back - 1).isMarkOf(LOOKBACK_MARKS)
                            || isFiller(tokens.get(back - 1)))) {
                back--;
            }
            if (back > 0
                    && tokens.get(back - 1).kind() == Kind.WORD
                    && words.isWeekday(tokens.get(back - 1).text())) {
                weekday = true;
            }
            StampKind stamp = null;
            int stampStart = m.date.start();
            for (int n = Math.min(words.longestStamp(), back); n >= 1 && stamp == null; n--) {
                StringBuilder phrase = new StringBuilder();
                for (int k = back - n; k < back; k++) {
                    if (tokens.get(k).kind() != Kind.WORD) {
                        phrase = null;
                        break;
                    }
                    phrase.append(phrase.isEmpty() ? "" : " ").append(tokens.get(k).text());
                }
                if (phrase != null) {
                    stamp = words.stamp(phrase.toString());
                    stampStart = tokens.get(back - n).start();
                }
            }
            out.add(
                    new Stamped(
                            m.date, stamp, stamp == null ? m.date.start() : stampStart, weekday));
            i = m.next;
        }
        return out;
    }

    /** Whether all of {@code line} is one date, with weekday, time and framing marks allowed. */
    public boolean isDateOnly(CharSequence line) {
        return dateOnly(line).isPresent();
    }

    /**
     * The date that is all of {@code line}, read with the forms only a lone date takes ("05 6
     * 2019").
     */
    public Optional<FoundDate> dateOnly(CharSequence line) {
        if (line.length() > MAX_DATE_LINE || !hasDigit(line, line.length())) {
            return Optional.empty(); // every date has a number; a longer line is more than a date
        }
        int first = 0;
        while (first < line.length()
                && (Character.isWhitespace(line.charAt(first))
                        || FRAME.indexOf(line.charAt(first)) >= 0)) {
            first++;
        }
        if (!mayOpenDate(line, first, line.length())) {
            return Optional.empty();
        }
        List<DateToken> tokens = DateToken.of(line, 0, line.length());
        int i = 0;
        while (i < tokens.size() && tokens.get(i).isMarkOf(FRAME)) {
            i++;
        }
        Match m = i < tokens.size() ? match(tokens, i, true, false) : null;
        if (m == null) {
            return Optional.empty();
        }
        for (int k = m.next; k < tokens.size(); k++) {
            if (!tokens.get(k).isMarkOf(FRAME)) {
                return Optional.empty();
            }
        }
        return Optional.of(m.date);
    }

    /** Where a date opening {@code text} ends (time included), or -1 if it opens with none. */
    public int leadingDateEnd(CharSequence text) {
        int end = Math.min(text.length(), 80);
        if (!hasDigit(text, Math.min(text.length(), 40))
                || !mayOpenDate(text, skipSpaces(text, 0, end), end)) {
            return -1;
        }
        List<DateToken> tokens = DateToken.of(text, 0, end);
        Match m = tokens.isEmpty() ? null : match(tokens, 0, false, false);
        return m == null ? -1 : m.date.end();
    }

    /** A date opening {@code text}, with or without a year, as datelines print it. */
    public Optional<FoundDate> opening(CharSequence text) {
        List<DateToken> tokens = DateToken.of(text, 0, Math.min(text.length(), 80));
        Match m = tokens.isEmpty() ? null : match(tokens, 0, false, true);
        return m == null ? Optional.empty() : Optional.of(m.date);
    }

    /**
     * Whether the token at {@code i} of {@code s[.., end)} can open a date: every date opens with a
     * number, a weekday or a month. Tells most text from a date before it is cut into tokens.
     */
    private boolean mayOpenDate(CharSequence s, int i, int end) {
        if (i >= end) {
            return false;
        }
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            return true;
        }
        int j = i;
        while (j < end && Character.isLetter(s.charAt(j))) {
            j++;
        }
        if (j == i) {
            return false; // a mark
        }
        String word = DateLexicon.fold(s.subSequence(i, j).toString());
        return words.isWeekday(word) || words.month(word) != 0;
    }

    private static int skipSpaces(CharSequence s, int i, int end) {
        while (i < end && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean hasDigit(CharSequence s, int upTo) {
        for (int i = 0; i < upTo; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private record Match(FoundDate date, int next, boolean weekday) {}

    /**
     * A date starting at token {@code i}; {@code strict} allows the forms only a lone date line may
     * take.
     */
    private Match match(List<DateToken> t, int i, boolean strict, boolean yearless) {
        int j = i;
        boolean weekday = false;
        if (isWord(t, j) && words.isWeekday(t.get(j).text())) {
            weekday = true;
            j++;
            if (j < t.size() && t.get(j).isMarkOf(SEPARATORS + ".")) {
                j++;
            }
        }
        int[] ymd = new int[3];
        int after = numeric(t, j, strict, ymd);
        if (after < 0) {
            after = named(t, j, yearless, ymd);
        }
        if (after < 0 || !valid(ymd)) {
            return null;
        }
        int dateEnd = t.get(after - 1).end();
        int next = time(t, after);
        int end = t.get(next - 1).end();
        int start = t.get(i).start();
        return new Match(new FoundDate(start, dateEnd, end, ymd[0], ymd[1], ymd[2]), next, weekday);
    }

    /** ISO and day-first numeric dates; the token after the date, or -1. */
    private int numeric(List<DateToken> t, int j, boolean strict, int[] ymd) {
        if (strict
                && isNumber(t, j)
                && isNumber(t, j + 1)
                && isNumber(t, j + 2)
                && !t.get(j + 1).glued()
                && !t.get(j + 2).glued()) {
            // "05 6 2019": only a line holding nothing else is read this way.
            DateToken d = t.get(j);
            DateToken m = t.get(j + 1);
            DateToken y = t.get(j + 2);
            return d.digits() <= 2
                            && m.digits() <= 2
                            && y.digits() == 4
                            && set(ymd, y.value(), m.value(), d.value())
                    ? j + 3
                    : -1;
        }
        if (!isNumber(t, j) || !isNumber(t, j + 2) || !isNumber(t, j + 4)) {
            return -1;
        }
        DateToken a = t.get(j);
        DateToken b = t.get(j + 2);
        DateToken c = t.get(j + 4);
        DateToken s1 = t.get(j + 1);
        DateToken s2 = t.get(j + 3);
        boolean glued = s1.glued() && b.glued() && s2.glued() && c.glued();
        if (!glued
                || !s1.isMarkOf("./-")
                || !s2.text().equals(s1.text())
                || a.ordinal()
                || c.ordinal()) {
            return -1;
        }
        // Part of a longer run of numbers ("1.2.3.4", "10-12-2020-3") is no date.
        int after = j + 5;
        if (after + 1 < t.size()
                && t.get(after).glued()
                && t.get(after).isMarkOf("./-")
                && isNumber(t, after + 1)
                && t.get(after + 1).glued()) {
            return -1;
        }
        if (a.digits() == 4) {
            return set(ymd, a.value(), b.value(), c.value()) ? after : -1;
        }
        int year = c.digits() == 4 ? c.value() : strict && c.digits() == 2 ? 2000 + c.value() : -1;
        if (year < 0 || a.digits() > 2 || b.digits() > 2) {
            return -1;
        }
        // Day first, as most pages outside the United States print it, unless that cannot be a
        // date.
        boolean monthFirst = b.value() > 12 && a.value() <= 12;
        return set(
                        ymd,
                        year,
                        monthFirst ? a.value() : b.value(),
                        monthFirst ? b.value() : a.value())
                ? after
                : -1;
    }

    /** Dates with a month name, and spaced numeric ones on a date line; next token, or -1. */
    private int named(List<DateToken> t, int j, boolean yearless, int[] ymd) {
        int k = j;
        if (isDay(t, k)) {
            int day = t.get(k).value();
            k++;
            if (k < t.size() && t.get(k).isMark('.') && t.get(k).glued()) {
                k++; // "3. März 2024"
            }
            k = skipJoiners(t, k);
            int month = month(t, k);
            if (month == 0) {
                return -1;
            }
            k = skipJoiners(t, skipMarks(t, k + 1, ","));
            int year = year(t, k);
            if (year > 0) {
                return set(ymd, year, month, day) ? k + yearTokens(t, k) : -1;
            }
            return yearless && set(ymd, 0, month, day) ? yearlessEnd(t, j, k) : -1;
        }
        int month = month(t, k);
        if (month == 0) {
            return -1;
        }
        k++;
        if (isDay(t, k)) {
            int day = t.get(k).value();
            int y = skipMarks(t, k + 1, ",");
            int year = year(t, y);
            if (year > 0) {
                return set(ymd, year, month, day) ? y + yearTokens(t, y) : -1;
            }
            return yearless && set(ymd, 0, month, day) ? yearlessEnd(t, j, k + 1) : -1;
        }
        int y = skipMarks(t, k, ",");
        int year = year(t, y);
        return year > 0 && set(ymd, year, month, 0) ? y + yearTokens(t, y) : -1;
    }

    private static int yearlessEnd(List<DateToken> t, int start, int next) {
        return next > start ? next : -1;
    }

    /** After a date: a time of day ("15:14", "- 09:41 CET", "12:40 P.M. EDT"), else {@code k}. */
    private int time(List<DateToken> t, int k) {
        int j = k;
        if (j < t.size()
                && (t.get(j).isMarkOf(SEPARATORS)
                        || isWord(t, j) && t.get(j).text().equals("at"))) {
            j++;
        }
        if (isWord(t, j) && t.get(j).text().equals("t") && t.get(j).glued()) {
            j++; // ISO "2021-06-14T09:30"
        }
        if (!isNumber(t, j)
                || t.get(j).digits() > 2
                || j + 2 >= t.size()
                || !t.get(j + 1).isMarkOf(":.")
                || !isNumber(t, j + 2)
                || t.get(j + 2).digits() != 2
                || !t.get(j + 2).glued()) {
            return k;
        }
        j += 3;
        while (j + 1 < t.size()
                && t.get(j).isMarkOf(":.")
                && t.get(j).glued()
                && isNumber(t, j + 1)
                && t.get(j + 1).glued()) {
            j += 2; // seconds, fractions
        }
        if (isWord(t, j) && t.get(j).text().equals("z") && t.get(j).glued()) {
            j++;
        } else if (j + 1 < t.size()
                && t.get(j).isMarkOf("+-")
                && t.get(j).glued()
                && isNumber(t, j + 1)) {
            j += 2;
            if (j + 1 < t.size() && t.get(j).isMark(':') && isNumber(t, j + 1)) {
                j += 2;
            }
        }
        if (isWord(t, j) && (t.get(j).text().equals("am") || t.get(j).text().equals("pm"))) {
            j++;
        } else if (isWord(t, j)
                && isWord(t, j + 1)
                && t.get(j).dotted()
                && (t.get(j).text().equals("a") || t.get(j).text().equals("p"))
                && t.get(j + 1).text().equals("m")) {
            j += 2;
        }
        return j;
    }

    private int month(List<DateToken> t, int k) {
        return isWord(t, k) ? words.month(t.get(k).text()) : 0;
    }

    private int year(List<DateToken> t, int k) {
        if (isNumber(t, k) && t.get(k).digits() == 4 && !t.get(k).ordinal()) {
            int y = t.get(k).value();
            return y >= MIN_YEAR && y <= MAX_YEAR ? y : 0;
        }
        // "Jun '21"
        if (k + 1 < t.size()
                && t.get(k).isMarkOf("'\u2019")
                && isNumber(t, k + 1)
                && t.get(k + 1).glued()
                && t.get(k + 1).digits() == 2) {
            return 2000 + t.get(k + 1).value();
        }
        return 0;
    }

    /** How many tokens the year at {@code k} takes: two for "'21". */
    private static int yearTokens(List<DateToken> t, int k) {
        return t.get(k).kind() == Kind.MARK ? 2 : 1;
    }

    private int skipJoiners(List<DateToken> t, int k) {
        while (isWord(t, k) && words.isJoiner(t.get(k).text())) {
            k++;
        }
        return k;
    }

    private boolean isFiller(DateToken token) {
        return token.kind() == Kind.WORD && words.isFiller(token.text());
    }

    private static int skipMarks(List<DateToken> t, int k, String marks) {
        while (k < t.size() && t.get(k).isMarkOf(marks)) {
            k++;
        }
        return k;
    }

    private static boolean isDay(List<DateToken> t, int k) {
        return isNumber(t, k)
                && t.get(k).digits() <= 2
                && t.get(k).value() >= 1
                && t.get(k).value() <= 31
                && !(k > 0 && t.get(k).glued() && t.get(k - 1).kind() != Kind.MARK);
    }

    private static boolean isNumber(List<DateToken> t, int k) {
        return k < t.size() && t.get(k).kind() == Kind.NUMBER;
    }

    private static boolean isWord(List<DateToken> t, int k) {
        return k < t.size() && t.get(k).kind() == Kind.WORD;
    }

    private static boolean set(int[] ymd, int year, int month, int day) {
        ymd[0] = year;
        ymd[1] = month;
        ymd[2] = day;
        return true;
    }

    private static boolean valid(int[] ymd) {
        if (ymd[1] < 1 || ymd[1] > 12 || ymd[0] != 0 && (ymd[0] < MIN_YEAR || ymd[0] > MAX_YEAR)) {
            return false;
        }
        try {
            LocalDate.of(ymd[0] == 0 ? 2000 : ymd[0], ymd[1], ymd[2] == 0 ? 1 : ymd[2]);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
