package org.alliancebrief.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Recognises lines of page furniture ("Scroll to Top", breadcrumbs) listed in furniture.txt. */
final class Furniture {
    private static final int MAX_WORDS = 20;
    /** Shorter entries ("Share", "Print") are ordinary words inside a sentence. */
    private static final int MIN_WORDS_INSIDE = 3;
    private static final Furniture DEFAULT = new Furniture(ResourceLines.read("furniture.txt"));

    private static final org.alliancebrief.corpus.dates.DateReader DATES =
            org.alliancebrief.corpus.dates.DateReader.standard();

    private final Set<String> exact;
    private final List<String> exactLongestFirst;
    /** Entries of several words, which can be found glued even inside a sentence. */
    private final Pattern inside;
    private final List<Pattern> patterns;

    Furniture(List<String> entries) {
        exact = entries.stream().filter(e -> !e.startsWith("re:"))
                .map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        exactLongestFirst = exact.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();
        List<String> phrases = exactLongestFirst.stream()
                .filter(e -> e.split(" ").length >= MIN_WORDS_INSIDE).map(Pattern::quote).toList();
        inside = phrases.isEmpty() ? null : Pattern.compile(
                "(?i)(?<![\\p{L}])(?:" + String.join("|", phrases) + ")(?![\\p{L}])");
        patterns = entries.stream().filter(e -> e.startsWith("re:"))
                .map(e -> Pattern.compile(e.substring(3))).toList();
    }

    /** The list shipped with the program. */
    static Furniture standard() {
        return DEFAULT;
    }

    /**
     * {@code sentence} without the furniture a scraper glued to its front ("Don't miss new
     * updates on your email Scroll to Top The EU said..." → "The EU said..."); "" if it is all
     * furniture, as "Monday, May 6, 2024 HomeEurope..." is.
     */
    String withoutGlued(String sentence) {
        String original = inside == null ? sentence.strip()
                : inside.matcher(sentence).replaceAll("").replaceAll("  +", " ").strip();
        int dateEnd = DATES.leadingDateEnd(original);
        String rest = dateEnd > 0 && dateEnd < original.length() && original.charAt(dateEnd) == ' '
                ? original.substring(dateEnd + 1).strip() : original;
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
        // A date opening a real sentence ("14 June 2021 was...") stays unless furniture followed it.
        return removed || rest.isEmpty() ? rest : datePrefix ? original : rest;
    }

    private String withoutLeadingEntry(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String entry : exactLongestFirst) {
            if (lower.startsWith(entry + " ")) {
                return text.substring(entry.length() + 1).strip();
            }
        }
        return null;
    }

    /** Whether {@code line} (already space-normalised) is furniture. */
    boolean matches(String line) {
        String l = line.strip();
        if (l.isEmpty()) {
            return false;
        }
        // Long lines are prose; a loose pattern must never swallow a paragraph.
        if (l.split(" ").length > MAX_WORDS) {
            return false;
        }
        if (exact.contains(l.toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Pattern p : patterns) {
            if (p.matcher(l).matches()) {
                return true;
            }
        }
        return false;
    }
}
