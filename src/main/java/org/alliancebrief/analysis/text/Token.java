package org.alliancebrief.analysis.text;

/** One token of a paragraph, with its exact character offsets in the article's text. */
public sealed interface Token permits Token.Word, Token.QuoteMark, Token.Punct, Token.Number {
    int start();

    int end();

    /**
     * A word (letters, inner hyphens and apostrophes) or a clitic "'s", with its case shape.
     *
     * @param lower the word in lower case with a straight apostrophe, for lexicon look-ups
     */
    record Word(int start, int end, String text, Shape shape, String lower) implements Token {
        public Word(int start, int end, String text, Shape shape) {
            this(
                    start,
                    end,
                    text,
                    shape,
                    shape == Shape.LOWER && text.indexOf('\u2019') < 0
                            ? text
                            : text.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
        }

        /** The possessive clitic "'s" split off a word ("Russia" "'s"). */
        public boolean clitic() {
            return text.length() == 2 && (text.charAt(0) == '\'' || text.charAt(0) == '\u2019');
        }

        /** Starts with a capital letter ("Rutte", "NATO", "McCarthy"). */
        public boolean capitalised() {
            return Character.isUpperCase(text.charAt(0));
        }
    }

    /**
     * A quotation mark: its character, its family, and which way it faces where the text shows it
     * ({@code EITHER} for a straight mark between two spaces). Two single marks typed for a double
     * one (‘‘ ’’) are one token whose character is the double mark (“ ”).
     *
     * @param apostrophe the mark may also be an apostrophe ("the allies’ plans")
     */
    record QuoteMark(
            int start, int end, char mark, Family family, Direction direction, boolean apostrophe)
            implements Token {}

    /** Punctuation: stops, commas, colons, dashes, brackets. */
    record Punct(int start, int end, char mark) implements Token {
        public boolean stop() {
            return mark == '.' || mark == '!' || mark == '?' || mark == '\u2026';
        }
    }

    /** Digits, with inner separators ("1,000", "2.5", "5%"). */
    record Number(int start, int end, String text) implements Token {}

    /** Double (“ ” " „), single (‘ ’ ' ‚) or angle (« » ‹ ›) quotation marks. */
    enum Family {
        DOUBLE,
        SINGLE,
        ANGLE
    }

    /** Which way a quotation mark faces. */
    enum Direction {
        OPEN,
        CLOSE,
        EITHER
    }

    /** The case pattern of a word. */
    enum Shape {
        LOWER,
        CAPITALISED,
        UPPER,
        MIXED,
        OTHER
    }
}
