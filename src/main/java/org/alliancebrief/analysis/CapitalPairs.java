package org.alliancebrief.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.corpus.Words;

/**
 * Finds two capitalised words of four letters or more with one space between ("Kaya Callas"): where
 * a misspelt name may stand. The rule is {@link #PAIR}; on text of the Basic Multilingual Plane it
 * is read by a hand-written scan that gives the same matches as the pattern at a fraction of the
 * cost (the pattern ran over every article and was a tenth of the analysis).
 */
final class CapitalPairs {
    /** The rule, and the reader of text with characters outside the Basic Multilingual Plane. */
    static final Pattern PAIR =
            Pattern.compile(
                    "(?<![\\p{L}])(\\p{Lu}[\\p{Ll}\\p{M}]{3,})\\s(\\p{Lu}[\\p{Ll}\\p{M}]{3,})(?![\\p{L}])");

    /** Lower-case letters after the capital, at least. */
    private static final int MIN_TAIL = 3;

    /** One match: the first word starts at {@code start}, the second at {@code second}. */
    record Pair(int start, int second, int end) {}

    private final String text;
    private final Matcher matcher;

    CapitalPairs(String text) {
        this.text = text;
        this.matcher = bmp(text) ? null : PAIR.matcher(text);
    }

    /** The first pair starting at or after {@code from}, or null. */
    Pair next(int from) {
        if (matcher != null) {
            return matcher.find(from)
                    ? new Pair(matcher.start(), matcher.start(2), matcher.end())
                    : null;
        }
        for (int i = from; i < text.length(); i++) {
            Pair p = at(i);
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The pair starting at {@code i}, as the pattern reads it there, or null. */
    private Pair at(int i) {
        if (!upper(text.charAt(i)) || i > 0 && Character.isLetter(text.charAt(i - 1))) {
            return null;
        }
        int space = tailEnd(i + 1);
        if (space - (i + 1) < MIN_TAIL
                || space >= text.length()
                || !Words.regexSpace(text.charAt(space))) {
            return null; // a shorter tail leaves a lower-case letter where the space must be
        }
        int second = space + 1;
        if (second >= text.length() || !upper(text.charAt(second))) {
            return null;
        }
        // The tail is greedy, but may give back letters so that no letter follows it; only a
        // mark it gives back can stand as that next, non-letter character.
        for (int end = tailEnd(second + 1); end - (second + 1) >= MIN_TAIL; end--) {
            if (end >= text.length() || !Character.isLetter(text.charAt(end))) {
                return new Pair(i, second, end);
            }
        }
        return null;
    }

    /** The end of the run of lower-case letters and marks from {@code from}. */
    private int tailEnd(int from) {
        int j = from;
        while (j < text.length() && lowerOrMark(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean upper(char c) {
        return Character.getType(c) == Character.UPPERCASE_LETTER;
    }

    private static boolean lowerOrMark(char c) {
        int type = Character.getType(c);
        return type == Character.LOWERCASE_LETTER
                || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether no surrogate stands in {@code text}: then a character is a code point. */
    private static boolean bmp(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
