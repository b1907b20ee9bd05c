package org.alliancebrief.analysis.text;

import java.util.Map;

/**
 * The lexicon's table from a folded word to the bits of the lists that hold it. Open addressing
 * over two arrays instead of a {@code HashMap<String, Long>}: the analysis asks it about nearly
 * every word, and a look-up here follows no node and unboxes nothing. A word in any case is looked
 * up without building its folded copy when it is ASCII, as most words are. Immutable.
 */
final class WordBits {
    private final String[] words;
    private final long[] bits;
    private final int mask;

    /** A table of {@code entries}: folded word → bits. */
    WordBits(Map<String, Long> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1; // at most 1/3 full
        words = new String[size];
        bits = new long[size];
        mask = size - 1;
        entries.forEach(
                (word, value) -> {
                    int at = slot(word.hashCode());
                    while (words[at] != null) {
                        at = (at + 1) & mask;
                    }
                    words[at] = word;
                    bits[at] = value;
                });
    }

    /** The bits of {@code folded}, a word already folded; 0 when no list holds it. */
    long get(String folded) {
        for (int at = slot(folded.hashCode()); words[at] != null; at = (at + 1) & mask) {
            if (words[at].equals(folded)) {
                return bits[at];
            }
        }
        return 0;
    }

    /** Whether every character of {@code word} is ASCII, for {@link #getAscii}. */
    static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * The bits of the ASCII {@code word} in lower case: its folded characters are hashed and
     * compared as they are read, no folded copy is made (for ASCII, lower case is a mapping of each
     * character, and there is no curly apostrophe to straighten).
     */
    long getAscii(String word) {
        int hash = 0;
        for (int i = 0; i < word.length(); i++) {
            hash = 31 * hash + lower(word.charAt(i)); // String.hashCode of the folded word
        }
        for (int at = slot(hash); words[at] != null; at = (at + 1) & mask) {
            if (asciiFoldedEquals(words[at], word)) {
                return bits[at];
            }
        }
        return 0;
    }

    private static boolean asciiFoldedEquals(String entry, String word) {
        if (entry.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (entry.charAt(i) != lower(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
