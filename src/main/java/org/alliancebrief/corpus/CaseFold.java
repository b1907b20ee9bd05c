package org.alliancebrief.corpus;

import java.util.Arrays;
import java.util.List;

/**
 * Finds lower-case ASCII words in a text as {@code text.toLowerCase(Locale.ROOT)} would show them,
 * without making that copy of the text: the reader asks this of every line. Only three kinds of
 * character lower to ASCII: A to Z, the Kelvin sign (to "k") and the dotted capital I (to "i"
 * followed by a combining dot, so it can only end a word).
 */
final class CaseFold {
    /** The words sought by an instance, by their first letter. */
    private final String[][] byFirst = new String[128][];

    /** Seeks any of {@code words}, ASCII lower-case words. */
    CaseFold(List<String> words) {
        for (String word : words) {
            String[] same = byFirst[word.charAt(0)];
            int n = same == null ? 0 : same.length;
            String[] more = same == null ? new String[1] : Arrays.copyOf(same, n + 1);
            more[n] = word;
            byFirst[word.charAt(0)] = more;
        }
    }

    /** Whether {@code text} lowered holds any of the words. */
    boolean foundIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = lower(text.charAt(i));
            String[] words = c < 128 ? byFirst[c] : c == '\u0130' ? byFirst['i'] : null;
            if (words != null && startsAtAny(text, i, words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsAtAny(String text, int at, String[] words) {
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
