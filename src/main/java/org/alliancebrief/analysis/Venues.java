package org.alliancebrief.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a place that is only the venue of an event ("talks in Portugal", "at the summit in
 * Vilnius") from a country that acts or is acted upon: the words right before the name are compared
 * with the venue cues of the lexicon. Reads a bounded window before the name.
 */
final class Venues {
    private static final int WINDOW = 40;

    /**
     * A country after a city: "in Davos, Switzerland", or a dateline "Brussels [Belgium],": the
     * country only says where the city lies.
     */
    private static final Pattern AFTER_CITY =
            Pattern.compile(
                    "(?:(?<![\\p{L}])(?:in|at)\\s+\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+)?,\\s*"
                            + "|(?:^|\\n)\\p{Lu}[\\p{L}.'-]+(?:\\s\\p{Lu}[\\p{L}.'-]+)?\\s*[\\[(])$");

    private final List<String> cues =
            ActorLexicon.english("venue-cues.txt").stream().map(c -> " " + c + " ").toList();

    /** Whether the name starting at {@code start} follows a venue cue. */
    boolean venue(String text, int start) {
        int from = Math.max(0, start - WINDOW);
        if (AFTER_CITY.matcher(text.substring(from, start)).find()) {
            return true;
        }
        String before =
                " " + text.substring(from, start).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (!before.endsWith(" ")) {
            return false;
        }
        String trimmed =
                before.endsWith(" the ") ? before.substring(0, before.length() - 4) : before;
        for (String cue : cues) {
            if (trimmed.endsWith(cue)) {
                return true;
            }
        }
        return false;
    }
}
