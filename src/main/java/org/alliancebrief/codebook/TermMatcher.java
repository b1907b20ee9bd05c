package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds many codebook phrases in a text in one pass. A phrase matches on word boundaries; an
 * all-lower-case phrase ignores case, a phrase with a capital matches that case exactly; a space
 * or hyphen in a phrase matches any run of spaces or one hyphen ("burden-sharing" finds "burden
 * sharing"); an apostrophe matches straight or curly; a word ending in {@code *} matches any
 * ending. Phrases are indexed by their first letters, so a text is read once, not once per phrase.
 * Immutable and thread-safe.
 */
final class TermMatcher<T> {
    private final Map<Integer, List<Term<T>>> byPrefix = new HashMap<>();

    /** One phrase to find, what it signals, and phrases inside which it does not count. */
    record Entry<T>(T target, String phrase, boolean metonym, List<String> exclusions) {}

    TermMatcher(List<Entry<T>> entries) {
        for (Entry<T> e : entries) {
            Term<T> term = Term.of(e.target(), e.phrase(), e.metonym(), e.exclusions());
            if (term != null) {
                byPrefix.computeIfAbsent(term.key(), k -> new ArrayList<>()).add(term);
            }
        }
    }

    /** Every hit in {@code text}: the longest match wins where two overlap. */
    List<TermHit<T>> find(CharSequence text) {
        List<TermHit<T>> all = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!wordChar(text.charAt(i)) || (i > 0 && wordChar(text.charAt(i - 1)))) {
                continue;
            }
            char first = Character.toLowerCase(text.charAt(i));
            collect(byPrefix.get(key(first, NO_SECOND)), text, i, all);
            if (i + 1 < n) {
                collect(byPrefix.get(key(first, Character.toLowerCase(text.charAt(i + 1)))),
                        text, i, all);
            }
        }
        all.sort(Comparator.<TermHit<T>>comparingInt(TermHit::start)
                .thenComparing(h -> -(h.end() - h.start())));
        List<TermHit<T>> kept = new ArrayList<>();
        int until = 0;
        for (TermHit<T> hit : all) {
            if (hit.start() >= until) {
                kept.add(hit);
                until = hit.end();
            }
        }
        return kept;
    }

    private static <T> void collect(List<Term<T>> terms, CharSequence text, int at,
            List<TermHit<T>> out) {
        if (terms == null) {
            return;
        }
        for (Term<T> term : terms) {
            int end = term.matchAt(text, at);
            if (end > 0 && !term.excluded(text, at, end)) {
                out.add(new TermHit<>(term.target(), at, end, term.metonym()));
            }
        }
    }

    /** The second-letter slot of a phrase indexed by its first letter only. */
    private static final char NO_SECOND = '\uffff';

    /** Phrases are indexed by their first two letters, lower-cased, packed in one int. */
    private static int key(char first, char second) {
        return (first << 16) | second;
    }

    static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean space(char c) {
        return Character.isWhitespace(c) || c == '\u00a0';
    }

    private static boolean hyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013';
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    /** A compiled phrase. */
    private record Term<T>(T target, String phrase, boolean exactCase, boolean metonym,
            List<Term<Boolean>> exclusions) {

        static <T> Term<T> of(T target, String phrase, boolean metonym, List<String> exclusions) {
            String p = phrase.strip().replaceAll("\\s+", " ");
            if (p.isEmpty() || !wordChar(p.charAt(0))) {
                return null;
            }
            List<Term<Boolean>> ex = new ArrayList<>();
            for (String x : exclusions) {
                Term<Boolean> t = of(Boolean.TRUE, x, false, List.of());
                if (t != null) {
                    ex.add(t);
                }
            }
            boolean exact = !p.equals(p.toLowerCase(Locale.ROOT));
            return new Term<>(target, p, exact, metonym, List.copyOf(ex));
        }

        int key() {
            char a = Character.toLowerCase(phrase.charAt(0));
            if (phrase.length() > 1 && wordChar(phrase.charAt(1))) {
                return TermMatcher.key(a, Character.toLowerCase(phrase.charAt(1)));
            }
            return TermMatcher.key(a, NO_SECOND);
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
                if (pc == ' ' || hyphen(pc)) {
                    if (hyphen(tc)) {
                        t++;
                        while (t < n && space(text.charAt(t))) {
                            t++;
                        }
                    } else if (space(tc)) {
                        while (t < n && space(text.charAt(t))) {
                            t++;
                        }
                    } else {
                        return -1;
                    }
                    continue;
                }
                if (apostrophe(pc) ? apostrophe(tc) : same(pc, tc)) {
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

        private boolean same(char pc, char tc) {
            return exactCase ? pc == tc : pc == Character.toLowerCase(tc)
                    || Character.toLowerCase(pc) == Character.toLowerCase(tc);
        }

        boolean excluded(CharSequence text, int start, int end) {
            if (exclusions.isEmpty()) {
                return false;
            }
            int from = Math.max(0, start - 80);
            for (int i = from; i <= start; i++) {
                if (i > 0 && wordChar(text.charAt(i - 1)) && wordChar(text.charAt(i))) {
                    continue;
                }
                for (Term<Boolean> x : exclusions) {
                    int e = x.matchAt(text, i);
                    if (e >= end) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
