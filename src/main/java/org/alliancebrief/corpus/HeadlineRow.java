package org.alliancebrief.corpus;

/**
 * A news ticker or a "related stories" row: other stories' headlines in one line ("Markets rally •
 * Storm hits the coast • Ministers meet in Rome"). Never the story's content, wherever it stands.
 */
public final class HeadlineRow {
    /** Marks that separate the headlines of a row. */
    private static final String MARKS = "\u2022\u00b7\u25aa|";

    /** Segments of at least {@value #HEADLINE_WORDS} words that make a line a row of headlines. */
    static final int HEADLINES = 3;

    /** Words of a segment that reads as a headline rather than a table cell or a menu item. */
    static final int HEADLINE_WORDS = 4;

    private HeadlineRow() {}

    /**
     * Whether {@code text} is a row of headlines: {@value #HEADLINES} or more segments of {@value
     * #HEADLINE_WORDS} words or more between the marks. A line that opens or closes with a mark is
     * a table row or a bullet item, and bullets of a list of areas are a few words each.
     */
    public static boolean is(String text) {
        if (text.isEmpty()
                || MARKS.indexOf(text.charAt(0)) >= 0
                || MARKS.indexOf(text.charAt(text.length() - 1)) >= 0) {
            return false;
        }
        int headlines = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (MARKS.indexOf(c) >= 0) {
                headlines += words >= HEADLINE_WORDS ? 1 : 0;
                words = 0;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = false;
            }
        }
        headlines += words >= HEADLINE_WORDS ? 1 : 0;
        return headlines >= HEADLINES;
    }
}
