package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.List;

/**
 * The credit cues of a {@link Salience}, compiled once: {@link #in} answers as {@link
 * Salience#credit} does, reading an ASCII sentence once, folding each character as it goes, instead
 * of lower-casing a copy and searching it once per cue. Immutable and thread-safe.
 */
public final class CreditCues {
    private final Salience salience;
    private final char[][] cues;

    /** The cues by their first character, for ASCII cues; null when a cue is not ASCII. */
    private final int[][] byFirst;

    private CreditCues(Salience salience) {
        this.salience = salience;
        List<String> list = salience.creditCues();
        this.cues = new char[list.size()][];
        List<List<Integer>> first = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            first.add(new ArrayList<>());
        }
        boolean ascii = true;
        for (int k = 0; k < cues.length; k++) {
            cues[k] = list.get(k).toCharArray();
            ascii &= cues[k].length > 0 && ascii(list.get(k));
            if (ascii) {
                first.get(cues[k][0]).add(k);
            }
        }
        this.byFirst = ascii ? new int[128][] : null;
        if (ascii) {
            for (int c = 0; c < 128; c++) {
                byFirst[c] = first.get(c).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    /** The cues of {@code salience}. */
    public static CreditCues of(Salience salience) {
        return new CreditCues(salience);
    }

    /** Whether {@code sentence} is a credit or biography line: {@link Salience#credit}. */
    public boolean in(CharSequence sentence) {
        if (cues.length == 0) {
            return false;
        }
        String s = sentence.toString();
        if (byFirst == null || !ascii(s)) {
            return salience.credit(s); // folding may change the length of the text
        }
        // A cue counts at its first place only, as indexOf finds it there.
        boolean[] seen = new boolean[cues.length];
        for (int i = 0; i < s.length(); i++) {
            for (int k : byFirst[lower(s.charAt(i))]) {
                if (!seen[k] && at(s, i, cues[k])) {
                    seen[k] = true;
                    int end = i + cues[k].length;
                    if ((i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))
                            && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean at(String s, int i, char[] cue) {
        if (i + cue.length > s.length()) {
            return false;
        }
        for (int j = 0; j < cue.length; j++) {
            if (lower(s.charAt(i + j)) != cue[j]) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII character in lower case, as {@code toLowerCase(Locale.ROOT)} gives it. */
    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
