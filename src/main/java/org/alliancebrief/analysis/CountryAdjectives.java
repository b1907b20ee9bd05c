package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a country adjective names the state: only before a state noun ("the Finnish
 * government", "Polish armed forces", "the French President"), never as a person's nationality ("a
 * Czech general") or an event's ("a Czech initiative"). Reads at most a few words after the
 * adjective.
 */
final class CountryAdjectives {
    /** Words read after the adjective: modifiers plus a noun of up to three words. */
    private static final int MAX_WORDS = 5;

    private final Set<String> nouns = new HashSet<>(ActorLexicon.english("state-nouns.txt"));
    private final Set<String> modifiers =
            new HashSet<>(ActorLexicon.english("state-noun-modifiers.txt"));

    /** Whether the adjective ending at {@code end} stands before a state noun. */
    boolean namesState(String text, int end) {
        List<String> words = wordsAfter(text, end);
        int first = 0;
        while (first < words.size() && first < 2 && modifiers.contains(words.get(first))) {
            first++;
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = first; i < Math.min(words.size(), first + 3); i++) {
            if (i > first) {
                phrase.append(' ');
            }
            phrase.append(words.get(i));
            if (nouns.contains(phrase.toString())) {
                return true;
            }
        }
        return false;
    }

    private static List<String> wordsAfter(String text, int end) {
        List<String> words = new ArrayList<>();
        int i = end;
        int n = text.length();
        while (words.size() < MAX_WORDS) {
            int separator = i;
            while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '-')) {
                i++;
            }
            if (i == separator) {
                break; // punctuation or the end: the phrase stops here
            }
            int start = i;
            while (i < n && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i == start) {
                break;
            }
            words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
