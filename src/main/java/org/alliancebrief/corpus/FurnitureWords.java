package org.alliancebrief.corpus;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first look at a line for page {@link Furniture}: one pass over its key words, each hashed
 * folded as it is read and looked up in one table of the words that matter to the lists. It tells
 * whether the full lookup may find an entry, and whether an entry may open the line or be glued
 * into it; most lines are prose and are done here, without building their key.
 */
final class FurnitureWords {
    /** Roles of a word in {@link #roles}. */
    private static final int FIRST_WORD = 1;

    private static final int OPENER = 2;
    private static final int CLOSER = 4;
    private static final int BANNER = 8;
    private static final int GLUED_FIRST = 16;
    private static final int PAIR_FIRST = 32;

    /**
     * Every word that matters, with its roles: the first word of a plain entry; an entry of one
     * word matched at a line's start; the last word of an entry matched at its end; a banner word;
     * the first word of an entry found glued inside a sentence; the first word of an entry of
     * several words matched at a line's start.
     */
    private final WordTable roles;

    /** The first two words of entries of several words matched at a line's start. */
    private final WordTable pairs;

    /** Whether a word of marks only (key "") counts as a first word: a list with such an entry. */
    private final boolean emptyFirstWord;

    /** The most key words a line may have and be furniture at all. */
    private final int limit;

    /** The most key words of a line holding a banner word, and of one matched by its ends. */
    private final int bannerWords;

    private final int shortLine;

    /**
     * The first words of plain entries, the entries matched at a line's start and at its end, the
     * banner words and the entries found glued, all as keys; {@code limit}, {@code bannerWords} and
     * {@code shortLine} as {@link Furniture} counts them.
     */
    FurnitureWords(
            Set<String> firstWords,
            Collection<String> openings,
            Collection<String> closings,
            Collection<String> banners,
            Collection<String> glued,
            int limit,
            int bannerWords,
            int shortLine) {
        Map<String, Integer> role = new HashMap<>();
        Map<String, Integer> pair = new HashMap<>();
        firstWords.forEach(w -> role.merge(w, FIRST_WORD, (a, b) -> a | b));
        for (String k : openings) {
            String[] w = k.split(" ");
            role.merge(w[0], w.length == 1 ? OPENER : PAIR_FIRST, (a, b) -> a | b);
            if (w.length > 1) {
                pair.put(w[0] + " " + w[1], 0);
            }
        }
        closings.forEach(
                k -> role.merge(k.substring(k.lastIndexOf(' ') + 1), CLOSER, (a, b) -> a | b));
        banners.forEach(w -> role.merge(w, BANNER, (a, b) -> a | b));
        glued.forEach(k -> role.merge(k.split(" ")[0], GLUED_FIRST, (a, b) -> a | b));
        roles = new WordTable(role);
        pairs = new WordTable(pair);
        emptyFirstWord = firstWords.contains("");
        this.limit = limit;
        this.bannerWords = bannerWords;
        this.shortLine = shortLine;
    }

    /**
     * One pass over {@code s}'s key words. With {@code prose}, stops at a paragraph's length: the
     * look then tells only that nothing can match.
     */
    Look look(String s, boolean prose) {
        Look look = new Look();
        int n = s.length();
        int runStart = -1;
        int hash = 0;
        for (int i = 0; i < n; i++) {
            char folded = LineKey.fold(s.charAt(i));
            if (folded != 0) {
                if (runStart < 0) {
                    runStart = i;
                    hash = 0;
                }
                hash = 31 * hash + folded;
                continue;
            }
            if (runStart >= 0) {
                look.word(s, runStart, i, hash);
                if (prose && look.count > limit) {
                    return look; // a paragraph: no entry is that long
                }
                runStart = -1;
            }
            if (s.charAt(i) == ' ') {
                look.pieceEnds();
            }
        }
        if (runStart >= 0) {
            look.word(s, runStart, n, hash);
        }
        look.pieceEnds();
        return look;
    }

    /** Whether the key of {@code s[from, to)} is the first word of a plain entry. */
    boolean isFirstWord(String s, int from, int to) {
        int runs = 0;
        int runStart = -1;
        int runEnd = -1;
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                if (i == from || !Character.isLetterOrDigit(s.charAt(i - 1))) {
                    if (++runs > 1) {
                        return false; // a key of two words: first words have one
                    }
                    runStart = i;
                }
                runEnd = i + 1;
            }
        }
        return runs == 0
                ? emptyFirstWord
                : (Math.max(0, (int) roles.getFolded(s, runStart, runEnd)) & FIRST_WORD) != 0;
    }

    /** What the pass over a line has seen so far; see {@link #look}. */
    final class Look {
        private int count;
        private int firstRole;
        private int lastRole;
        private boolean banner;
        private boolean firstWord;
        private boolean gluedFirst;
        private boolean pairOpens;
        private int firstStart;
        private int firstEnd;
        private int firstHash;

        /** Key words in the piece of {@code s.split(" ")} being read, and the last one's role. */
        private int pieceWords;

        private int pieceRole;

        /**
         * Whether a piece of {@code s.split(" ")} has a plain entry's first word as key: an entry
         * may open the line there.
         */
        boolean hasFirstWord() {
            return firstWord;
        }

        /** Whether a piece has a glued entry's first word as key: one may be glued in there. */
        boolean hasGluedFirst() {
            return gluedFirst;
        }

        /**
         * False when the full lookup of {@code s}, the line looked at, finds nothing for sure: it
         * needs a line of marks, a banner word, else the first or last words of an entry on a short
         * line, or a breadcrumb whose separators were lost.
         */
        boolean mayBe(String s) {
            return count <= limit
                    && (count == 0
                            || banner
                            || count <= shortLine
                                    && ((firstRole & OPENER) != 0
                                            || pairOpens
                                            || (lastRole & CLOSER) != 0
                                            || Furniture.gluedBreadcrumb(s)));
        }

        /** Takes in the key word {@code s[from, to)}, of folded {@code hash}. */
        private void word(String s, int from, int to, int hash) {
            int role = (int) Math.max(0, roles.getFolded(s, from, to, hash));
            count++;
            if (count == 1) {
                firstRole = role;
                firstStart = from;
                firstEnd = to;
                firstHash = hash;
            } else if (count == 2 && (firstRole & PAIR_FIRST) != 0) {
                pairOpens = opensPair(s, from, to, hash);
            }
            banner |= count <= bannerWords && (role & BANNER) != 0;
            lastRole = role;
            pieceRole = role;
            pieceWords++;
        }

        /** A piece of {@code s.split(" ")} ends. */
        private void pieceEnds() {
            firstWord |= pieceHas(FIRST_WORD);
            gluedFirst |= pieceHas(GLUED_FIRST);
            pieceWords = 0;
        }

        private boolean pieceHas(int role) {
            return pieceWords == 1 ? (pieceRole & role) != 0 : pieceWords == 0 && emptyFirstWord;
        }

        /** Whether the first key word and the second, {@code s[from, to)}, open an entry. */
        private boolean opensPair(String s, int from, int to, int hash) {
            int pairHash = firstHash * 31 + ' ';
            for (int i = from; i < to; i++) {
                pairHash *= 31; // the String hash of "first second"
            }
            return pairs.getFoldedPair(s, firstStart, firstEnd, from, to, pairHash + hash) >= 0;
        }
    }

    /** The keys of {@code sets}, together. */
    static List<String> all(List<? extends Collection<String>> sets) {
        return sets.stream().flatMap(Collection::stream).toList();
    }
}
