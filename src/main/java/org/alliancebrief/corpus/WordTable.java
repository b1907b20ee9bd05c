package org.alliancebrief.corpus;

import java.util.Map;

/**
 * An immutable table of words, each with a number (often bits), that also looks up a slice of a
 * text folded to lower case without building a string: the reader's hot loops ask it about every
 * word of a page, and the analysis's lexicon about every word of an article.
 */
public final class WordTable {
    private static final int ABSENT = -1;

    private final String[] words;
    private final long[] values;
    private final int mask;

    /** A table of {@code entries}, whose values must not be negative. */
    public WordTable(Map<String, ? extends Number> entries) {
        int size = Integer.highestOneBit(Math.max(4, entries.size() * 3)) << 1;
        words = new String[size];
        values = new long[size];
        mask = size - 1;
        entries.forEach(
                (word, value) -> {
                    int at = slot(word.hashCode());
                    while (words[at] != null) {
                        at = (at + 1) & mask;
                    }
                    words[at] = word;
                    values[at] = value.longValue();
                });
    }

    /** The value of {@code word}, or -1 when it is not in the table. */
    public long get(String word) {
        for (int at = slot(word.hashCode()); words[at] != null; at = (at + 1) & mask) {
            if (words[at].equals(word)) {
                return values[at];
            }
        }
        return ABSENT;
    }

    /**
     * The value of {@code text[from, to)} with each character folded by {@link
     * Character#toLowerCase(char)}, or -1 when it is not in the table.
     */
    public long getFolded(CharSequence text, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + Character.toLowerCase(text.charAt(i));
        }
        return getFolded(text, from, to, hash);
    }

    /**
     * {@link #getFolded(CharSequence, int, int)} given the slice's {@code hash}, {@link
     * String#hashCode} of its folded characters, computed by the caller on its own pass.
     */
    long getFolded(CharSequence text, int from, int to, int hash) {
        for (int at = slot(hash); words[at] != null; at = (at + 1) & mask) {
            if (foldedEquals(words[at], text, from, to)) {
                return values[at];
            }
        }
        return ABSENT;
    }

    /**
     * The value of the two slices of {@code text} folded and joined by a space, given {@code hash},
     * {@link String#hashCode} of that, or -1 when it is not in the table.
     */
    long getFoldedPair(CharSequence text, int from1, int to1, int from2, int to2, int hash) {
        int length = to1 - from1 + 1 + to2 - from2;
        for (int at = slot(hash); words[at] != null; at = (at + 1) & mask) {
            String word = words[at];
            if (word.length() == length
                    && word.charAt(to1 - from1) == ' '
                    && foldedEquals(word, 0, text, from1, to1)
                    && foldedEquals(word, to1 - from1 + 1, text, from2, to2)) {
                return values[at];
            }
        }
        return ABSENT;
    }

    /** Whether {@code text[from, to)}, folded to lower case, is in the table. */
    boolean containsFolded(CharSequence text, int from, int to) {
        return getFolded(text, from, to) != ABSENT;
    }

    private static boolean foldedEquals(String word, CharSequence text, int from, int to) {
        return word.length() == to - from && foldedEquals(word, 0, text, from, to);
    }

    /** Whether {@code word} holds {@code text[from, to)} folded, from {@code at} on. */
    private static boolean foldedEquals(String word, int at, CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (word.charAt(at + i - from) != Character.toLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
