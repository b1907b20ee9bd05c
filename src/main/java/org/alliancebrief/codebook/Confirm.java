package org.alliancebrief.codebook;

/**
 * The checks that confirm a candidate of the automaton, on its characters only: which check a
 * phrase needs, separators and case, a '*' ending, the word after a '*' inside a phrase.
 */
final class Confirm {
    /** No check beyond the automaton's: a lower-case phrase of one word. */
    static final byte PLAIN = 0;

    /** Separators and case on the matched span. */
    static final byte SEPARATED = 1;

    /** Separators and case, then the word runs on to its end: a '*' ending. */
    static final byte STAR = 2;

    /** The phrase's own matcher: a '*' inside, odd separators. */
    static final byte GENERAL = 3;

    private Confirm() {}

    /**
     * How candidates of {@code phrase} are confirmed. The automaton has already matched its folded
     * key, so a lower-case phrase of one word needs nothing more; separators need a look because
     * the automaton folds any run of spaces and hyphens into one ("a - b" is not "a-b").
     */
    static byte check(Phrase phrase, String key) {
        String p = phrase.phrase();
        int star = p.indexOf('*');
        if (star >= 0 && star != p.length() - 1) {
            return GENERAL;
        }
        String literal = star < 0 ? p : p.substring(0, star);
        if (literal.isEmpty() || !Phrase.wordChar(literal.charAt(literal.length() - 1))) {
            return GENERAL;
        }
        boolean separators = false;
        for (int k = 0; k < literal.length(); k++) {
            if (Folding.fold(literal.charAt(k)) == ' ') {
                separators = true;
                if (k > 0 && Folding.fold(literal.charAt(k - 1)) == ' ') {
                    return GENERAL;
                }
            }
        }
        if (key.length() != literal.length()) {
            return GENERAL; // folding changed the length: let the phrase check itself
        }
        if (star >= 0) {
            return STAR;
        }
        return separators || phrase.exactCase() ? SEPARATED : PLAIN;
    }

    /**
     * Whether {@code chars[from, to)}, which the automaton matched against {@code p}'s key, has the
     * phrase's separators (a run of spaces, or one hyphen and spaces after it) and, for a
     * case-exact phrase, its case.
     */
    static boolean separated(Phrase p, char[] chars, int from, int to) {
        String phrase = p.phrase();
        boolean exact = p.exactCase();
        int k = 0;
        int t = from;
        while (t < to) {
            char tc = chars[t];
            if (Folding.fold(tc) == ' ') {
                t++;
                while (t < to && Folding.space(chars[t])) {
                    t++;
                }
                if (t < to && Folding.fold(chars[t]) == ' ') {
                    return false; // spaces before a hyphen, or two hyphens
                }
                k++;
                continue;
            }
            if (exact) {
                char pc = phrase.charAt(k);
                if (pc != tc && !(Folding.apostrophe(pc) && Folding.apostrophe(tc))) {
                    return false;
                }
            }
            k++;
            t++;
        }
        return true;
    }

    /** The first letter of the word after a '*' inside {@code phrase}, folded, or 0. */
    static char nextWord(String phrase) {
        int star = phrase.indexOf('*');
        if (star < 0 || star + 2 >= phrase.length() || phrase.charAt(star + 1) != ' ') {
            return 0;
        }
        char c = Folding.fold(phrase.charAt(star + 2));
        return Phrase.wordChar(c) ? c : 0;
    }

    /**
     * Whether, after the word running on from {@code from}, a separator and {@code first} follow.
     */
    static boolean nextWordFits(char[] chars, int from, char first) {
        int t = wordEnd(chars, from);
        if (t >= chars.length || Folding.fold(chars[t]) != ' ') {
            return false;
        }
        while (t < chars.length && Folding.fold(chars[t]) == ' ') {
            t++;
        }
        return t < chars.length && Folding.fold(chars[t]) == first;
    }

    /** The end of the word running on from {@code from}: where a '*' ending stops. */
    static int wordEnd(char[] chars, int from) {
        int t = from;
        while (t < chars.length && Folding.word(chars[t])) {
            t++;
        }
        return t;
    }

    /**
     * Whether a phrase starting at {@code first} continues the word before it; a letter right after
     * a digit starts a new word ("00:11NATO" in a transcript with glued timestamps).
     */
    static boolean glued(char before, char first) {
        return Folding.word(before) && (Folding.letter(before) || !Folding.letter(first));
    }
}
