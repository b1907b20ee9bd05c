package org.alliancebrief.codebook;

/**
 * How text is folded before the automaton reads it: lower case, every space or hyphen to one space,
 * curly apostrophes to straight ones. One table lookup per character.
 */
final class Folding {
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];

    /** Letters and digits, looked up instead of asking Character each time. */
    private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

    private static final boolean[] SPACE = new boolean[Character.MAX_VALUE + 1];
    private static final boolean[] LETTER = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            WORD[c] = Character.isLetterOrDigit(ch);
            LETTER[c] = Character.isLetter(ch);
            SPACE[c] = Character.isWhitespace(ch) || ch == '\u00a0';
            if (SPACE[c] || hyphen(ch)) {
                FOLD[c] = ' ';
            } else if (apostrophe(ch)) {
                FOLD[c] = '\'';
            } else {
                FOLD[c] = Character.toLowerCase(ch);
            }
        }
    }

    private Folding() {}

    static char fold(char c) {
        return FOLD[c];
    }

    static boolean space(char c) {
        return SPACE[c];
    }

    static boolean word(char c) {
        return WORD[c];
    }

    static boolean letter(char c) {
        return LETTER[c];
    }

    static boolean hyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
