package org.alliancebrief.codebook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every codebook phrase in one Aho–Corasick automaton over folded characters, compiled once: one
 * pass over a text yields candidates of every kind (theme, actor, office, statement, ...), and the
 * checks on case, word boundaries, wildcard endings and exclusions run on candidates only. The
 * automaton is a full transition table over a compact alphabet (the characters the phrases use),
 * so reading a character is two array lookups. Immutable and thread-safe.
 */
final class PhraseAutomaton {
    private final Phrase[] phrases;
    private final int[] keyLength;
    private final int kinds;
    /** Alphabet class of each raw character after folding; 0 for characters no phrase uses. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int alphabet;
    private final int[] delta;
    /** Phrases whose key ends in each state (following dictionary links), or null. */
    private final int[][] out;
    private final int window;

    PhraseAutomaton(List<Phrase> all, int kinds) {
        this.kinds = kinds;
        this.phrases = all.toArray(Phrase[]::new);
        this.keyLength = new int[phrases.length];
        Map<Character, Character> classes = new HashMap<>();
        classes.put(' ', (char) 1);
        String[] keys = new String[phrases.length];
        int maxKey = 1;
        for (int i = 0; i < phrases.length; i++) {
            keys[i] = phrases[i].key();
            keyLength[i] = keys[i].length();
            maxKey = Math.max(maxKey, keyLength[i]);
            for (char c : keys[i].toCharArray()) {
                classes.computeIfAbsent(c, k -> (char) (classes.size() + 1));
            }
        }
        this.alphabet = classes.size() + 1;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            Character k = classes.get(Folding.fold((char) c));
            classOf[c] = k == null ? 0 : k;
        }
        this.window = Integer.highestOneBit(maxKey) << 1;
        // The trie: goto table grown as states are added.
        List<int[]> go = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        go.add(newRow());
        ends.add(new ArrayList<>());
        for (int i = 0; i < keys.length; i++) {
            int s = 0;
            for (char c : keys[i].toCharArray()) {
                int cls = classOf[c];
                if (go.get(s)[cls] <= 0) {
                    go.get(s)[cls] = go.size();
                    go.add(newRow());
                    ends.add(new ArrayList<>());
                }
                s = go.get(s)[cls];
            }
            ends.get(s).add(i);
        }
        int states = go.size();
        delta = new int[states * alphabet];
        int[] fail = new int[states];
        out = new int[states][];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int a = 0; a < alphabet; a++) {
            int next = go.get(0)[a];
            if (next > 0) {
                delta[a] = next;
                fail[next] = 0;
                queue.add(next);
            }
        }
        out[0] = null;
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> mine = new ArrayList<>(ends.get(s));
            if (out[fail[s]] != null) {
                for (int p : out[fail[s]]) {
                    mine.add(p);
                }
            }
            out[s] = mine.isEmpty() ? null : mine.stream().mapToInt(Integer::intValue).toArray();
            for (int a = 0; a < alphabet; a++) {
                int next = go.get(s)[a];
                if (next > 0) {
                    fail[next] = delta[fail[s] * alphabet + a];
                    delta[s * alphabet + a] = next;
                    queue.add(next);
                } else {
                    delta[s * alphabet + a] = delta[fail[s] * alphabet + a];
                }
            }
        }
    }

    private int[] newRow() {
        return new int[alphabet];
    }

    /** The number of states, for tests and the bench. */
    int states() {
        return delta.length / alphabet;
    }

    /**
     * Every confirmed hit in {@code text}, one list per kind; within a kind the longest match wins
     * where two overlap and no two hits overlap.
     */
    List<List<TermHit<Object>>> find(CharSequence text) {
        List<List<TermHit<Object>>> byKind = new ArrayList<>(kinds);
        for (int k = 0; k < kinds; k++) {
            byKind.add(new ArrayList<>());
        }
        int[] ring = new int[window];
        int mask = window - 1;
        int folded = 0;
        int state = 0;
        boolean lastSpace = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            int cls = classOf[text.charAt(i)];
            if (cls == 1) {
                if (lastSpace) {
                    continue;
                }
                lastSpace = true;
            } else {
                lastSpace = false;
            }
            ring[folded & mask] = i;
            folded++;
            state = delta[state * alphabet + cls];
            int[] ends = out[state];
            if (ends != null) {
                for (int p : ends) {
                    int start = ring[(folded - keyLength[p]) & mask];
                    confirm(p, text, start, byKind);
                }
            }
        }
        for (int k = 0; k < kinds; k++) {
            byKind.set(k, longestFirst(byKind.get(k)));
        }
        return byKind;
    }

    private void confirm(int p, CharSequence text, int start, List<List<TermHit<Object>>> out) {
        if (start > 0 && glued(text.charAt(start - 1), text.charAt(start))) {
            return;
        }
        Phrase phrase = phrases[p];
        int end = phrase.matchAt(text, start);
        if (end > 0 && !phrase.excluded(text, start, end)) {
            out.get(phrase.kind()).add(new TermHit<>(phrase.target(), start, end,
                    phrase.metonym(), phrase.weak()));
        }
    }

    /**
     * Whether a phrase starting at {@code first} continues the word before it; a letter right
     * after a digit starts a new word ("00:11NATO" in a transcript with glued timestamps).
     */
    private static boolean glued(char before, char first) {
        return Character.isLetter(before)
                || Character.isDigit(before) && !Character.isLetter(first);
    }

    private static List<TermHit<Object>> longestFirst(List<TermHit<Object>> all) {
        if (all.size() < 2) {
            return all;
        }
        all.sort(Comparator.<TermHit<Object>>comparingInt(TermHit::start)
                .thenComparingInt(h -> -(h.end() - h.start())));
        List<TermHit<Object>> kept = new ArrayList<>();
        int until = 0;
        for (TermHit<Object> hit : all) {
            if (hit.start() >= until) {
                kept.add(hit);
                until = hit.end();
            }
        }
        return kept;
    }

    @Override
    public String toString() {
        return "PhraseAutomaton" + Arrays.asList(phrases.length, states(), alphabet);
    }
}
