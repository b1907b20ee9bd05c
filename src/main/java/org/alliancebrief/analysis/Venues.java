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
        if (mayEndAfterCity(text, from, start)
                && AFTER_CITY.matcher(text.substring(from, start)).find()) {
            return true;
        }
        if (from == start || !regexSpace(text.charAt(start - 1))) {
            return false; // no cue but one followed by a space
        }
        String before = spaced(text.substring(from, start).toLowerCase(Locale.ROOT));
        String trimmed =
                before.endsWith(" the ") ? before.substring(0, before.length() - 4) : before;
        for (String cue : cues) {
            if (trimmed.endsWith(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the window may end as {@link #AFTER_CITY} does, with a comma or an opening bracket
     * before its last spaces: most windows do not, and skip the pattern.
     */
    private static boolean mayEndAfterCity(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && (regexSpace(text.charAt(i)) || lineEnd(text.charAt(i)))) {
            i--;
        }
        return i >= from && ",[(".indexOf(text.charAt(i)) >= 0;
    }

    /** {@code " " + s.replaceAll("\\s+", " ")}, without a pattern. */
    private static String spaced(String s) {
        StringBuilder b = new StringBuilder(s.length() + 1).append(' ');
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (regexSpace(c)) {
                space = true;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return space ? b.append(' ').toString() : b.toString();
    }

    /** What {@code \s} matches in a pattern without flags. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Line ends other than white space, before which a pattern's {@code $} also matches. */
    private static boolean lineEnd(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
