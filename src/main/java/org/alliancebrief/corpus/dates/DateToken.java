package org.alliancebrief.corpus.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * A token of text as the date grammar sees it: a run of digits, a run of letters, or one other
 * character; spaces only separate.
 *
 * @param text the token folded to lower case (digits as written)
 * @param glued no space stands between this token and the one before
 * @param ordinal a number written with an ordinal suffix ("3rd", "1er")
 * @param dotted a word followed by a period that belongs to it ("Jun.")
 */
record DateToken(
        Kind kind,
        int start,
        int end,
        String text,
        boolean glued,
        boolean ordinal,
        boolean dotted) {
    enum Kind {
        NUMBER,
        WORD,
        MARK
    }

    /** The suffixes of an ordinal number, in lower case: none is longer than two letters. */
    private static final List<String> ORDINALS =
            List.of("st", "nd", "rd", "th", "er", "e", "º", "ª");

    /** The most digits a number token takes; a longer run is cut into several. */
    private static final int MAX_DIGITS = 8;

    /** The most letters read after a number as its suffix ("3rd", but not "3rds"). */
    private static final int MAX_SUFFIX = 3;

    /** The one-character strings of the ASCII marks, so that a mark token allocates none. */
    private static final String[] ASCII_MARKS = asciiMarks();

    int value() {
        return Integer.parseInt(text);
    }

    int digits() {
        return kind == Kind.NUMBER ? text.length() : 0;
    }

    boolean isMark(char c) {
        return kind == Kind.MARK && text.charAt(0) == c;
    }

    boolean isMarkOf(String chars) {
        return kind == Kind.MARK && chars.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * The tokens of {@code s[from, to)}, in order. The loop only dispatches: each kind of token is
     * read by a small method of its own, so that the compiler keeps each one small too (one loop
     * with all three inside was compiled again and again after its loop predicates failed).
     */
    static List<DateToken> of(CharSequence s, int from, int to) {
        List<DateToken> out = new ArrayList<>();
        int i = from;
        boolean glued = false;
        while (i < to) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                glued = false;
                i++;
                continue;
            }
            DateToken token;
            if (isDigit(c)) {
                token = number(s, i, to, glued);
            } else if (isLetter(c)) {
                token = word(s, i, to, glued);
            } else {
                token = mark(c, i, glued);
            }
            out.add(token);
            i = token.end();
            glued = true;
        }
        return out;
    }

    /** The number starting at {@code start}, with its ordinal suffix if it has one. */
    private static DateToken number(CharSequence s, int start, int to, boolean glued) {
        int limit = Math.min(to, start + MAX_DIGITS);
        int i = start + 1;
        while (i < limit && isDigit(s.charAt(i))) {
            i++;
        }
        String digits = s.subSequence(start, i).toString();
        int suffixEnd = lettersEnd(s, i, Math.min(to, i + MAX_SUFFIX));
        boolean ordinal =
                suffixEnd > i
                        && (suffixEnd >= to || !isLetter(s.charAt(suffixEnd)))
                        && isOrdinalSuffix(s, i, suffixEnd);
        return new DateToken(
                Kind.NUMBER, start, ordinal ? suffixEnd : i, digits, glued, ordinal, false);
    }

    /** The word starting at {@code start}, with the period that belongs to it ("Jun."). */
    private static DateToken word(CharSequence s, int start, int to, boolean glued) {
        int i = lettersEnd(s, start + 1, to);
        String word = DateLexicon.fold(s.subSequence(start, i).toString());
        boolean dotted = i < to && s.charAt(i) == '.';
        return new DateToken(Kind.WORD, start, dotted ? i + 1 : i, word, glued, false, dotted);
    }

    private static DateToken mark(char c, int start, boolean glued) {
        String text = c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c);
        return new DateToken(Kind.MARK, start, start + 1, text, glued, false, false);
    }

    /** Where the run of letters from {@code i} ends, at {@code limit} at most. */
    private static int lettersEnd(CharSequence s, int i, int limit) {
        while (i < limit && isLetter(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code s[from, to)} folded to lower case is an ordinal suffix. Compared without
     * making a string: only the ASCII capitals fold onto a suffix's letters.
     */
    private static boolean isOrdinalSuffix(CharSequence s, int from, int to) {
        int length = to - from;
        for (String suffix : ORDINALS) {
            if (suffix.length() == length && sameFolded(s, from, suffix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolded(CharSequence s, int from, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = s.charAt(from + k);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link Character#isLetter}, with the ASCII letters decided without its tables. */
    private static boolean isLetter(char c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }
        return Character.isLetter(c);
    }

    /** {@link Character#isWhitespace}, with ASCII decided without its tables. */
    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001c' && c <= '\u001f';
        }
        return Character.isWhitespace(c);
    }

    private static String[] asciiMarks() {
        String[] marks = new String[0x80];
        for (char c = 0; c < marks.length; c++) {
            marks[c] = String.valueOf(c);
        }
        return marks;
    }
}
