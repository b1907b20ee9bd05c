package org.alliancebrief.corpus;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of site navigation that are neither content nor a headline: menu and icon rows, section
 * labels, counters ("Hits: 14", "4 Min Read"), category lines, bare numbers and paths. Decided by
 * hash lookups of the line's words in lists under {@code lexicon/}; no pattern per entry.
 */
final class Navigation {
    /** A row of menu words longer than this is a sentence that happens to use them. */
    private static final int MAX_MENU_WORDS = 8;

    private static final int MAX_COUNTER_WORDS = 8;
    private static final Navigation DEFAULT =
            new Navigation(
                    ResourceLines.read("lexicon/en/menu-words.txt"),
                    ResourceLines.read("lexicon/en/counters.txt"),
                    ResourceLines.read("lexicon/en/labels.txt"));

    private final Set<String> menu;
    private final Set<String> counters;
    private final Set<String> labels;
    private final int longestLabel;

    Navigation(List<String> menu, List<String> counters, List<String> labels) {
        this.menu = fold(menu);
        this.counters = fold(counters);
        this.labels = fold(labels);
        this.longestLabel = this.labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * The length of {@code l} (stripped) before its colon, spaces before the colon left out: a
     * label longer than any listed is no label, whatever its case (lowering never shortens a text).
     */
    private static int labelLength(String l, int colon) {
        int end = colon;
        while (end > 0 && Character.isWhitespace(l.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    static Navigation standard() {
        return DEFAULT;
    }

    private static Set<String> fold(List<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** Whether {@code line} (unbulleted, single-spaced) is navigation. */
    boolean matches(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        if (isPath(l)) {
            return true;
        }
        int count = countWords(l, Math.max(MAX_COUNTER_WORDS, MAX_MENU_WORDS) + 1);
        if (count == 0) {
            return true; // only numbers and marks: "14", "1 / 3", "|"
        }
        int colon = l.indexOf(':');
        if (colon > 0
                && labelLength(l, colon) <= longestLabel
                && labels.contains(l.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (count > MAX_COUNTER_WORDS && count > MAX_MENU_WORDS) {
            return false; // a paragraph: counted without splitting it, since most lines are prose
        }
        String[] words = words(l);
        if (words.length <= MAX_COUNTER_WORDS && hasCounter(l)) {
            return true;
        }
        if (words.length > MAX_MENU_WORDS || endsSentence(l)) {
            return false;
        }
        // A row of menu items is all menu words; in a row of four or more capitalised items
        // one may be a name of the site's own ("Newsletters Events Podcasts Videos Worldnews").
        int others = 0;
        for (String w : words) {
            if (!menu.contains(w)
                    && !(w.endsWith("s") && menu.contains(w.substring(0, w.length() - 1)))) {
                others++;
            }
        }
        return others == 0
                || others == 1 && words.length >= MIN_ROW_WITH_NAME && capitalisedWords(l);
    }

    /** The fewest items of a row of menu words that may hold one word of another kind. */
    private static final int MIN_ROW_WITH_NAME = 4;

    /** Whether every word of {@code l} starts with a capital. */
    private static boolean capitalisedWords(String l) {
        for (String w : rawWords(l)) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a counter word stands next to a number: "Hits: 14", "4 Min Read", "12 comments". */
    private boolean hasCounter(String l) {
        String[] tokens = l.toLowerCase(Locale.ROOT).replace(":", " ").split(" +");
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].chars().allMatch(Character::isDigit) || tokens[i].isEmpty()) {
                continue;
            }
            boolean after = i + 1 < tokens.length && counters.contains(tokens[i + 1]);
            boolean before = i > 0 && counters.contains(tokens[i - 1]);
            if (after || before) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many words {@link #words} would give for {@code l}, counting no further than {@code
     * limit}.
     */
    static int countWords(String l, int limit) {
        int count = 0;
        int run = 0; // length of the current run of word characters
        boolean onlyHyphens = true;
        for (int i = 0; i <= l.length() && count < limit; i++) {
            char c = i < l.length() ? l.charAt(i) : ' ';
            if (Character.isLetter(c) || c == '&' || c == '-') {
                run++;
                onlyHyphens &= c == '-';
                continue;
            }
            if (Character.isHighSurrogate(c)
                    && i + 1 < l.length()
                    && Character.isLetter(l.codePointAt(i))) {
                run++;
                onlyHyphens = false;
                i++;
                continue;
            }
            if (run > 0 && !(onlyHyphens && run == 1)) {
                count++;
            }
            run = 0;
            onlyHyphens = true;
        }
        return count;
    }

    /** The words of {@code l} in lower case, without numbers and marks. */
    static String[] words(String l) {
        return rawWords(l.toLowerCase(Locale.ROOT));
    }

    /** The words of {@code l} as written, without numbers and marks. */
    private static String[] rawWords(String l) {
        return NON_WORD.splitAsStream(l)
                .filter(w -> !w.isEmpty() && !w.equals("-"))
                .toArray(String[]::new);
    }

    /** What separates the words of a line: anything but letters, "&" and "-". */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}&-]+");

    private static boolean isPath(String l) {
        return l.indexOf(' ') < 0
                && (l.startsWith("/")
                        || l.startsWith("http://")
                        || l.startsWith("https://")
                        || l.startsWith("www."));
    }

    private static boolean endsSentence(String l) {
        char c = l.charAt(l.length() - 1);
        return c == '.' || c == '!' || c == '?';
    }
}
