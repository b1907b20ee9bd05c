package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines on any line ending and normalises the spaces inside each line, in one pass
 * over the characters.
 */
final class LineCleaner {
    private LineCleaner() {}

    /** The lines of {@code text}, each stripped and with single spaces; blank lines are "". */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        while (true) {
            int end = lineEnd(text, start);
            out.add(PageLine.withCreditApart(clean(text, start, end)));
            if (end == n) {
                return out;
            }
            start = end + (text.startsWith("\r\n", end) ? 2 : 1);
        }
    }

    /**
     * Where the line from {@code from} ends: at its line break, or at the end of the text. A loop
     * of its own, apart from the cleaning, so that each compiles small.
     */
    private static int lineEnd(String text, int from) {
        int n = text.length();
        for (int i = from; i < n; i++) {
            if (isBreak(text.charAt(i))) {
                return i;
            }
        }
        return n;
    }

    private static boolean isBreak(char c) {
        if (c < '\u0085') {
            return c == '\n' || c == '\r'; // ASCII, most of any page
        }
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code line} with invisible characters removed and every run of spaces made one space. */
    static String clean(String line) {
        return clean(line, 0, line.length());
    }

    private static String clean(String s, int from, int to) {
        int first = from;
        int last = to;
        while (first < last && isSpace(s.charAt(first))) {
            first++;
        }
        while (last > first && isSpace(s.charAt(last - 1))) {
            last--;
        }
        if (isClean(s, first, last)) {
            return s.substring(first, last); // most lines: no copy character by character
        }
        return rebuilt(s, from, to);
    }

    /** {@code s[from, to)} copied without invisible characters and with single spaces. */
    private static String rebuilt(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        boolean space = false;
        int i = from;
        while (i < to) {
            char c = s.charAt(i);
            if (isInvisible(c)) {
                i++;
                continue; // invisible characters and stray controls carry no content
            }
            if (isSpace(c)) {
                space = true;
                i++;
                continue;
            }
            if (space && !out.isEmpty()) {
                out.append(' ');
            }
            space = false;
            int end = ordinaryEnd(s, i + 1, to); // a run of ordinary characters is copied at once
            out.append(s, i, end);
            i = end;
        }
        return out.toString();
    }

    private static int ordinaryEnd(String s, int i, int to) {
        while (i < to && isOrdinary(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isOrdinary(char c) {
        return c > ' ' && c < '\u007F' || !isInvisible(c) && !isSpace(c);
    }

    /** Whether {@code s[from, to)} is already what {@link #clean} makes of it. */
    private static boolean isClean(String s, int from, int to) {
        boolean space = true; // no space may open the line
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u007F') {
                space = false; // printable ASCII, most of any page: neither space nor invisible
            } else if (isInvisible(c) || isSpace(c) && (c != ' ' || space)) {
                return false;
            } else {
                space = c == ' ';
            }
        }
        return !space || to == from;
    }

    // Tabs, no-break and typographic spaces all read as one space in running text.
    private static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u000B'
                || c == '\f'
                || c == '\u00A0'
                || c == '\u1680'
                || c >= '\u2000' && c <= '\u200A'
                || c == '\u202F'
                || c == '\u205F'
                || c == '\u3000';
    }

    private static boolean isInvisible(char c) {
        return c >= '\u200B' && c <= '\u200D'
                || c == '\u2060'
                || c == '\uFEFF'
                || c == '\u00AD'
                || c <= '\u0008'
                || c >= '\u000E' && c <= '\u001F'
                || c == '\u007F';
    }
}
