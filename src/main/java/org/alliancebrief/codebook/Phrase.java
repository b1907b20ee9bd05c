package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One compiled codebook phrase and the rules that confirm a candidate the automaton found: case (a
 * phrase with a capital matches that case exactly), separators (a space or hyphen matches a run of
 * spaces or one hyphen), apostrophes (straight or curly), a word ending in {@code *} (any ending),
 * word boundaries, and exclusions (phrases inside which it does not count).
 */
record Phrase(
        Object target,
        int kind,
        String phrase,
        boolean exactCase,
        boolean metonym,
        boolean weak,
        List<Phrase> exclusions) {

    /** How far before a hit an exclusion may start: exclusions are short phrases. */
    private static final int EXCLUSION_WINDOW = 80;

    /**
     * The phrase compiled, or null when it cannot start a match (empty, or not opening with a
     * letter or digit); {@code exclusions} come from {@link #exclusions}, compiled once for all the
     * phrases of an entry.
     */
    static Phrase of(
            Object target,
            int kind,
            String phrase,
            boolean metonym,
            boolean weak,
            List<Phrase> exclusions) {
        String p = collapsed(phrase);
        if (p.isEmpty() || !wordChar(p.charAt(0))) {
            return null;
        }
        boolean exact = !p.equals(p.toLowerCase(Locale.ROOT));
        return new Phrase(target, kind, p, exact, metonym, weak, exclusions);
    }

    /** An entry's exclusion phrases compiled, to pass to {@link #of} for each of its phrases. */
    static List<Phrase> exclusions(List<String> phrases) {
        List<Phrase> compiled = new ArrayList<>(phrases.size());
        for (String x : phrases) {
            Phrase t = of(Boolean.TRUE, -1, x, false, false, List.of());
            if (t != null) {
                compiled.add(t);
            }
        }
        return List.copyOf(compiled);
    }

    /** {@code phrase} stripped, each run of white space inside it one space. */
    private static String collapsed(String phrase) {
        String p = phrase.strip();
        StringBuilder b = new StringBuilder(p.length());
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (!Character.isWhitespace(c)) {
                b.append(c);
            } else if (b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString();
    }

    /** The folded literal the automaton looks for: the phrase up to its first {@code *}. */
    String key() {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (c == '*') {
                break;
            }
            char f = Folding.fold(c);
            if (f == ' ' && last == ' ') {
                continue;
            }
            b.append(f);
            last = f;
        }
        return b.toString();
    }

    static boolean wordChar(char c) {
        return Folding.word(c);
    }

    /** The end of the match starting at {@code at}, or -1. */
    int matchAt(CharSequence text, int at) {
        int t = at;
        int n = text.length();
        for (int p = 0; p < phrase.length(); p++) {
            char pc = phrase.charAt(p);
            if (pc == '*') {
                while (t < n && wordChar(text.charAt(t))) {
                    t++;
                }
                continue;
            }
            if (t >= n) {
                return -1;
            }
            char tc = text.charAt(t);
            if (pc == ' ' || Folding.hyphen(pc)) {
                if (Folding.hyphen(tc)) {
                    t++;
                    while (t < n && Folding.space(text.charAt(t))) {
                        t++;
                    }
                } else if (Folding.space(tc)) {
                    while (t < n && Folding.space(text.charAt(t))) {
                        t++;
                    }
                } else {
                    return -1;
                }
                continue;
            }
            if (Folding.apostrophe(pc) ? Folding.apostrophe(tc) : same(pc, tc)) {
                t++;
            } else {
                return -1;
            }
        }
        if (t < n && wordChar(text.charAt(t)) && wordChar(text.charAt(t - 1))) {
            return -1;
        }
        return t;
    }

    /** A phrase without capitals is all lower case, so the text's character is folded only. */
    private boolean same(char pc, char tc) {
        return exactCase ? pc == tc : pc == Folding.fold(tc);
    }

    /**
     * Whether an exclusion phrase starting shortly before the hit covers it whole. The automaton
     * finds exclusions in its own pass; this slower check serves single phrases.
     */
    boolean excluded(CharSequence text, int start, int end) {
        if (exclusions.isEmpty()) {
            return false;
        }
        int from = Math.max(0, start - EXCLUSION_WINDOW);
        for (int i = from; i <= start; i++) {
            if (i > 0 && wordChar(text.charAt(i - 1)) && wordChar(text.charAt(i))) {
                continue;
            }
            for (Phrase x : exclusions) {
                int e = x.matchAt(text, i);
                if (e >= end) {
                    return true;
                }
            }
        }
        return false;
    }
}
