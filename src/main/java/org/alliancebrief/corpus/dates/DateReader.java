package org.alliancebrief.corpus.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.corpus.dates.DateLexicon.StampKind;
import org.alliancebrief.corpus.dates.DateToken.Kind;
import org.alliancebrief.corpus.dates.FoundDate.Order;

/**
 * The one date grammar of the program, driven by the word tables of {@link DateLexicon}: day, month
 * and year in either order with month names or abbreviations ("14th of June 2021", "Sept. 3, 2019",
 * "4 marca 2024"), numeric day-first and ISO forms, an optional weekday before and time of day
 * after ("Monday, May 6, 2024 - 09:41 CET", also run on into the year: "25.06.201916:51"). Each
 * date says how it orders day and month ({@link FoundDate.Order}), so that one with slashes that
 * reads either way can be read as its page writes the others. Thread-safe.
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

    /** A header line longer than this is more than a date among labels: a teaser or prose. */
    private static final int MAX_HEADER_LINE = 160;

    /** An agency, office or reference code before a header line's date: a few words. */
    private static final int MAX_LABEL_WORDS = 5;

    /** The lower-case words a name holds are small: "of", "the", "des", "für". */
    private static final int MAX_SMALL_WORD = 4;

    /** Words after a header line's date: a handful of short items (outlet, section, share). */
    private static final int MAX_ITEMS_WORDS = 12;

    /** An item with a lower-case word runs this long at most; a longer one is a clause. */
    private static final int MAX_ITEM_WORDS = 4;

    /** Marks that part the items of a header line ("12:09 UTC · Outlet · Section"). */
    private static final String ITEM_MARKS = "|\u00b7\u2022/-\u2013\u2014";

    private static final DateReader STANDARD = new DateReader(DateLexicon.standard());

    private final DateLexicon words;

    DateReader(DateLexicon words) {
        this.words = words;
    }

    /** The reader with the shipped word lists. */
    public static DateReader standard() {
        return STANDARD;
    }

    /**
     * A date preceded by the stamp phrase naming its role, if any ("Published on").
     *
     * @param afterWeekday a weekday stands before the date ("on Friday (8 July 2016)")
     * @param onDay the date follows a word that puts something on a day ("met on 10 May 2023")
     */
    public record Stamped(
            FoundDate date, StampKind stamp, int stampStart, boolean afterWeekday, boolean onDay) {}

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
            boolean onDay = i > 0 && isFiller(tokens.get(i - 1));
            out.add(
                    new Stamped(
                            m.date,
                            stamp,
                            stamp == null ? m.date.start() : stampStart,
                            weekday,
                            onDay));
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

    /**
     * The date of a header line: a date alone, or one full date with at most a short label before
     * it (an agency, an office, a reference code: "Wire Agency, May 15, 2015", "REF-12, 15 July
     * 2016") and a few short header items after it ("17 February 2026 07:09 UTC · Outlet ·
     * Section"). A line whose words before the date end in a lower-case word ("met on 3 May 2019")
     * is prose, not a header.
     */
    public Optional<FoundDate> headerDate(CharSequence line) {
        Optional<FoundDate> alone = dateOnly(line);
        if (alone.isPresent()
                || line.length() > MAX_HEADER_LINE
                || !hasDigit(line, line.length())) {
            return alone;
        }
        List<DateToken> tokens = DateToken.of(line, 0, line.length());
        Match found = null;
        int at = -1;
        int i = 0;
        while (i < tokens.size()) {
            Match m = match(tokens, i, false, false);
            if (m == null) {
                i++;
                continue;
            }
            if (found != null || m.date.monthOnly()) {
                return Optional.empty(); // two dates, or a month: a range or a listing
            }
            found = m;
            at = i;
            i = m.next;
        }
        return found != null && isLabel(line, tokens, at) && areItems(line, tokens, found.next)
                ? Optional.of(found.date)
                : Optional.empty();
    }

    /**
     * Whether the tokens before {@code at} are a short name or code, as a label is: capitalised
     * words, numbers and small words ("Ministry of Defence", "REF-12,"), ending on no lower-case
     * word nor "On" ("met on", "new deal |"), no sentence and no social-media handle (an embedded
     * post).
     */
    private boolean isLabel(CharSequence line, List<DateToken> t, int at) {
        int words = 0;
        boolean clauseEnd = false;
        for (int k = 0; k < at; k++) {
            DateToken token = t.get(k);
            if (token.kind() == Kind.MARK) {
                if (token.isMarkOf(".!?@")) {
                    return false;
                }
                continue;
            }
            words += startsWord(t, k) ? 1 : 0;
            boolean lower =
                    token.kind() == Kind.WORD && Character.isLowerCase(line.charAt(token.start()));
            if (lower && token.text().length() > MAX_SMALL_WORD) {
                return false; // "Allies agree ...": a clause, not a name
            }
            clauseEnd = lower || isFiller(token);
        }
        return words <= MAX_LABEL_WORDS && !clauseEnd;
    }

    /**
     * Whether the tokens from {@code from} on are a few header items, or none: short ones ("UTC ·
     * Outlet · Press Release", "Adjust font size:") or a row of capitalised words ("Share Tweet
     * Email Print"), never a sentence.
     */
    private static boolean areItems(CharSequence line, List<DateToken> t, int from) {
        int words = 0;
        int item = 0;
        boolean lowerInItem = false;
        for (int k = from; k < t.size(); k++) {
            DateToken token = t.get(k);
            if (token.isMarkOf(ITEM_MARKS)) {
                item = 0;
                lowerInItem = false;
            } else if (token.isMarkOf(".!?")) {
                return false; // a sentence: prose after the date
            } else if (startsWord(t, k)) {
                words++;
                item++;
                lowerInItem |=
                        token.kind() == Kind.WORD
                                && Character.isLowerCase(line.charAt(token.start()));
                if (item > MAX_ITEM_WORDS && lowerInItem || words > MAX_ITEMS_WORDS) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether token {@code k} is a word or number that is not the tail of the one before. */
    private static boolean startsWord(List<DateToken> t, int k) {
        return t.get(k).kind() != Kind.MARK
                && !(k > 0 && t.get(k).glued() && t.get(k - 1).kind() != Kind.MARK);
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

    /** The parts of a date as they are read. */
    private static final class Parts {
        private int year;
        private int month;
        private int day;
        private Order order = Order.NONE;

        boolean set(int y, int m, int d, Order o) {
            year = y;
            month = m;
            day = d;
            order = o;
            return true;
        }

        boolean valid() {
            if (month < 1 || month > 12 || year != 0 && (year < MIN_YEAR || year > MAX_YEAR)) {
                return false;
            }
            try {
                LocalDate.of(year == 0 ? 2000 : year, month, day == 0 ? 1 : day);
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }
    }

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
        Parts p = new Parts();
        int after = numeric(t, j, strict, p);
        if (after < 0) {
            after = named(t, j, yearless, p);
        }
        if (after < 0 || !p.valid()) {
            return null;
        }
        DateToken last = t.get(after - 1);
        int dateEnd = last.end();
        int next;
        if (last.digits() > 4) {
            dateEnd = last.start() + 4; // "25.06.201916:51": the hour runs on from the year
            next = clockEnd(t, after);
        } else {
            next = time(t, after);
        }
        int end = t.get(next - 1).end();
        int start = t.get(i).start();
        return new Match(
                new FoundDate(start, dateEnd, end, p.year, p.month, p.day, p.order), next, weekday);
    }

    /** ISO and day-first numeric dates; the token after the date, or -1. */
    private int numeric(List<DateToken> t, int j, boolean strict, Parts p) {
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
                            && p.set(y.value(), m.value(), d.value(), Order.NONE)
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
            return p.set(a.value(), b.value(), c.value(), Order.NONE) ? after : -1;
        }
        int year = fullYear(t, j + 4);
        if (year < 0 && strict && c.digits() == 2) {
            year = 2000 + c.value();
        }
        if (year < 0 || a.digits() > 2 || b.digits() > 2) {
            return -1;
        }
        // Day first, as most pages outside the United States print it, unless that cannot be a
        // date; with slashes the page's other dates may tell otherwise (FoundDate.Order.EITHER).
        boolean monthFirst = b.value() > 12 && a.value() <= 12;
        Order order = s1.isMark('/') ? slashOrder(a.value(), b.value()) : Order.NONE;
        return p.set(
                        year,
                        monthFirst ? a.value() : b.value(),
                        monthFirst ? b.value() : a.value(),
                        order)
                ? after
                : -1;
    }

    /** What a date written "a/b/yyyy" shows of how its page orders day and month. */
    private static Order slashOrder(int a, int b) {
        if (b > 12 && a <= 12) {
            return Order.MONTH_FIRST;
        }
        if (a > 12) {
            return Order.DAY_FIRST;
        }
        return a == b ? Order.NONE : Order.EITHER;
    }

    /** Dates with a month name, and spaced numeric ones on a date line; next token, or -1. */
    private int named(List<DateToken> t, int j, boolean yearless, Parts p) {
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
                return p.set(year, month, day, Order.DAY_FIRST) ? k + yearTokens(t, k) : -1;
            }
            return yearless && p.set(0, month, day, Order.DAY_FIRST) ? yearlessEnd(t, j, k) : -1;
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
                return p.set(year, month, day, Order.MONTH_FIRST) ? y + yearTokens(t, y) : -1;
            }
            return yearless && p.set(0, month, day, Order.MONTH_FIRST)
                    ? yearlessEnd(t, j, k + 1)
                    : -1;
        }
        int y = skipMarks(t, k, ",");
        int year = year(t, y);
        return year > 0 && p.set(year, month, 0, Order.NONE) ? y + yearTokens(t, y) : -1;
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
        return clockEnd(t, j + 1);
    }

    /** From the mark after the hour: minutes, seconds, zone and "am"; the token after them. */
    private int clockEnd(List<DateToken> t, int colon) {
        int j = colon + 2;
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
        int y = fullYear(t, k);
        if (y >= 0) {
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

    /**
     * The year of four digits at token {@code k}, also with the hour run on after it ("201916"
     * before ":51", as "25.06.201916:51" prints it); -1 if none.
     */
    private static int fullYear(List<DateToken> t, int k) {
        if (!isNumber(t, k) || t.get(k).ordinal()) {
            return -1;
        }
        DateToken y = t.get(k);
        if (y.digits() == 4) {
            return y.value();
        }
        boolean minutesFollow =
                k + 2 < t.size()
                        && t.get(k + 1).isMark(':')
                        && t.get(k + 1).glued()
                        && isNumber(t, k + 2)
                        && t.get(k + 2).digits() == 2
                        && t.get(k + 2).glued();
        if ((y.digits() == 5 || y.digits() == 6)
                && minutesFollow
                && Integer.parseInt(y.text().substring(4)) <= 23) {
            return Integer.parseInt(y.text().substring(0, 4));
        }
        return -1;
    }
}
