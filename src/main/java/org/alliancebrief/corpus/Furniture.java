package org.alliancebrief.corpus;

import java.util.ArrayList;
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

    /** Shorter entries ("Share", "Print") are ordinary words inside a sentence. */
    private static final int MIN_WORDS_INSIDE = 3;

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
                    if (Words.count(k) >= MIN_WORDS_INSIDE) {
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
    private static boolean gluedBreadcrumb(String line) {
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
        String original = withoutGluedPhrases(sentence.strip());
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
        String[] w = s.split(" ");
        if (!firstWords.contains(key(w[0]))) {
            return null;
        }
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

    /** {@code s} without entries of several words glued anywhere inside it. */
    private String withoutGluedPhrases(String s) {
        if (glued.isEmpty()) {
            return s;
        }
        String[] w = s.split(" ");
        List<String> kept = new ArrayList<>(w.length);
        int i = 0;
        while (i < w.length) {
            int skip = 0;
            if (!firstWords.contains(key(w[i]))) {
                kept.add(w[i++]);
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= w.length; n++) {
                String part = key(w[i + n - 1]);
                phrase.append(phrase.isEmpty() || part.isEmpty() ? "" : " ").append(part);
                if (n >= MIN_WORDS_INSIDE && glued.contains(phrase.toString())) {
                    skip = n;
                }
            }
            if (skip > 0) {
                i += skip;
            } else {
                kept.add(w[i++]);
            }
        }
        return kept.size() == w.length ? s : String.join(" ", kept).strip();
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
        return HeadlineChooser.key(s);
    }
}
