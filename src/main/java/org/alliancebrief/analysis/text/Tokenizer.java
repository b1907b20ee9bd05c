package org.alliancebrief.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.alliancebrief.analysis.text.Token.Direction;
import org.alliancebrief.analysis.text.Token.Family;
import org.alliancebrief.analysis.text.Token.Shape;

/**
 * Splits a stretch of text into tokens in one left-to-right pass: words, quotation marks with
 * family and direction, punctuation and numbers. Linear in the length of the stretch.
 */
public final class Tokenizer {
    private static final byte SPACE = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte QUOTE = 3;
    private static final byte OTHER = 4;

    /** What starts at an ASCII character: looked up, since most text is ASCII. */
    private static final byte[] ASCII_KIND = new byte[128];

    /** ASCII characters that go on inside a word: letters and digits. */
    private static final boolean[] ASCII_WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_KIND[c] = computeKind(c);
            ASCII_WORD[c] = wordPart(c);
        }
    }

    private Tokenizer() {}

    /** The tokens of {@code text} between {@code from} and {@code to}. */
    public static List<Token> tokens(CharSequence text, int from, int to) {
        List<Token> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            switch (c < 128 ? ASCII_KIND[c] : computeKind(c)) {
                case SPACE -> i++;
                case LETTER -> i = word(text, i, to, out);
                case DIGIT -> i = number(text, i, to, out);
                case QUOTE -> {
                    Token.QuoteMark m = mark(text, i, from, to);
                    out.add(m);
                    i = m.end();
                }
                default -> {
                    out.add(new Token.Punct(i, i + 1, c));
                    i++;
                }
            }
        }
        return out;
    }

    private static byte computeKind(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return SPACE;
        } else if (Character.isLetter(c)) {
            return LETTER;
        } else if (Character.isDigit(c)) {
            return DIGIT;
        } else if (quoteMark(c)) {
            return QUOTE;
        }
        return OTHER;
    }

    private static boolean wordPart(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static int word(CharSequence text, int start, int to, List<Token> out) {
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if ((c < 128 ? ASCII_WORD[c] : wordPart(c))
                    || c == '.' && abbreviationDot(text, start, i, to)) {
                i++;
            } else if (c == '"' && i > start && contraction(text, i, to)) {
                i++; // "We"ll": a straight double mark typed for the apostrophe of a contraction
            } else if ((c == '-' || apostrophe(c))
                    && i + 1 < to
                    && Character.isLetter(text.charAt(i + 1))) {
                if (apostrophe(c) && clitic(text, i, to)) {
                    break; // "Russia's": the possessive is a token of its own
                }
                i++;
            } else {
                break;
            }
        }
        out.add(
                new Token.Word(
                        start, i, text.subSequence(start, i).toString(), shape(text, start, i)));
        if (i < to && apostrophe(text.charAt(i)) && clitic(text, i, to)) {
            out.add(new Token.Word(i, i + 2, text.subSequence(i, i + 2).toString(), Shape.OTHER));
            return i + 2;
        }
        return i;
    }

    /** "U.S." and "Gen." keep their dots only where a letter follows the dot ("U.S"). */
    private static boolean abbreviationDot(CharSequence text, int start, int i, int to) {
        return i + 1 < to
                && Character.isLetter(text.charAt(i + 1))
                && i - start <= 2
                && Character.isUpperCase(text.charAt(i + 1));
    }

    /**
     * Whether the mark at {@code i}, right after a letter, is followed by the ending of an English
     * contraction and then no further letter: "We"ll", "don"t", "it"s".
     */
    private static boolean contraction(CharSequence text, int i, int to) {
        if (!Character.isLetter(text.charAt(i - 1))) {
            return false;
        }
        int n = 0;
        while (i + 1 + n < to && n < 3 && Character.isLetter(text.charAt(i + 1 + n))) {
            n++;
        }
        if (n == 0
                || n > 2
                || i + 1 + n < to && Character.isLetterOrDigit(text.charAt(i + 1 + n))) {
            return false;
        }
        String ending = text.subSequence(i + 1, i + 1 + n).toString().toLowerCase(Locale.ROOT);
        return switch (ending) {
            case "ll", "ve", "re", "s", "t", "d", "m" -> true;
            default -> false;
        };
    }

    private static boolean clitic(CharSequence text, int i, int to) {
        return i + 1 < to
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= to || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    private static int number(CharSequence text, int start, int to, List<Token> out) {
        int i = start;
        while (i < to
                && (Character.isLetterOrDigit(text.charAt(i))
                        || (i + 1 < to
                                && ",.:".indexOf(text.charAt(i)) >= 0
                                && Character.isDigit(text.charAt(i + 1))))) {
            i++;
        }
        out.add(new Token.Number(start, i, text.subSequence(start, i).toString()));
        return i;
    }

    private static Token.QuoteMark mark(CharSequence text, int i, int from, int to) {
        char c = text.charAt(i);
        int end = i + 1;
        if ((c == '\u2018' || c == '\u2019') && end < to && text.charAt(end) == c) {
            // Two single marks typed for a double one (‘‘ … ’’): one double mark.
            end++;
            c = c == '\u2018' ? '\u201c' : '\u201d';
        }
        boolean spaceBefore = i == from || opening(text.charAt(i - 1));
        boolean spaceAfter = end >= to || closing(text.charAt(end));
        Family family =
                switch (c) {
                    case '\u2018', '\u2019', '\'', '\u201a', '\u201b' -> Family.SINGLE;
                    case '\u00ab', '\u00bb', '\u2039', '\u203a' -> Family.ANGLE;
                    default -> Family.DOUBLE;
                };
        Direction dir =
                switch (c) {
                    case '\u201c', '\u2018', '\u201e', '\u201a', '\u00ab', '\u2039', '\u201b' ->
                            Direction.OPEN;
                    case '\u201d', '\u2019', '\u00bb', '\u203a' -> Direction.CLOSE;
                    default ->
                            spaceBefore && !spaceAfter
                                    ? Direction.OPEN
                                    : !spaceBefore && spaceAfter
                                            ? Direction.CLOSE
                                            : Direction.EITHER;
                };
        // A curly mark that faces the wrong way is typed the way the text reads ("wrote ”We",
        // "the end.“ Then": the low-nine style closes with “).
        if (c == '\u201d' && !spaceAfter && (spaceBefore || introduces(text, i, from, end, to))) {
            dir = Direction.OPEN;
        } else if (c == '\u201c' && !spaceBefore && spaceAfter) {
            dir = Direction.CLOSE;
        }
        boolean apostrophe =
                family == Family.SINGLE
                        && dir != Direction.OPEN
                        && i > from
                        && Character.isLetter(text.charAt(i - 1));
        return new Token.QuoteMark(i, end, c, family, dir, apostrophe);
    }

    /** A mark between a comma or colon and a capital ("said,”We"): it opens what follows. */
    private static boolean introduces(CharSequence text, int i, int from, int end, int to) {
        return i > from
                && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == ':')
                && end < to
                && Character.isUpperCase(text.charAt(end));
    }

    private static boolean opening(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || "([{\u2014\u2013-/".indexOf(c) >= 0
                || quoteMark(c);
    }

    private static boolean closing(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                || ".,;:!?)]}\u2014\u2013-/\u2026".indexOf(c) >= 0
                || quoteMark(c);
    }

    static boolean quoteMark(char c) {
        return "\"'\u201c\u201d\u2018\u2019\u201e\u201a\u201b\u00ab\u00bb\u2039\u203a".indexOf(c)
                >= 0;
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static Shape shape(CharSequence text, int start, int end) {
        int upper = 0;
        int lower = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 128) { // the same tests, read off the ASCII range
                upper += c >= 'A' && c <= 'Z' ? 1 : 0;
                lower += c >= 'a' && c <= 'z' ? 1 : 0;
            } else if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        boolean first = Character.isUpperCase(text.charAt(start));
        if (upper == 0) {
            return lower == 0 ? Shape.OTHER : Shape.LOWER;
        }
        if (lower == 0) {
            return upper == 1 && end - start > 1 && !first ? Shape.MIXED : Shape.UPPER;
        }
        return first ? (upper == 1 ? Shape.CAPITALISED : Shape.MIXED) : Shape.MIXED;
    }
}
