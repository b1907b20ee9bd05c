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

    private static final List<String> ORDINALS =
            List.of("st", "nd", "rd", "th", "er", "e", "º", "ª");

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

    /** The tokens of {@code s[from, to)}, in order. */
    static List<DateToken> of(CharSequence s, int from, int to) {
        List<DateToken> out = new ArrayList<>();
        int i = from;
        boolean space = true;
        while (i < to) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
                i++;
                continue;
            }
            int start = i;
            if (c >= '0' && c <= '9') {
                while (i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 8) {
                    i++;
                }
                String digits = s.subSequence(start, i).toString();
                int suffixEnd = i;
                while (suffixEnd < to
                        && Character.isLetter(s.charAt(suffixEnd))
                        && suffixEnd - i < 3) {
                    suffixEnd++;
                }
                boolean ordinal =
                        suffixEnd > i
                                && (suffixEnd >= to || !Character.isLetter(s.charAt(suffixEnd)))
                                && ORDINALS.contains(
                                        s.subSequence(i, suffixEnd)
                                                .toString()
                                                .toLowerCase(java.util.Locale.ROOT));
                if (ordinal) {
                    i = suffixEnd;
                }
                out.add(new DateToken(Kind.NUMBER, start, i, digits, !space, ordinal, false));
            } else if (Character.isLetter(c)) {
                while (i < to && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                String word = DateLexicon.fold(s.subSequence(start, i).toString());
                boolean dotted = i < to && s.charAt(i) == '.';
                out.add(
                        new DateToken(
                                Kind.WORD, start, dotted ? i + 1 : i, word, !space, false, dotted));
                if (dotted) {
                    i++;
                }
            } else {
                i++;
                out.add(
                        new DateToken(
                                Kind.MARK, start, i, String.valueOf(c), !space, false, false));
            }
            space = false;
        }
        return out;
    }
}
