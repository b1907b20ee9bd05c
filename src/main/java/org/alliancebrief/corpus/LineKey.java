package org.alliancebrief.corpus;

/**
 * A line's comparison key: lower case, letters and digits only, single spaces ("- Advertisement -"
 * and "ADVERTISEMENT" have one key). As a value, the key of a line known by its length and hash
 * without building it: two keys are built and compared only when those agree.
 */
record LineKey(String text, int from, int length, int hash) {
    /** The key of {@code s}. */
    static String of(String s) {
        return of(s, 0, Integer.MAX_VALUE);
    }

    /** The key of {@code s} from {@code from}, or null when it would be longer than {@code max}. */
    static String of(String s, int from, int max) {
        StringBuilder out = new StringBuilder(Math.min(s.length() - from, max));
        boolean space = false;
        for (int i = from; i < s.length(); i++) {
            char c = fold(s.charAt(i));
            if (c != 0) {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                out.append(c);
                space = false;
                if (out.length() > max) {
                    return null;
                }
            } else {
                space = true;
            }
        }
        return out.toString();
    }

    /**
     * The key of {@code text} from {@code from} by its length and hash, or null when it would be
     * longer than {@code max}.
     */
    static LineKey measure(String text, int from, int max) {
        int length = 0;
        int hash = 0; // String.hashCode of the key
        boolean space = false;
        for (int i = from; i < text.length(); i++) {
            char c = fold(text.charAt(i));
            if (c == 0) {
                space = true;
                continue;
            }
            if (space && length > 0) {
                hash = 31 * hash + ' ';
                length++;
            }
            hash = 31 * hash + c;
            length++;
            space = false;
            if (length > max) {
                return null;
            }
        }
        return new LineKey(text, from, length, hash);
    }

    /**
     * {@code c} as a key holds it: {@link Character#toLowerCase(char)} of a letter or digit, or 0
     * for a character that separates key words; ASCII without the Unicode tables.
     */
    static char fold(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return c;
            }
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : 0;
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /** Equal keys, whatever the texts they were read from. */
    @Override
    public boolean equals(Object o) {
        return o instanceof LineKey k
                && k.hash == hash
                && k.length == length
                && of(k.text, k.from, length).equals(of(text, from, length));
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
