package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * The venue grammar: tells a place that is only where something happens ("talks in Portugal", "in
 * the Slovakian capital Bratislava", "a Washington-based think tank") from a state that acts or is
 * acted upon ("Portugal sent two frigates", "Moscow said", "Kyiv's forces"). One grammar for a
 * country's name and for a capital or seat of government that may stand for its state, read on the
 * article's tokens, a few before and after the name; its words are the lexicon's:
 *
 * <ul>
 *   <li>a cue, then "the" or not, then a description of a capital or not, right before the name:
 *       "talks in Portugal", "at a meeting in the Slovakian capital Bratislava" (venue-cues,
 *       capital-nouns); before a capital also a bare place cue: "in Washington", "left Moscow"
 *       (place-cues);
 *   <li>only after a capital, a word that makes it a place or part of another name: "the Washington
 *       summit", "the Moscow Times", "Washington-based", "Washington, D.C." (place-words);
 *   <li>only before a country, a city that lies in it: "in Davos, Switzerland" (city-cues), or a
 *       dateline "BRUSSELS (Belgium)".
 * </ul>
 */
final class Venues {
    /** What kind of name is read: the grammar is the same, some of its lists are not. */
    enum Place {
        COUNTRY,
        CAPITAL
    }

    private final Lexicon lex;

    /** The cues before a country's name, by their last word. */
    private final Map<String, List<String[]>> countryCues = new HashMap<>();

    /** The cues before a capital's name (venue and place cues), by their last word. */
    private final Map<String, List<String[]>> capitalCues = new HashMap<>();

    /** The words after a capital's name, by their first element. */
    private final Map<String, List<String[]>> placeWords = new HashMap<>();

    Venues(Lexicon lex) {
        this.lex = lex;
        for (String cue : lex.list(WordList.VENUE_CUES.file())) {
            byLast(countryCues, cue);
            byLast(capitalCues, cue);
        }
        for (String cue : lex.list(WordList.PLACE_CUES.file())) {
            byLast(capitalCues, cue);
        }
        for (String word : lex.list(WordList.PLACE_WORDS.file())) {
            String[] elements = word.split(" ");
            placeWords.computeIfAbsent(elements[0], k -> new ArrayList<>()).add(elements);
        }
    }

    private static void byLast(Map<String, List<String[]>> cues, String cue) {
        String[] words = cue.split(" ");
        cues.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(words);
    }

    /**
     * Whether the name of {@code place} from {@code start} to {@code end} of {@code text} is only
     * where something happens; {@code tokens} are all the text's, in order.
     */
    boolean onlyPlace(Place place, String text, List<Token> tokens, int start, int end) {
        int i = TokenText.firstAt(tokens, start);
        // A name that starts inside a word ("pro-Moscow") has no cue before it.
        boolean wordStart = i < tokens.size() && tokens.get(i).start() == start;
        if (place == Place.CAPITAL) {
            return wordStart && cueBefore(capitalCues, tokens, i) || wordAfter(text, tokens, end);
        }
        return wordStart && (inCity(text, tokens, i) || cueBefore(countryCues, tokens, i));
    }

    /**
     * "cue [the] [[adjective] capital[,]] NAME" ending right before token {@code i}, with white
     * space before the name.
     */
    private boolean cueBefore(Map<String, List<String[]>> cues, List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i - 1).end() == tokens.get(i).start()) {
            return false; // no cue but one followed by a space: not "capital,Vilnius"
        }
        int last = i - 1;
        if (cueOrTheAt(cues, tokens, last)) {
            return true;
        }
        int noun = capitalNoun(tokens, last);
        return noun >= 0
                && (cueOrTheAt(cues, tokens, noun - 1)
                        || adjective(tokens, noun - 1) && cueOrTheAt(cues, tokens, noun - 2));
    }

    /** A cue ending at token {@code k}, or at the one before a "the" at {@code k}. */
    private static boolean cueOrTheAt(Map<String, List<String[]>> cues, List<Token> tokens, int k) {
        return cueAt(cues, tokens, k)
                || k >= 0
                        && tokens.get(k) instanceof Token.Word w
                        && w.lower().equals("the")
                        && cueAt(cues, tokens, k - 1);
    }

    /** Whether a cue's words are the tokens ending at {@code k}. */
    private static boolean cueAt(Map<String, List<String[]>> cues, List<Token> tokens, int k) {
        if (k < 0 || !(tokens.get(k) instanceof Token.Word last)) {
            return false;
        }
        for (String[] cue : cues.getOrDefault(last.lower(), List.of())) {
            int first = k - cue.length + 1;
            boolean all = first >= 0;
            for (int m = 0; all && m < cue.length - 1; m++) {
                all = tokens.get(first + m) instanceof Token.Word w && w.lower().equals(cue[m]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The index of "capital" in "capital" or "capital," ending at token {@code k}, else -1. */
    private int capitalNoun(List<Token> tokens, int k) {
        int noun = k;
        if (tokens.get(k) instanceof Token.Punct p
                && p.mark() == ','
                && k > 0
                && tokens.get(k - 1).end() == p.start()) {
            noun = k - 1;
        }
        return tokens.get(noun) instanceof Token.Word w
                        && lex.has(WordList.CAPITAL_NOUNS, w.lower())
                ? noun
                : -1;
    }

    /** One word of letters and hyphens: "Slovakian", "new", "Baltic-Sea". */
    private static boolean adjective(List<Token> tokens, int k) {
        if (k < 0 || !(tokens.get(k) instanceof Token.Word w)) {
            return false;
        }
        String s = w.text();
        for (int c = 0; c < s.length(); c++) {
            if (!Character.isLetter(s.charAt(c)) && (c == 0 || s.charAt(c) != '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A place word right after the name ending at {@code end}: the rest of the name's own word
     * ("-based"), or the tokens after it ("summit", ", D.C.").
     */
    private boolean wordAfter(String text, List<Token> tokens, int end) {
        int k = TokenText.firstAt(tokens, end);
        if (k > 0 && tokens.get(k - 1).end() > end) { // the name ends inside a word
            String rest = hyphenPart(text.substring(end, tokens.get(k - 1).end()), 1);
            for (String[] word : placeWords.getOrDefault(rest, List.of())) {
                if (word.length == 1) {
                    return true;
                }
            }
            return false;
        }
        if (k == tokens.size()) {
            return false;
        }
        for (String[] word : placeWords.getOrDefault(key(tokens.get(k)), List.of())) {
            boolean all = k + word.length <= tokens.size();
            for (int m = 1; all && m < word.length; m++) {
                all = key(tokens.get(k + m)).equals(word[m]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a token is compared with a place word: a word in lower case up to its first hyphen
     * ("Post-ABC": "post"), a mark as itself.
     */
    private static String key(Token t) {
        return switch (t) {
            case Token.Word w -> hyphenPart(w.lower(), 0);
            case Token.Punct p -> String.valueOf(p.mark());
            default -> "";
        };
    }

    /** {@code s} up to its first hyphen at or after {@code from}, in lower case. */
    private static String hyphenPart(String s, int from) {
        int hyphen = s.indexOf('-', from);
        return (hyphen < 0 ? s : s.substring(0, hyphen)).toLowerCase(Locale.ROOT);
    }

    /**
     * A city right before a country's name, at token {@code i}: "in Davos, Switzerland" (a city
     * cue, one or two capitalised words and a comma) or a dateline "BRUSSELS (Belgium)" (one or two
     * capitalised words opening a line, and a bracket right before the name).
     */
    private boolean inCity(String text, List<Token> tokens, int i) {
        if (i < 2 || !(tokens.get(i - 1) instanceof Token.Punct p)) {
            return false;
        }
        boolean comma = p.mark() == ',' && tokens.get(i - 2).end() == p.start();
        boolean bracket = (p.mark() == '(' || p.mark() == '[') && p.end() == tokens.get(i).start();
        int second = comma || bracket ? cityWord(text, tokens, i - 2) : -1;
        if (second < 0) {
            return false;
        }
        int first =
                second > 0 && spaced(tokens, second - 1, second)
                        ? cityWord(text, tokens, second - 1)
                        : -1;
        if (comma) {
            return cityCue(tokens, second) || first >= 0 && cityCue(tokens, first);
        }
        return lineStart(text, tokens.get(second).start())
                || first >= 0 && lineStart(text, tokens.get(first).start());
    }

    /** A city cue, as written, and a space before the city's word at token {@code k}. */
    private boolean cityCue(List<Token> tokens, int k) {
        return k > 0
                && spaced(tokens, k - 1, k)
                && tokens.get(k - 1) instanceof Token.Word w
                && w.shape() == Token.Shape.LOWER
                && lex.has(WordList.CITY_CUES, w.text());
    }

    /**
     * The index of the word of a city's name ending at token {@code k}, its dot included ("St."): a
     * capital letter, then letters, dots, apostrophes or hyphens, two characters at least; else -1.
     */
    private static int cityWord(String text, List<Token> tokens, int k) {
        if (k < 0) {
            return -1;
        }
        int w = k;
        if (tokens.get(k) instanceof Token.Punct p
                && p.mark() == '.'
                && k > 0
                && tokens.get(k - 1).end() == p.start()) {
            w = k - 1;
        }
        if (!(tokens.get(w) instanceof Token.Word word)
                || Character.getType(text.charAt(word.start())) != Character.UPPERCASE_LETTER
                || tokens.get(k).end() - word.start() < 2) {
            return -1;
        }
        for (int c = word.start() + 1; c < tokens.get(k).end(); c++) {
            char ch = text.charAt(c);
            if (!Character.isLetter(ch) && ch != '.' && ch != '\'' && ch != '-') {
                return -1;
            }
        }
        return w;
    }

    private static boolean spaced(List<Token> tokens, int before, int after) {
        return tokens.get(before).end() < tokens.get(after).start();
    }

    private static boolean lineStart(String text, int at) {
        return at == 0 || text.charAt(at - 1) == '\n';
    }
}
