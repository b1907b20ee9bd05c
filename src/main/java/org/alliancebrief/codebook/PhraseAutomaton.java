package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * Whether a phrase's key holds a space, which stands for a run of spaces in the text; a key
     * without one matched exactly its length of characters.
     */
    private final boolean[] spaced;

    /** Whether a phrase must end where its key ends, at the end of a word (no '*' ending). */
    private final boolean[] endsWord;

    /**
     * How a candidate of each phrase is confirmed, one of {@link Confirm}'s kinds: most need no
     * more than a look at the matched span, never the phrase's whole matcher.
     */
    private final byte[] check;

    /**
     * For a phrase with a '*' inside ("support* ukraine"), the folded letter the next word must
     * start with; 0 for others. Its key stops at the '*', so it is a candidate at every
     * "support..." and this one lookup spares most of them the phrase's matcher.
     */
    private final char[] nextWord;

    private static final byte PLAIN = Confirm.PLAIN;
    private static final byte SEPARATED = Confirm.SEPARATED;
    private static final byte STAR = Confirm.STAR;

    /** The first character a case-exact phrase requires, or 0; checked before the phrase. */
    private final char[] exactFirst;

    /** The character a case-exact phrase requires where its key ends ("Nato" is not "NATO"). */
    private final char[] exactLast;

    private final int kinds;

    /** Alphabet class of each raw character after folding; 0 for characters no phrase uses. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];

    private final int alphabet;

    /**
     * Transitions: the row offset (state * alphabet) of the next state, negative where that state
     * ends phrases.
     */
    private final int[] delta;

    /** Phrases whose key ends in each state (following dictionary links), or null. */
    private final int[][] out;

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
        this.spaced = new boolean[phrases.length];
        this.endsWord = new boolean[phrases.length];
        this.check = new byte[phrases.length];
        this.nextWord = new char[phrases.length];
        this.exactFirst = new char[phrases.length];
        this.exactLast = new char[phrases.length];
        // Alphabet classes in order of first use: 1 the space, 0 characters no key uses.
        char[] classes = new char[Character.MAX_VALUE + 1];
        int used = 1;
        classes[' '] = 1;
        String[] keys = new String[phrases.length];
        int keyChars = 0;
        for (int i = 0; i < phrases.length; i++) {
            keys[i] = phrases[i].key().stripTrailing(); // checked by the phrase itself
            keyLength[i] = keys[i].length();
            keyChars += keyLength[i];
            spaced[i] = keys[i].indexOf(' ') >= 0;
            String phrase = phrases[i].phrase();
            endsWord[i] =
                    phrase.indexOf('*') < 0 && Phrase.wordChar(phrase.charAt(phrase.length() - 1));
            check[i] = Confirm.check(phrases[i], keys[i]);
            nextWord[i] = Confirm.nextWord(phrase);
            exactFirst[i] = phrases[i].exactCase() ? phrase.charAt(0) : 0;
            String literal =
                    phrase.indexOf('*') < 0 ? phrase : phrase.substring(0, phrase.indexOf('*'));
            char last = literal.isEmpty() ? 0 : literal.charAt(literal.length() - 1);
            exactLast[i] = phrases[i].exactCase() && Phrase.wordChar(last) ? last : 0;
            for (int k = 0; k < keys[i].length(); k++) {
                char c = keys[i].charAt(k);
                if (classes[c] == 0) {
                    classes[c] = (char) ++used;
                }
            }
        }
        // Exactly the classes used and three for characters no key uses (0 for the others, one
        // for letters, one for digits): a smaller table stays in cache.
        int otherLetter = used + 1;
        int otherDigit = used + 2;
        this.alphabet = used + 3;
        byte[] kindOf = new byte[alphabet]; // what each class is: OTHER, LETTER or DIGIT
        kindOf[otherLetter] = LETTER;
        kindOf[otherDigit] = DIGIT;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char cls = classes[Folding.fold((char) c)];
            if (cls == 0) {
                cls =
                        (char)
                                (Folding.letter((char) c)
                                        ? otherLetter
                                        : Folding.word((char) c) ? otherDigit : 0);
            } else {
                kindOf[cls] = kind((char) c);
            }
            classOf[c] = cls;
        }
        // The trie, each state's children in a list (first child, next sibling): the dense table
        // is built from it breadth first, so no sparse goto table of the same size is needed.
        int[] firstChild = new int[keyChars + 1];
        int[] sibling = new int[keyChars + 1];
        char[] label = new char[keyChars + 1];
        int states = 1;
        int[] endsAt = new int[keys.length]; // the state each key ends in
        for (int i = 0; i < keys.length; i++) {
            int s = 0;
            for (int k = 0; k < keys[i].length(); k++) {
                char cls = classOf[keys[i].charAt(k)];
                int child = firstChild[s];
                while (child > 0 && label[child] != cls) {
                    child = sibling[child];
                }
                if (child == 0) {
                    child = states++;
                    label[child] = cls;
                    sibling[child] = firstChild[s];
                    firstChild[s] = child;
                }
                s = child;
            }
            endsAt[i] = s;
        }
        int[][] ends = phrasesByState(endsAt, states);
        // States numbered breadth first (the shallow states a text visits most sit together):
        // the order is the queue of the breadth-first pass, so the table is built in it directly.
        // A state's row starts as its failure state's row, then its own edges replace entries.
        // No phrase starts inside a word (Confirm.glued), so the automaton follows only matches
        // that began where a phrase may: a failure falls back to the longest such suffix, and
        // where there is none to one of three roots, by what the last character was: not part of
        // a word (0: a phrase may start next), a letter (AFTER_LETTER: none may) or a digit
        // (AFTER_DIGIT: one may start with a letter, "5G"). Inside a word after a mismatch the
        // walk so stays on one row, and no candidate starts inside a word. The trie's states come
        // after the three roots, numbered breadth first.
        int count = states + ROOTS - 1;
        int[] table = new int[count * alphabet];
        int[] fail = new int[count]; // by new number
        int[] order = new int[count]; // old number by new
        int[][] outputs = new int[count][];
        int queued = ROOTS;
        for (int c = 0; c < alphabet; c++) {
            table[c] = rootAfter(kindOf[c]);
        }
        for (int k = 0; k < count; k++) {
            if (k == AFTER_LETTER || k == AFTER_DIGIT) {
                continue; // their rows follow the root's, below
            }
            int s = order[k];
            int f = fail[k];
            outputs[k] = k == 0 ? null : joined(ends[s], outputs[f]);
            if (k > 0) {
                System.arraycopy(table, f * alphabet, table, k * alphabet, alphabet);
            }
            for (int child = firstChild[s]; child > 0; child = sibling[child]) {
                int n = queued++;
                order[n] = child;
                fail[n] = table[k * alphabet + label[child]]; // the failure row's entry
                table[k * alphabet + label[child]] = n;
            }
            if (k == 0) {
                for (int c = 0; c < alphabet; c++) {
                    int next = rootAfter(kindOf[c]);
                    // After a letter nothing starts; after a digit a phrase may start with a
                    // letter.
                    table[AFTER_LETTER * alphabet + c] = next;
                    table[AFTER_DIGIT * alphabet + c] =
                            kindOf[c] == LETTER && table[c] >= ROOTS ? table[c] : next;
                }
            }
        }
        boolean[] spaceLabel = new boolean[count]; // by new number
        for (int k = ROOTS; k < count; k++) {
            spaceLabel[k] = label[order[k]] == 1;
        }
        // A space after a space leaves the state as it is: the text's runs of spaces and hyphens
        // read as one without a test per character (no key holds two in a row or ends in one).
        for (int k = ROOTS; k < count; k++) {
            if (spaceLabel[k]) {
                table[k * alphabet + 1] = k;
            }
        }
        this.delta = table;
        this.out = outputs;
        if ((long) count * alphabet >= ROW) {
            throw new IllegalArgumentException("codebook too large for one automaton");
        }
        premultiply();
    }

    /** The three roots: after a character outside words (0), after a letter, after a digit. */
    private static final int ROOTS = 3;

    private static final int AFTER_LETTER = 1;
    private static final int AFTER_DIGIT = 2;

    /** What a class of characters is, for where a phrase may start after it. */
    private static final byte OTHER = 0;

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;

    private static byte kind(char c) {
        return Folding.letter(c) ? LETTER : Folding.word(c) ? DIGIT : OTHER;
    }

    /** The root after a character of {@code kind} where no phrase continues. */
    private static int rootAfter(byte kind) {
        return kind == LETTER ? AFTER_LETTER : kind == DIGIT ? AFTER_DIGIT : 0;
    }

    /** The phrases (by index) whose key ends in each state, or null where none does. */
    private static int[][] phrasesByState(int[] endsAt, int states) {
        int[] count = new int[states];
        for (int s : endsAt) {
            count[s]++;
        }
        int[][] byState = new int[states][];
        for (int p = 0; p < endsAt.length; p++) {
            int s = endsAt[p];
            if (byState[s] == null) {
                byState[s] = new int[count[s]];
                count[s] = 0;
            }
            byState[s][count[s]++] = p;
        }
        return byState;
    }

    /** A state's own phrases followed by those its dictionary link ends; null when none. */
    private static int[] joined(int[] own, int[] inherited) {
        if (own == null || inherited == null) {
            return own == null ? inherited : own;
        }
        int[] all = Arrays.copyOf(own, own.length + inherited.length);
        System.arraycopy(inherited, 0, all, own.length, inherited.length);
        return all;
    }

    /** Flag in a transition: the next state ends a phrase that may end inside a word. */
    private static final int INSIDE_WORD = 1 << 30;

    /** The row offset in a transition, without its flags. */
    private static final int ROW = INSIDE_WORD - 1;

    /**
     * Turns state numbers in the table into row offsets (no multiplication per character), with the
     * sign bit set where the next state ends phrases (one test per character), and {@link
     * #INSIDE_WORD} where one of them may end inside a word: without it, a candidate followed by a
     * letter is dropped in the loop itself.
     */
    private void premultiply() {
        boolean[] inside = new boolean[out.length];
        for (int s = 0; s < out.length; s++) {
            if (out[s] != null) {
                for (int p : out[s]) {
                    inside[s] |= !endsWord[p];
                }
            }
        }
        for (int i = 0; i < delta.length; i++) {
            int next = delta[i];
            delta[i] =
                    next * alphabet
                            | (out[next] != null ? Integer.MIN_VALUE : 0)
                            | (inside[next] ? INSIDE_WORD : 0);
        }
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
        // One copy into a primitive array: the loop below then reads no interface and no
        // bounds-checked String, which is most of the cost of a character.
        char[] chars = text.toString().toCharArray();
        int row = 0;
        int n = chars.length;
        char[] classes = classOf;
        int[] table = delta;
        for (int i = 0; i < n; i++) {
            int next = table[row + classes[chars[i]]];
            row = next & ROW;
            if (next < 0
                    && ((next & INSIDE_WORD) != 0 || i + 1 >= n || !Folding.word(chars[i + 1]))) {
                candidates(row / alphabet, chars, text, i, byKind, exclusions);
            }
        }
        HitFilter.inTextOrder(exclusions);
        for (int k = 0; k < kinds; k++) {
            List<TermHit<Object>> hits = byKind.get(k);
            HitFilter.inTextOrder(hits);
            byKind.set(k, HitFilter.longestFirst(HitFilter.withoutExcluded(hits, exclusions)));
        }
        return byKind;
    }

    /**
     * Confirms the phrases whose key ends at {@code i} in state {@code state}: word end first (one
     * lookup), then start, case and, for phrases of several words or a '*', the phrase itself.
     */
    private void candidates(
            int state,
            char[] chars,
            CharSequence text,
            int i,
            List<List<TermHit<Object>>> byKind,
            List<TermHit<Object>> exclusions) {
        int n = chars.length;
        boolean wordEnds = i + 1 >= n || !Folding.word(chars[i + 1]);
        char c = chars[i];
        for (int p : out[state]) {
            // The cheapest tests first: the word's end and the case of the last letter need no
            // start; most candidates inside longer words ("famous" for "US") fail one of them.
            if (endsWord[p] && !wordEnds || exactLast[p] != 0 && exactLast[p] != c) {
                continue;
            }
            int start = spaced[p] ? startOf(chars, i, keyLength[p]) : i + 1 - keyLength[p];
            char first = chars[start];
            if (exactFirst[p] != 0 && exactFirst[p] != first) {
                continue;
            }
            if (start > 0 && Confirm.glued(chars[start - 1], first)) {
                continue;
            }
            int end =
                    switch (check[p]) {
                        case PLAIN -> i + 1;
                        case SEPARATED ->
                                Confirm.separated(phrases[p], chars, start, i + 1) ? i + 1 : -1;
                        case STAR ->
                                Confirm.separated(phrases[p], chars, start, i + 1)
                                        ? Confirm.wordEnd(chars, i + 1)
                                        : -1;
                        default ->
                                nextWord[p] == 0 || Confirm.nextWordFits(chars, i + 1, nextWord[p])
                                        ? phrases[p].matchAt(text, start)
                                        : -1;
                    };
            if (end >= 0) {
                Phrase phrase = phrases[p];
                TermHit<Object> hit =
                        new TermHit<>(phrase.target(), start, end, phrase.metonym(), phrase.weak());
                (phrase.kind() == EXCLUSION ? exclusions : byKind.get(phrase.kind())).add(hit);
            }
        }
    }

    /**
     * Where a key of {@code length} folded characters ending at {@code last} starts in the text,
     * read backwards: a run of spaces and hyphens is one folded character. Costs the key's length,
     * on candidates only.
     */
    private int startOf(char[] chars, int last, int length) {
        int t = last;
        for (int k = 1; k < length; k++) {
            t--;
            if (classOf[chars[t]] == 1) {
                while (t > 0 && classOf[chars[t - 1]] == 1) {
                    t--;
                }
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "PhraseAutomaton" + Arrays.asList(phrases.length, states(), alphabet);
    }
}
