package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancebrief.corpus.dates.DateLexicon;
import org.alliancebrief.corpus.dates.DateReader;
import org.alliancebrief.corpus.dates.FoundDate;

/**
 * The dateline opening a story ("BRUSSELS (Reuters) - ", "Brussels, 14 June 2021 — ", "BRUSSELS
 * (UrduPoint News / Sputnik - 10th January, 2023) ") or standing alone under the headline
 * ("Vilnius, 4 March 2024."), read by hand around the one date grammar.
 *
 * @param line the dateline without its dash: "BRUSSELS (Reuters)"
 * @param rest the paragraph after it ("" for a dateline standing alone)
 */
record Dateline(String line, String rest) {
    private static final int MAX_PLACE_WORDS = 4;
    private static final int MAX_PLACE_CHARS = 40;
    private static final int MAX_GROUP_CHARS = 70;

    /** A bare upper-case place ("WASHINGTON — ") must be longer than an acronym like "NATO". */
    private static final int MIN_CAPITALS_PLACE = 5;

    private static final DateReader DATES = DateReader.standard();

    /** The dateline at the start of {@code paragraph}, if it opens with one. */
    static Optional<Dateline> split(String paragraph, Outlets outlets) {
        return read(paragraph, outlets).filter(d -> !d.rest.isEmpty());
    }

    /**
     * Whether all of {@code line} is a dateline with a dated place: "Rome, 29 March 2025, 15:14".
     */
    static boolean isAlone(String line, Outlets outlets) {
        return read(line, outlets).filter(d -> d.rest.isEmpty()).isPresent();
    }

    private static Optional<Dateline> read(String text, Outlets outlets) {
        int p = place(text);
        if (p <= 0) {
            return stamp(text);
        }
        String place = text.substring(0, p);
        boolean dated = false;
        int at = p;
        if (at < text.length() && text.charAt(at) == ',') {
            int from = skipSpaces(text, at + 1);
            Optional<FoundDate> date = DATES.opening(text.substring(from));
            if (date.isEmpty()) {
                return Optional.empty();
            }
            dated = true;
            at = from + date.get().end();
        }
        at = skipSpaces(text, at);
        boolean byAgency = false;
        boolean group = false;
        if (at < text.length() && text.charAt(at) == '(') {
            int close = text.indexOf(')', at);
            if (close < 0 || close - at > MAX_GROUP_CHARS) {
                return Optional.empty();
            }
            String inside = text.substring(at + 1, close);
            byAgency = outlets.find(inside).isPresent();
            dated |= DATES.stamped(inside, true).stream().anyMatch(s -> s.date().hasYear());
            group = true;
            at = skipSpaces(text, close + 1);
        }
        int rest = separatorEnd(text, at);
        int slashed = rest < 0 ? slashedAgency(text, at, outlets) : -1;
        if (slashed >= 0) {
            rest = slashed; // "MOSCOW, November 7. /TASS/. The trend…"
            byAgency = true;
        }
        if (rest < 0 && group && at < text.length() && Character.isUpperCase(text.charAt(at))) {
            rest = at; // "BRUSSELS (Agency - 10th January, 2023) NATO said..."
        }
        boolean alone = rest < 0 && text.substring(at).strip().replace(".", "").isEmpty();
        if (rest < 0 && !alone) {
            return Optional.empty();
        }
        boolean capitalPlace =
                !dated
                        && !byAgency
                        && place.length() >= MIN_CAPITALS_PLACE
                        && place.equals(place.toUpperCase(Locale.ROOT))
                        && rest >= 0;
        if (alone ? !dated : !dated && !byAgency && !capitalPlace) {
            return Optional.empty();
        }
        int lineEnd = alone ? text.length() : rest;
        String line = text.substring(0, lineEnd).strip();
        line = stripSeparator(line);
        return Optional.of(new Dateline(line, alone ? "" : text.substring(rest)));
    }

    /**
     * A page's date stamp opening its lead, with a year and a colon or dash after it ("06/23/2014:
     * NATO's Secretary General met...", "12.03.2019 - The ministers"): a dateline with no place.
     */
    private static Optional<Dateline> stamp(String text) {
        Optional<FoundDate> date = DATES.opening(text);
        if (date.isEmpty() || !date.get().hasYear()) {
            return Optional.empty();
        }
        int at = skipSpaces(text, date.get().end());
        int i = at;
        while (i < text.length() && i - at < 2 && "-\u2013\u2014:|".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        int rest = skipSpaces(text, i);
        if (i == at || rest >= text.length() || !Character.isUpperCase(text.charAt(rest))) {
            return Optional.empty();
        }
        return Optional.of(
                new Dateline(text.substring(0, date.get().end()).strip(), text.substring(rest)));
    }

    /** How many of a page's first non-blank lines may open with a publication label. */
    private static final int LABELLED_LINES = 3;

    /**
     * {@code lines} with a publication label and its date that open one of the page's first lines
     * on a line of their own: a saved page's "date 2019-11-28 Macron stands by his claim" is a
     * stamp and a headline, "date 2025-11-07 MOSCOW, November 7. /TASS/. The trend…" a stamp and a
     * lead.
     */
    static List<String> labelledApart(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size() + 1);
        int seen = 0;
        for (String line : lines) {
            Optional<Dateline> d =
                    seen < LABELLED_LINES && !line.isBlank() ? labelled(line) : Optional.empty();
            seen += line.isBlank() ? 0 : 1;
            if (d.isPresent()) {
                out.add(d.get().line());
                out.add(d.get().rest());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** How far into a line a publication label and its date may reach. */
    private static final int LABEL_REACH = 48;

    /**
     * A publication label and its date opening a line, glued to the text with no mark between
     * ("date 2025-10-15 NATO defence ministers met…", "Published 3 May 2024 The ministers…"): the
     * label says what the date is, so no colon or dash is needed after it.
     */
    private static Optional<Dateline> labelled(String text) {
        List<DateReader.Stamped> found =
                DATES.stamped(text.substring(0, Math.min(text.length(), LABEL_REACH)), false);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DateReader.Stamped first = found.get(0);
        if (first.stamp() != DateLexicon.StampKind.PUBLISHED
                || !text.substring(0, first.stampStart()).isBlank()) {
            return Optional.empty();
        }
        int end = first.date().end();
        int rest = skipSpaces(text, end);
        while (rest < text.length() && "-\u2013\u2014:|".indexOf(text.charAt(rest)) >= 0) {
            rest = skipSpaces(text, rest + 1);
        }
        if (rest >= text.length() || !Character.isUpperCase(opening(text, rest))) {
            return Optional.empty();
        }
        return Optional.of(new Dateline(text.substring(0, end).strip(), text.substring(rest)));
    }

    /**
     * The character that opens the text at {@code i}, past an opening bracket or quotation mark
     * ("(MENAFN- Kuwait News Agency) BRUSSELS …", "“Europe must…”"); 0 at the end.
     */
    private static char opening(String text, int i) {
        int k = i < text.length() && "([\"“‘'".indexOf(text.charAt(i)) >= 0 ? i + 1 : i;
        return k < text.length() ? text.charAt(k) : 0;
    }

    /** The end of a place name of capitalised words opening {@code text}, or -1. */
    private static int place(String text) {
        int i = 0;
        int words = 0;
        while (i < text.length() && words < MAX_PLACE_WORDS) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return words == 0 ? -1 : trimEnd(text, i);
            }
            while (i < text.length()
                    && (Character.isLetter(text.charAt(i))
                            || ".'\u2019-".indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            words++;
            if (i + 1 < text.length() && text.charAt(i) == ' ' && text.charAt(i + 1) == '[') {
                int close = text.indexOf(']', i);
                if (close < 0 || close - i > 25) {
                    return -1;
                }
                i = close + 1; // "Brussels [Belgium]"
            }
            if (i + 1 < text.length()
                    && (text.charAt(i) == ' ' || text.charAt(i) == '/')
                    && Character.isUpperCase(text.charAt(i + 1))) {
                i++;
                continue;
            }
            break;
        }
        return i > MAX_PLACE_CHARS ? -1 : i;
    }

    private static int trimEnd(String text, int i) {
        return text.substring(0, i).stripTrailing().length();
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** After a dash or colon and its space ("- ", "-- ", "— ", ": "), the rest's start; else -1. */
    /**
     * The agency between slashes after a dateline's date, as its wires print it ("MOSCOW, November
     * 7. /TASS/. The trend…"): the index of the story's first letter after it, or -1.
     */
    private static int slashedAgency(String text, int at, Outlets outlets) {
        int i = at < text.length() && text.charAt(at) == '.' ? skipSpaces(text, at + 1) : at;
        if (i >= text.length() || text.charAt(i) != '/') {
            return -1;
        }
        int close = text.indexOf('/', i + 1);
        if (close < 0
                || close - i > MAX_GROUP_CHARS
                || outlets.find(text.substring(i + 1, close)).isEmpty()) {
            return -1;
        }
        int rest =
                close + 1 < text.length() && text.charAt(close + 1) == '.' ? close + 2 : close + 1;
        rest = skipSpaces(text, rest);
        return rest < text.length() && Character.isUpperCase(text.charAt(rest)) ? rest : -1;
    }

    private static int separatorEnd(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < 2 && "-\u2013\u2014:".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == at || i >= text.length() || text.charAt(i) != ' ') {
            return -1;
        }
        int rest = skipSpaces(text, i);
        return rest < text.length() ? rest : -1;
    }

    private static String stripSeparator(String line) {
        String l = line;
        while (!l.isEmpty() && "-\u2013\u2014:".indexOf(l.charAt(l.length() - 1)) >= 0) {
            l = l.substring(0, l.length() - 1).stripTrailing();
        }
        return l;
    }
}
