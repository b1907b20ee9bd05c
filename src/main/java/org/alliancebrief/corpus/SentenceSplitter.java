package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at a stop, question or exclamation mark (with any closing
 * quote or bracket) followed by a space and a capital, digit or opening quote; but not after
 * abbreviations ("Mr.", "Dec. 5", "No. 10", "e.g."), initials ("John F. Kennedy") or dotted
 * acronyms inside a sentence ("the U.S. Secretary of State").
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof",
            "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj", "sen", "rep", "gov", "pres",
            "st", "jr", "sr", "vs", "v", "e.g", "i.e", "cf", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "ltd", "co", "fig",
            "approx", "est", "dept", "univ", "mt", "ft", "ave", "no", "nos", "art", "para",
            "min", "amb", "hon", "rt", "rev", "messrs");
    /** Words that open a new sentence after a dotted acronym ("... the U.S. The next day"). */
    private static final Set<String> STARTERS = Set.of("The", "It", "He", "She", "They", "We",
            "But", "And", "In", "This", "That", "A", "An", "There", "I", "His", "Her", "Its",
            "Their", "Our", "As", "At", "On", "For", "However", "Meanwhile");

    /** Sentence spans of {@code paragraph}, relative to its start, covering no outer spaces. */
    List<Span> split(String paragraph) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpaces(paragraph, 0);
        int n = paragraph.length();
        for (int i = start; i < n; i++) {
            char c = paragraph.charAt(i);
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                continue;
            }
            int end = i + 1;
            while (end < n && closing(paragraph.charAt(end))) {
                end++;
            }
            if (end >= n || !Character.isWhitespace(paragraph.charAt(end))) {
                continue;
            }
            int next = skipSpaces(paragraph, end);
            if (next >= n || !opensSentence(paragraph, next)) {
                continue;
            }
            if (c == '.' && end == i + 1 && !endsSentence(paragraph, i, next)) {
                continue;
            }
            sentences.add(new Span(start, trimEnd(paragraph, start, end)));
            start = next;
            i = next - 1;
        }
        if (start < n) {
            int end = trimEnd(paragraph, start, n);
            if (end > start) {
                sentences.add(new Span(start, end));
            }
        }
        return sentences;
    }

    /** Whether the stop at {@code dot}, followed by a word at {@code next}, ends a sentence. */
    private static boolean endsSentence(String s, int dot, int next) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(s.charAt(wordStart - 1))
                && s.charAt(wordStart - 1) != '(' && s.charAt(wordStart - 1) != '"'
                && s.charAt(wordStart - 1) != '\u201c') {
            wordStart--;
        }
        String word = s.substring(wordStart, dot);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "John F. Kennedy"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("no") || lower.equals("nos") || lower.equals("art")) {
            return !Character.isDigit(s.charAt(next)); // "No. 10", but "said no. Then"
        }
        if (ABBREVIATIONS.contains(lower)) {
            return false;
        }
        if (word.indexOf('.') > 0 && word.length() <= 6 && Character.isLetter(word.charAt(0))) {
            return STARTERS.contains(nextWord(s, next)); // "U.S." inside a sentence
        }
        return true;
    }

    private static String nextWord(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end);
    }

    private static boolean opensSentence(String s, int i) {
        char c = s.charAt(i);
        if (Character.isUpperCase(c) || Character.isDigit(c)) {
            return true;
        }
        if (c == '"' || c == '\u201c' || c == '\u2018' || c == '(' || c == '[' || c == '\u00ab'
                || c == '\'') {
            return i + 1 < s.length() && (Character.isUpperCase(s.charAt(i + 1))
                    || Character.isDigit(s.charAt(i + 1)));
        }
        return false;
    }

    private static boolean closing(char c) {
        return c == '"' || c == '\u201d' || c == '\u2019' || c == '\'' || c == ')' || c == ']'
                || c == '\u00bb';
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String s, int start, int end) {
        while (end > start && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
