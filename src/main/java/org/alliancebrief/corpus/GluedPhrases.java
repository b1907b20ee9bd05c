package org.alliancebrief.corpus;

import java.util.HashSet;
import java.util.Set;

/**
 * The furniture entries of several words that scrapers glue into sentences ("Don't miss new updates
 * on your email Scroll to Top The EU said..."), found by their keys and taken out.
 */
final class GluedPhrases {
    /** Shorter entries ("Share", "Print") are ordinary words inside a sentence. */
    static final int MIN_WORDS_INSIDE = 3;

    /** The entries' keys. */
    private final Set<String> glued;

    /** The entries and their opening words ("scroll", "scroll to", "scroll to top"). */
    private final Set<String> prefixes = new HashSet<>();

    /** The most words of any entry. */
    private final int longest;

    private final FurnitureWords firstLook;

    GluedPhrases(Set<String> glued, int longest, FurnitureWords firstLook) {
        this.glued = Set.copyOf(glued);
        this.longest = longest;
        this.firstLook = firstLook;
        for (String k : glued) {
            for (int space = k.indexOf(' '); space > 0; space = k.indexOf(' ', space + 1)) {
                prefixes.add(k.substring(0, space));
            }
            prefixes.add(k);
        }
    }

    /**
     * {@code s} (stripped) without entries of several words glued anywhere inside it; {@code s}
     * itself when it holds none. Words are what {@code s.split(" ")} gives, walked by index: a
     * phrase is keyed only where the first word of an entry stands.
     */
    String without(String s) {
        if (glued.isEmpty()) {
            return s;
        }
        StringBuilder kept = null; // the words kept, once a phrase has been taken out
        boolean keptAny = false;
        int n = s.length();
        int from = 0;
        while (from <= n) {
            int space = s.indexOf(' ', from);
            int to = space < 0 ? n : space;
            int phraseEnd = firstLook.isFirstWord(s, from, to) ? gluedPhraseEnd(s, from) : -1;
            if (phraseEnd >= 0) {
                if (kept == null) {
                    kept = new StringBuilder(n).append(s, 0, Math.max(0, from - 1));
                    keptAny = from > 0;
                }
                from = phraseEnd + 1;
                continue;
            }
            if (kept != null) {
                kept.append(keptAny ? " " : "").append(s, from, to);
                keptAny = true;
            }
            from = to + 1;
        }
        return kept == null ? s : kept.toString().strip();
    }

    /**
     * The end of the longest glued entry starting with the word at {@code from} and taking {@value
     * #MIN_WORDS_INSIDE} words of {@code s.split(" ")} or more, or -1.
     */
    private int gluedPhraseEnd(String s, int from) {
        StringBuilder phrase = new StringBuilder();
        int end = -1;
        int start = from;
        for (int n = 1; n <= longest; n++) {
            int space = s.indexOf(' ', start);
            int to = space < 0 ? s.length() : space;
            String part = LineKey.of(s.substring(start, to));
            phrase.append(phrase.isEmpty() || part.isEmpty() ? "" : " ").append(part);
            String p = phrase.toString();
            if (!p.isEmpty() && !prefixes.contains(p)) {
                break; // no glued entry goes on from here
            }
            if (n >= MIN_WORDS_INSIDE && glued.contains(p)) {
                end = to;
            }
            if (space < 0) {
                break;
            }
            start = to + 1;
        }
        return end;
    }
}
