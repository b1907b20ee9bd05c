package org.alliancebrief.corpus.dates;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.corpus.ResourceLines;

/**
 * The words dates are written with, for every language listed in {@code lexicon/languages.txt}:
 * month and weekday names, joiners ("of", "de"), and the stamp words that announce a date's role.
 * Adding a language is adding its folder of lists.
 */
public final class DateLexicon {
    private static final String ROOT = "dates/lexicon/";
    private static final DateLexicon STANDARD = load();

    private final Map<String, Integer> months;
    private final Set<String> weekdays;
    private final Set<String> joiners;
    private final Set<String> fillers;
    private final Map<String, StampKind> stamps;
    private final int longestStamp;

    /** What a stamp phrase says about the date after it. */
    public enum StampKind {
        /** "Published", "Posted", "Issued": the first publication. */
        PUBLISHED,
        /** "Updated", "Last modified": a later revision. */
        UPDATED,
        /** "Retrieved", "Accessed": the day the page was saved, never its publication. */
        CAPTURE,
        /** "today", "this morning": the day of the story in its lead. */
        TODAY
    }

    private DateLexicon(
            Map<String, Integer> months,
            Set<String> weekdays,
            Set<String> joiners,
            Set<String> fillers,
            Map<String, StampKind> stamps) {
        this.months = Map.copyOf(months);
        this.weekdays = Set.copyOf(weekdays);
        this.joiners = Set.copyOf(joiners);
        this.fillers = Set.copyOf(fillers);
        this.stamps = Map.copyOf(stamps);
        this.longestStamp =
                stamps.keySet().stream().mapToInt(s -> s.split(" ").length).max().orElse(1);
    }

    /** The lists shipped with the program. */
    public static DateLexicon standard() {
        return STANDARD;
    }

    private static DateLexicon load() {
        Map<String, Integer> months = new HashMap<>();
        Set<String> weekdays = new HashSet<>();
        Set<String> joiners = new HashSet<>();
        Set<String> fillers = new HashSet<>();
        Map<String, StampKind> stamps = new HashMap<>();
        for (String language : ResourceLines.read(ROOT + "languages.txt")) {
            String dir = ROOT + language + "/";
            numbered(ResourceLines.read(dir + "months.txt"), months);
            Map<String, Integer> days = new HashMap<>();
            numbered(ResourceLines.read(dir + "weekdays.txt"), days);
            weekdays.addAll(days.keySet());
            joiners.addAll(optional(dir + "joiners.txt"));
            fillers.addAll(optional(dir + "fillers.txt"));
            optional(dir + "published.txt").forEach(w -> stamps.put(fold(w), StampKind.PUBLISHED));
            optional(dir + "updated.txt").forEach(w -> stamps.put(fold(w), StampKind.UPDATED));
            optional(dir + "capture.txt").forEach(w -> stamps.put(fold(w), StampKind.CAPTURE));
            optional(dir + "today.txt").forEach(w -> stamps.put(fold(w), StampKind.TODAY));
        }
        return new DateLexicon(months, weekdays, joiners, fillers, stamps);
    }

    private static void numbered(List<String> lines, Map<String, Integer> into) {
        for (String line : lines) {
            String[] parts = line.split("\\s+");
            int n = Integer.parseInt(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                into.putIfAbsent(fold(parts[i]), n);
            }
        }
    }

    private static List<String> optional(String name) {
        return ResourceLines.class.getResource(name) == null ? List.of() : ResourceLines.read(name);
    }

    /** Lower case, locale-independent: the key every word is looked up by. */
    static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The month a folded word names, or 0. */
    int month(String folded) {
        Integer m = months.get(folded);
        return m == null ? 0 : m;
    }

    boolean isWeekday(String folded) {
        return weekdays.contains(folded);
    }

    boolean isJoiner(String folded) {
        return joiners.contains(folded);
    }

    boolean isFiller(String folded) {
        return fillers.contains(folded);
    }

    /** The stamp a phrase of folded words names, or null. */
    StampKind stamp(String foldedPhrase) {
        return stamps.get(foldedPhrase);
    }

    /** The most words a stamp phrase has. */
    int longestStamp() {
        return longestStamp;
    }
}
