package org.alliancebrief.corpus;

import java.util.List;

/**
 * Finds lower-case ASCII words in a text as {@code text.toLowerCase(Locale.ROOT)} would show them,
 * without making that copy of the text: the reader asks this of every line. Only three kinds of
 * character lower to ASCII: A to Z, the Kelvin sign (to "k") and the dotted capital I (to "i"
 * followed by a combining dot, so it can only end a word).
 */
final class CaseFold {
    /** Bit j of masks[c]: character j of the words strung together is c. */
    private final long[] masks = new long[128];

    /** The bits where a word starts, and where one ends. */
    private final long starts;

    private final long ends;

    /**
     * Seeks any of {@code words}, ASCII lower-case words of 64 letters in all, all at once: one
     * shift and two masks a character (the shift-and algorithm).
     */
    CaseFold(List<String> words) {
        long first = 0;
        long last = 0;
        int at = 0;
        for (String word : words) {
            if (word.isEmpty() || at + word.length() > Long.SIZE) {
                throw new IllegalArgumentException("words must be non-empty, 64 letters in all");
            }
            first |= 1L << at;
            for (int k = 0; k < word.length(); k++) {
                masks[word.charAt(k)] |= 1L << (at + k);
            }
            at += word.length();
            last |= 1L << (at - 1);
        }
        starts = first;
        ends = last;
    }

    /** Whether {@code text} lowered holds any of the words. */
    boolean foundIn(String text) {
        long state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = (state << 1 | starts) & mask(text.charAt(i));
            if ((state & ends) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Where {@code c} lowered may stand in the words. */
    private long mask(char c) {
        char l = lower(c);
        if (l < 128) {
            return masks[l];
        }
        return c == '\u0130' ? masks['i'] & ends : 0; // "i" and a combining dot: a word's end
    }

    /** Whether {@code text} lowered starts with {@code word}, an ASCII lower-case word. */
    static boolean startsWith(String text, String word) {
        return startsAt(text, 0, word);
    }

    /**
     * Whether {@code text} lowered holds {@code word}, an ASCII lower-case word, where {@code
     * text}'s character {@code at} lowers to.
     */
    static boolean startsAt(String text, int at, String word) {
        int n = word.length();
        if (at + n > text.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = text.charAt(at + k);
            char w = word.charAt(k);
            if (lower(c) != w && !(c == '\u0130' && w == 'i' && k == n - 1)) {
                return false;
            }
        }
        return true;
    }

    /** {@code c} lowered where it lowers to one ASCII character; else itself. */
    private static char lower(char c) {
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c == '\u212A' ? 'k' : c;
    }
}
