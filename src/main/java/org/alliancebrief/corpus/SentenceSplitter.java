package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences, knowing abbreviations ("U.S.", "Dec. 5", "Mr.") and initials;
 * the lists are in {@code lexicon/en/}: abbreviations before names, before numbers, the others, and
 * the words that start sentences.
 */
final class SentenceSplitter {
    /** Always followed by a name or number, so never the end of a sentence. */
    private static final Set<String> TITLES =
            Set.copyOf(ResourceLines.read("lexicon/en/abbreviations-before-names.txt"));

    /** Abbreviations only before a number ("No. 10"); "no." can also end a sentence. */
    private static final Set<String> NUMBERED =
            Set.copyOf(ResourceLines.read("lexicon/en/abbreviations-before-numbers.txt"));

    /** Usually mid-sentence, but may end one when a sentence-starting word follows. */
    private static final Set<String> ABBREVIATIONS =
            Set.copyOf(ResourceLines.read("lexicon/en/abbreviations.txt"));

    /** Words that start sentences: after an abbreviation they show the sentence did end. */
    private static final Set<String> STARTERS =
            Set.copyOf(ResourceLines.read("lexicon/en/sentence-starters.txt"));

    private static final String ENDS = ".!?\u2026";
    private static final String CLOSERS = "\"\u201d\u2019')]";
    private static final String OPENERS = "\"\u201c\u2018'([";

    private SentenceSplitter() {}

    /** The sentences of {@code paragraph} (single-spaced, stripped), as spans into it. */
    static List<Span> split(String paragraph) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            if (!isEnd(paragraph.charAt(i))) {
                continue;
            }
            int end = i + 1;
            while (end < n
                    && (ENDS.indexOf(paragraph.charAt(end)) >= 0
                            || CLOSERS.indexOf(paragraph.charAt(end)) >= 0)) {
                end++;
            }
            int next = end;
            while (next < n && paragraph.charAt(next) == ' ') {
                next++;
            }
            if (next == end || next >= n || !startsSentence(paragraph.charAt(next))) {
                i = end - 1;
                continue;
            }
            if (paragraph.charAt(i) == '.' && end == i + 1 && isAbbreviation(paragraph, i, next)) {
                i = end - 1;
                continue;
            }
            out.add(new Span(start, end));
            start = next;
            i = next - 1;
        }
        if (start < n) {
            out.add(new Span(start, n));
        }
        return out;
    }

    private static boolean isEnd(char c) {
        return c == '.'
                || c == '!'
                || c == '?'
                || c == '\u2026'; // ENDS, without a lookup a character
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Whether the period at {@code dot} closes an abbreviation rather than the sentence. */
    private static boolean isAbbreviation(String text, int dot, int next) {
        int from = dot;
        while (from > 0
                && text.charAt(from - 1) != ' '
                && OPENERS.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        String token = text.substring(from, dot);
        String key = token.toLowerCase(Locale.ROOT);
        if (TITLES.contains(key)) {
            return true;
        }
        if (NUMBERED.contains(key)) {
            return Character.isDigit(text.charAt(next));
        }
        boolean initial = token.length() == 1 && Character.isUpperCase(token.charAt(0));
        boolean dotted = isDotted(token); // "U.S", "e.g"
        if (initial || dotted || ABBREVIATIONS.contains(key)) {
            return Character.isDigit(text.charAt(next)) || !STARTERS.contains(nextWord(text, next));
        }
        return false;
    }

    /** Whether {@code token} is letters joined by single periods ("U.S", "e.g"). */
    private static boolean isDotted(String token) {
        int i = 0;
        int periods = 0;
        while (i < token.length()) {
            int letter = token.codePointAt(i);
            if (!Character.isLetter(letter)) {
                return false;
            }
            i += Character.charCount(letter);
            if (i == token.length()) {
                return periods > 0;
            }
            if (token.charAt(i) != '.') {
                return false;
            }
            i++;
            periods++;
        }
        return false;
    }

    private static String nextWord(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end);
    }
}
