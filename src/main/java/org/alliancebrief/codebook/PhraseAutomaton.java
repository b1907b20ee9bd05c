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
 * automaton is a full transition table over a compact alphabet (the characters the phrases use), so
 * reading a character is two array lookups. Immutable and thread-safe.
 */
final class PhraseAutomaton {
    /** The kind of an exclusion phrase: found like any phrase, it removes hits it covers. */
    private static final int EXCLUSION = -1;

    private final Phrase[] phrases;
    private final int[] keyLength;

    /** Whether a phrase must end where its key ends, at the end of a word (no '*' ending). */
    private final boolean[] endsWord;

    /** The first character a case-exact phrase requires, or 0; checked before the phrase. */
    private final char[] exactFirst;

    /** The character a case-exact phrase requires where its key ends ("Nato" is not "NATO"). */
    private final char[] exactLast;

    private final int kinds;

    /** Alphabet class of each raw character after folding; 0 for characters no phrase uses. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];

    private final int alphabet;
    private final int shift;

    /**
     * Transitions: the row offset (state * alphabet) of the next state, negative where that state
     * ends phrases.
     */
    private final int[] delta;

    /** Phrases whose key ends in each state (following dictionary links), or null. */
    private final int[][] out;

    private final int window;

    PhraseAutomaton(List<Phrase> given, int kinds) {
        this.kinds = kinds;
        // Exclusions join the automaton as phrases of their own (kind -1, targeting the entry
        // they protect), so that checking them costs nothing beyond the one pass.
        List<Phrase> all = new ArrayList<>(given);
        Map<Object, java.util.Set<String>> seen = new HashMap<>();
        for (Phrase p : given) {
            for (Phrase x : p.exclusions()) {
                if (seen.computeIfAbsent(p.target(), k -> new java.util.HashSet<>())
                        .add(x.phrase())) {
                    all.add(
                            new Phrase(
                                    p.target(),
                                    EXCLUSION,
                                    x.phrase(),
                                    x.exactCase(),
                                    false,
                                    false,
                                    List.of()));
                }
            }
        }
        this.phrases = all.toArray(Phrase[]::new);
        this.keyLength = new int[phrases.length];
        this.endsWord = new boolean[phrases.length];
        this.exactFirst = new char[phrases.length];
        this.exactLast = new char[phrases.length];
        Map<Character, Character> classes = new HashMap<>();
        classes.put(' ', (char) 1);
        String[] keys = new String[phrases.length];
        int maxKey = 1;
        for (int i = 0; i < phrases.length; i++) {
            keys[i] = phrases[i].key();
            keyLength[i] = keys[i].length();
            String phrase = phrases[i].phrase();
            endsWord[i] =
                    phrase.indexOf('*') < 0 && Phrase.wordChar(phrase.charAt(phrase.length() - 1));
            exactFirst[i] = phrases[i].exactCase() ? phrase.charAt(0) : 0;
            String literal =
                    phrase.indexOf('*') < 0 ? phrase : phrase.substring(0, phrase.indexOf('*'));
            char last = literal.isEmpty() ? 0 : literal.charAt(literal.length() - 1);
            exactLast[i] = phrases[i].exactCase() && Phrase.wordChar(last) ? last : 0;
            maxKey = Math.max(maxKey, keyLength[i]);
            for (char c : keys[i].toCharArray()) {
                classes.computeIfAbsent(c, k -> (char) (classes.size() + 1));
            }
        }
        // A power of two, so that a row offset turns back into its state by a shift.
        this.shift = 32 - Integer.numberOfLeadingZeros(classes.size());
        this.alphabet = 1 << shift;
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
        premultiply(delta, alphabet, out);
    }

    /**
     * Turns state numbers in the table into row offsets (no multiplication per character), with the
     * sign bit set where the next state ends phrases (one test per character).
     */
    private static void premultiply(int[] delta, int alphabet, int[][] out) {
        for (int i = 0; i < delta.length; i++) {
            int next = delta[i];
            delta[i] = next * alphabet | (out[next] != null ? Integer.MIN_VALUE : 0);
        }
    }

    private int[] newRow() {
        return new int[alphabet];
    }

    /** The number of states, for tests and the bench. */
    int states() {
        return out.length;
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
        List<TermHit<Object>> exclusions = new ArrayList<>();
        int[] ring = new int[window];
        int mask = window - 1;
        int folded = 0;
        int row = 0;
        boolean lastSpace = true;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int cls = classOf[c];
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
            int next = delta[row + cls];
            row = next & Integer.MAX_VALUE;
            if (next < 0) {
                boolean wordEnds = i + 1 >= n || !Phrase.wordChar(text.charAt(i + 1));
                for (int p : out[row >>> shift]) {
                    if (endsWord[p] && !wordEnds) {
                        continue;
                    }
                    int start = ring[(folded - keyLength[p]) & mask];
                    char first = text.charAt(start);
                    if ((exactFirst[p] == 0
                                    || exactFirst[p] == first
                                            && (exactLast[p] == 0 || exactLast[p] == c))
                            && (start == 0 || !glued(text.charAt(start - 1), first))) {
                        confirm(p, text, start, byKind, exclusions);
                    }
                }
            }
        }
        for (int k = 0; k < kinds; k++) {
            byKind.set(k, longestFirst(withoutExcluded(byKind.get(k), exclusions)));
        }
        return byKind;
    }

    private void confirm(
            int p,
            CharSequence text,
            int start,
            List<List<TermHit<Object>>> out,
            List<TermHit<Object>> exclusions) {
        Phrase phrase = phrases[p];
        int end = phrase.matchAt(text, start);
        if (end < 0) {
            return;
        }
        TermHit<Object> hit =
                new TermHit<>(phrase.target(), start, end, phrase.metonym(), phrase.weak());
        (phrase.kind() == EXCLUSION ? exclusions : out.get(phrase.kind())).add(hit);
    }

    /**
     * The hits no exclusion of the same entry covers. Exclusions are grouped by entry, and both
     * lists run in text order, so each hit looks only at its entry's exclusions still open.
     */
    private static List<TermHit<Object>> withoutExcluded(
            List<TermHit<Object>> hits, List<TermHit<Object>> exclusions) {
        if (exclusions.isEmpty() || hits.isEmpty()) {
            return hits;
        }
        // Targets are the entries' own id objects: identity is enough, and cheaper than hashing
        // an office record with its holders.
        Map<Object, ArrayDeque<TermHit<Object>>> byTarget = new java.util.IdentityHashMap<>();
        exclusions.sort(Comparator.comparingInt(TermHit::start));
        for (TermHit<Object> x : exclusions) {
            byTarget.computeIfAbsent(x.target(), k -> new ArrayDeque<>()).add(x);
        }
        hits.sort(Comparator.comparingInt(TermHit::start));
        List<TermHit<Object>> kept = new ArrayList<>(hits.size());
        for (TermHit<Object> h : hits) {
            ArrayDeque<TermHit<Object>> open = byTarget.get(h.target());
            boolean covered = false;
            if (open != null) {
                // Exclusions that end before this hit cannot cover any later hit either.
                while (!open.isEmpty() && open.peekFirst().end() <= h.start()) {
                    open.pollFirst();
                }
                for (TermHit<Object> x : open) {
                    if (x.start() > h.start()) {
                        break;
                    }
                    if (h.end() <= x.end()) {
                        covered = true;
                        break;
                    }
                }
            }
            if (!covered) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * Whether a phrase starting at {@code first} continues the word before it; a letter right after
     * a digit starts a new word ("00:11NATO" in a transcript with glued timestamps).
     */
    private static boolean glued(char before, char first) {
        return Folding.word(before) && (Folding.letter(before) || !Folding.letter(first));
    }

    private static List<TermHit<Object>> longestFirst(List<TermHit<Object>> all) {
        if (all.size() < 2) {
            return all;
        }
        all.sort(
                Comparator.<TermHit<Object>>comparingInt(TermHit::start)
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
