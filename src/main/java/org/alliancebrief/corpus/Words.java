package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;

/** Word counts and line breaks without regular expressions or arrays: they run on every line. */
public final class Words {
    private Words() {}

    /** What {@code \\s} matches in a Java pattern without flags: ASCII white space only. */
    public static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The number of pieces {@code s.split(" ")} gives: single spaces separate words, trailing empty
     * pieces are dropped, and a text of spaces only has none.
     */
    public static int count(String s) {
        int spaces = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                spaces++;
            }
        }
        int trailing = 0;
        for (int i = s.length() - 1; i >= 0 && s.charAt(i) == ' '; i--) {
            trailing++;
        }
        if (!s.isEmpty() && trailing == s.length()) {
            return 0;
        }
        return spaces + 1 - trailing;
    }

    /**
     * {@link #count} of {@code s} when it is at most {@code limit}, else {@code limit + 1}: the
     * count read no further than it needs, for comparing a paragraph with a small bound.
     */
    public static int count(String s, int limit) {
        int spaces = 0;
        int count = s.isEmpty() ? 1 : 0; // a text of spaces only has none; "" has one
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                spaces++;
            } else {
                count = spaces + 1; // the spaces before a word each open one
                if (count > limit) {
                    return limit + 1;
                }
            }
        }
        return count;
    }

    /** The lines of {@code text}, split at CR LF, CR or LF, an empty last line kept. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }
}
