package org.alliancebrief.corpus;

import java.util.List;

/**
 * Finds lower-case ASCII words in a text as {@code text.toLowerCase(Locale.ROOT)} would show them,
 * without making that copy of the text: the reader asks this of every line. Only three kinds of
 * character lower to ASCII: A to Z, the Kelvin sign (to "k") and the dotted capital I (to "i"
 * followed by a combining dot, so it can only end a word).
 */
final class CaseFold {
    private CaseFold() {}

    /** Whether {@code text} lowered holds {@code word}, an ASCII lower-case word. */
    static boolean contains(String text, String word) {
        int last = text.length() - word.length();
        char first = word.charAt(0);
        for (int i = 0; i <= last; i++) {
            char c = text.charAt(i);
            if ((lower(c) == first || c == '\u0130') && startsAt(text, i, word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} lowered holds any of {@code words}, ASCII lower-case words whose first
     * letters are from '@' to DEL.
     */
    static boolean containsAny(String text, List<String> words) {
        long firsts = 0; // bit c - 64 for each first letter c: most characters start no word
        for (String word : words) {
            firsts |= 1L << (word.charAt(0) - 64);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = lower(text.charAt(i));
            if ((c >= 64 && c < 128 && (firsts >>> (c - 64) & 1) != 0 || c == '\u0130')
                    && startsAtAny(text, i, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAtAny(String text, int at, List<String> words) {
        for (String word : words) {
            if (startsAt(text, at, word)) {
                return true;
            }
        }
        return false;
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
