package org.alliancebrief.corpus;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.corpus.dates.DateReader;

/**
 * Recognises page furniture listed in furniture.txt ("Scroll to Top", breadcrumbs, share rows,
 * consent banners, teaser blocks, reader comments) by hash lookups of a line's key and of its first
 * and last words: no pattern is tried per entry, so a line costs the same however long the list
 * grows.
 */
final class Furniture {
    private static final int MAX_WORDS = 20;

    /** Consent banners run long; a paragraph longer than this mentioning cookies is prose. */
    private static final int MAX_BANNER_WORDS = 60;

    private static final DateReader DATES = DateReader.standard();
    private static final Furniture DEFAULT = new Furniture(ResourceLines.read("furniture.txt"));

    /** What a line is, as furniture. */
    enum Kind {
        NONE,
        LINE,
        BLOCK,
        END
    }

    private final Set<String> exact = new HashSet<>();

    /** Opening words → the word the line must also hold, or "" for none. */
    private final Map<String, String> starts = new HashMap<>();

    /** Opening words that are furniture only when a mark follows them. */
    private final Set<String> afterMark = new HashSet<>();

    private final Set<String> ends = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    private final Set<String> blocks = new HashSet<>();
    private final Set<String> pageEnds = new HashSet<>();

    /** Exact entries of several words, which can be found glued inside a sentence. */
    private final Set<String> glued = new HashSet<>();

    /** First words of the exact entries: a window is looked up only where one of them stands. */
    private final Set<String> firstWords = new HashSet<>();

    /** The first look at a line, before any of these sets. */
    private final FurnitureWords firstLook;

    private final GluedPhrases gluedPhrases;

    private int longest = 1;

    /** The most words of a block or page-end entry: a longer line is looked up no further. */
    private int longestWhole = 5; // "more from ..." lines have up to five

    Furniture(List<String> entries) {
        for (String entry : entries) {
            int colon = entry.indexOf(": ");
            String type = colon > 0 ? entry.substring(0, colon) : "";
            String value = colon > 0 ? entry.substring(colon + 2) : entry;
            switch (type) {
                case "starts" -> {
                    int bar = value.indexOf('|');
                    starts.put(
                            key(bar < 0 ? value : value.substring(0, bar)),
                            bar < 0 ? "" : key(value.substring(bar + 1)));
                }
                case "after" -> afterMark.add(key(value));
                case "ends" -> ends.add(key(value));
                case "word" -> words.add(key(value));
                case "block" -> blocks.add(key(value));
                case "end" -> pageEnds.add(key(value));
                default -> {
                    String k = key(entry);
                    exact.add(k);
                    if (Words.count(k) >= GluedPhrases.MIN_WORDS_INSIDE) {
                        glued.add(k);
                    }
                }
            }
        }
        exact.forEach(k -> firstWords.add(k.split(" ")[0]));
        for (Set<String> set : List.of(exact, starts.keySet(), ends)) {
            set.forEach(k -> longest = Math.max(longest, Words.count(k)));
        }
        for (Set<String> set : List.of(blocks, pageEnds)) {
            set.forEach(k -> longestWhole = Math.max(longestWhole, Words.count(k)));
        }
        // Entries matched from a line's start, by their first words ("more from ..." too).
        List<String> openings =
                FurnitureWords.all(
                        List.of(
                                exact,
                                starts.keySet(),
                                afterMark,
                                blocks,
                                pageEnds,
                                List.of("more from")));
        firstLook =
                new FurnitureWords(
                        firstWords,
                        openings,
                        ends,
                        words,
                        glued,
                        Math.max(MAX_BANNER_WORDS, longestWhole),
                        MAX_BANNER_WORDS,
                        Math.max(MAX_WORDS, longestWhole));
        gluedPhrases = new GluedPhrases(glued, longest, firstLook);
    }

    /** The list shipped with the program. */
    static Furniture standard() {
        return DEFAULT;
    }

    /** Whether {@code line} (already space-normalised) is furniture. */
    boolean matches(String line) {
        return kind(line) != Kind.NONE;
    }

    /**
     * What {@code line} is as furniture: nothing, a line, a teaser block's head, the comments'
     * head.
     */
    Kind kind(String line) {
        return firstLook.look(line, true).mayBe(line) ? lookUp(line) : Kind.NONE;
    }

    /** A line's kind as furniture, and for a line of none whether its text is all furniture. */
    record Verdict(Kind kind, boolean wholly) {}

    /**
     * {@link #kind} of {@code line} and, when it is {@link Kind#NONE}, whether {@link
     * #withoutGlued} of {@code text}, the line without its bullet, is "": both from one pass over
     * the line, whose words are the text's.
     */
    Verdict judge(String line, String text) {
        if (firstWords.contains("")) { // a word of marks only, as a bullet is, counts: look twice
            Kind kind = kind(line);
            return new Verdict(kind, kind == Kind.NONE && withoutGlued(text).isEmpty());
        }
        FurnitureWords.Look look = firstLook.look(line, false);
        Kind kind = look.mayBe(line) ? lookUp(line) : Kind.NONE;
        String t = text.strip();
        return new Verdict(kind, kind == Kind.NONE && withoutGlued(t, look).isEmpty());
    }

    /** {@link #kind} in full: the line's key and its words looked up in every set. */
    private Kind lookUp(String line) {
        if (keyWords(line, Math.max(MAX_BANNER_WORDS, longestWhole) + 1)
                > Math.max(MAX_BANNER_WORDS, longestWhole)) {
            return Kind.NONE; // a paragraph: no entry is that long, and most lines are prose
        }
        String k = key(line);
        if (k.isEmpty()) {
            return line.isBlank() ? Kind.NONE : Kind.LINE; // only marks: "• • •", "|"
        }
        if (blocks.contains(k) || k.startsWith("more from ") && Words.count(k) <= 5) {
            return Kind.BLOCK;
        }
        if (pageEnds.contains(k)) {
            return Kind.END;
        }
        String[] w = k.split(" ");
        if (w.length > MAX_BANNER_WORDS) {
            return Kind.NONE;
        }
        for (String word : w) {
            if (words.contains(word)) {
                return Kind.LINE;
            }
        }
        // Long lines are prose; a loose entry must never swallow a paragraph.
        if (w.length > MAX_WORDS) {
            return Kind.NONE;
        }
        if (exact.contains(k) || gluedBreadcrumb(line)) {
            return Kind.LINE;
        }
        StringBuilder head = new StringBuilder();
        for (int n = 1; n <= Math.min(longest, w.length); n++) {
            head.append(n > 1 ? " " : "").append(w[n - 1]);
            String also = starts.get(head.toString());
            if (also != null && (also.isEmpty() || k.contains(" " + also))
                    || afterMark.contains(head.toString()) && markFollows(line, n)) {
                return Kind.LINE;
            }
            String tail = String.join(" ", java.util.Arrays.copyOfRange(w, w.length - n, w.length));
            if (ends.contains(tail)) {
                return Kind.LINE;
            }
        }
        return Kind.NONE;
    }

    /**
     * Whether a mark or the line's end follows its first {@code n} words ("Home > World",
     * "Related:").
     */
    private static boolean markFollows(String line, int n) {
        String l = line.strip();
        int i = 0;
        for (int w = 0; w < n; w++) {
            while (i < l.length() && !Character.isLetterOrDigit(l.charAt(i))) {
                i++;
            }
            while (i < l.length() && Character.isLetterOrDigit(l.charAt(i))) {
                i++;
            }
        }
        while (i < l.length() && l.charAt(i) == ' ') {
            i++;
        }
        return i >= l.length() || !Character.isLetterOrDigit(l.charAt(i));
    }

    /** "HomeEuropeEU and NATO...": a breadcrumb whose separators were lost. */
    static boolean gluedBreadcrumb(String line) {
        return line.length() > 4
                && line.startsWith("Home")
                && Character.isUpperCase(line.charAt(4));
    }

    /**
     * {@code sentence} without the furniture a scraper glued into it ("Don't miss new updates on
     * your email Scroll to Top The EU said..." → "The EU said..."); "" if it is all furniture, as
     * "Monday, May 6, 2024 HomeEurope..." is.
     */
    String withoutGlued(String sentence) {
        String s = sentence.strip();
        return withoutGlued(s, firstLook.look(s, false));
    }

    /** {@link #withoutGlued} of a stripped {@code s}, given the first look at its words. */
    private String withoutGlued(String s, FurnitureWords.Look look) {
        int space = s.indexOf(' ');
        if (look.hasGluedFirst() || isFirstWord(s, 0, space < 0 ? s.length() : space)) {
            return withoutGluedEntries(s);
        }
        // Nothing glued can be taken out, nor an entry opening s: all of s is furniture, or all
        // after an opening date, or none.
        int dateEnd = DATES.leadingDateEnd(s);
        if (dateEnd > 0 && dateEnd < s.length() && s.charAt(dateEnd) == ' ') {
            if (look.hasFirstWord()) {
                return withoutGluedEntries(s); // an entry may open what follows the date
            }
            return matches(s.substring(dateEnd + 1).strip()) ? "" : s;
        }
        return look.mayBe(s) && lookUp(s) != Kind.NONE ? "" : s;
    }

    /** {@link #withoutGlued} of a stripped {@code s} in which an entry may be glued. */
    private String withoutGluedEntries(String s) {
        String original = gluedPhrases.without(s);
        int dateEnd = DATES.leadingDateEnd(original);
        String rest =
                dateEnd > 0 && dateEnd < original.length() && original.charAt(dateEnd) == ' '
                        ? original.substring(dateEnd + 1).strip()
                        : original;
        boolean datePrefix = rest.length() < original.length();
        boolean removed = false;
        while (!rest.isEmpty()) {
            if (matches(rest)) {
                return "";
            }
            String shorter = withoutLeadingEntry(rest);
            if (shorter == null) {
                break;
            }
            rest = shorter;
            removed = true;
        }
        // A date opening a real sentence ("14 June 2021 was...") stays unless furniture followed
        // it.
        return removed || rest.isEmpty() ? rest : datePrefix ? original : rest;
    }

    /** {@code s} without a plain entry opening it, or null when none does. */
    private String withoutLeadingEntry(String s) {
        int space = s.indexOf(' ');
        if (!isFirstWord(s, 0, space < 0 ? s.length() : space)) {
            return null;
        }
        String[] w = s.split(" ");
        StringBuilder head = new StringBuilder();
        int best = 0;
        for (int n = 1; n < w.length && n <= longest; n++) {
            head.append(n > 1 ? " " : "").append(key(w[n - 1]));
            if (exact.contains(head.toString().strip())) {
                best = n;
            }
        }
        return best == 0
                ? null
                : String.join(" ", java.util.Arrays.copyOfRange(w, best, w.length)).strip();
    }

    private boolean isFirstWord(String s, int from, int to) {
        return firstLook.isFirstWord(s, from, to);
    }

    /**
     * How many words {@link #key} would give {@code line}, counting no further than {@code limit}.
     */
    private static int keyWords(String line, int limit) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && count < limit; i++) {
            boolean letter = Character.isLetterOrDigit(line.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /** A line's lookup key: lower case, letters and digits only, single spaces. */
    static String key(String s) {
        return LineKey.of(s);
    }
}
