package org.alliancebrief.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the headline among a page's top lines. A headline is a content line of one phrase or
 * sentence; never a date, dateline, stamp, navigation, number or the site's name. In order: the
 * line that matches the headline the page's metadata declares; a line the page repeats (a headline
 * printed twice, or closing a breadcrumb); the first headline-shaped line, passing over a one- or
 * two-word section label or a place stamp ("London, UK") when a fuller line follows, and over the
 * short lines of a widget (weather, clock) when a headline stands right above the story's first
 * paragraph. A page that opens with prose has no headline: it is named by its first sentence.
 */
final class HeadlineChooser {
    /** Only the top of a page holds its headline. */
    private static final int TOP_LINES = 40;

    private static final int MAX_HEADLINE_WORDS = 30;

    /** A two-sentence headline ("X happened. Y won't") is short and has no final full stop. */
    private static final int MAX_TWO_SENTENCE_WORDS = 25;

    private static final int MAX_LABEL_WORDS = 2;

    /** A line of this many words that ends with a full stop is a sentence of the body. */
    private static final int MIN_PROSE_WORDS = 12;

    /** How many content lines after a section label may hold the fuller headline. */
    private static final int LABEL_LOOKAHEAD = 3;

    /** A place stamp is a place and its country or region: "London, UK", "Kyiv, Ukraine". */
    private static final int MAX_STAMP_WORDS = 4;

    /** Short lines of a widget (weather, clock, a place) may stand between the top and a title. */
    private static final int MAX_WIDGET_WORDS = 8;

    /** How many short lines above a headline are passed over to reach it. */
    private static final int WIDGET_LOOKAHEAD = 8;

    /** The story has begun at its first line of prose: this many words and a final stop. */
    private static final int MIN_WORDS_PROSE_LINE = 8;

    /**
     * @param at the line of the headline, or of the opening content line when {@code derived}; -1
     *     if none
     * @param derived the page has no headline; name it by the first sentence at {@code at}
     * @param declared the headline is the declared one and stands on no line of the page
     */
    record Choice(int at, boolean derived, boolean declared) {}

    private final List<String> lines;
    private final PageLine[] kinds;
    private final String[] texts;
    private final boolean[] dropped;
    private final Outlets outlets;
    private final String site;

    HeadlineChooser(
            List<String> lines,
            PageLine[] kinds,
            String[] texts,
            boolean[] dropped,
            Outlets outlets,
            String site) {
        this.lines = lines;
        this.kinds = kinds;
        this.texts = texts;
        this.dropped = dropped;
        this.outlets = outlets;
        this.site = LineKey.of(site);
    }

    Choice choose(String declared) {
        int end = topEnd();
        String wanted = LineKey.of(declared);
        if (!wanted.isEmpty()) {
            for (int i = 0; i < end; i++) {
                if (texts[i] != null
                        && !dropped[i]
                        && wanted.equals(LineKey.of(texts[i], 0, wanted.length()))) {
                    return new Choice(i, false, false);
                }
            }
            return new Choice(-1, false, true);
        }
        int repeated = repeated(end);
        if (repeated >= 0) {
            return new Choice(repeated, false, false);
        }
        for (int i = 0; i < end; i++) {
            if (kinds[i] != PageLine.CONTENT) {
                continue;
            }
            boolean headline = isHeadline(i);
            if (!headline && isWidgetLine(i) || headline && isPlaceStamp(texts[i])) {
                int title = headlineAboveStory(i, end);
                if (title >= 0) {
                    return new Choice(title, false, false);
                }
            }
            if (!headline) {
                return new Choice(i, true, false);
            }
            if (isLabel(i) && fullerHeadlineFollows(i, end)) {
                continue;
            }
            return new Choice(i, false, false);
        }
        for (int i = end; i < lines.size(); i++) {
            if (kinds[i] == PageLine.CONTENT) {
                return new Choice(i, true, false);
            }
        }
        return new Choice(-1, false, false);
    }

    /**
     * The first headline-shaped line that the top of the page shows twice, or -1. A headline has a
     * body below it: a line repeated below the first sentence of prose with none after it is a
     * related story's link, not the headline. Only keys as long as a headline can be are built: a
     * paragraph's key is left unfinished.
     */
    private int repeated(int end) {
        int body = firstProse(end);
        int last = lastProse();
        int longest = longestHeadline(end);
        Map<LineKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < end; i++) {
            if (texts[i] == null) {
                continue;
            }
            LineKey k = LineKey.measure(texts[i], 0, longest);
            Integer first = k == null ? null : seen.get(k);
            if (first != null && isHeadline(i) && !isLabel(i) && (first < body || last > i)) {
                return isHeadline(first) ? first : i;
            }
            if (k != null) {
                seen.putIfAbsent(k, i);
            }
            if (dropped[i]) {
                // A breadcrumb ends with the page's own headline: "Home / News / Allies meet".
                int slash =
                        Math.max(
                                texts[i].lastIndexOf(" / "),
                                Math.max(
                                        texts[i].lastIndexOf(" > "),
                                        texts[i].lastIndexOf(" \u00bb ")));
                LineKey tail = slash > 0 ? LineKey.measure(texts[i], slash + 3, longest) : null;
                if (tail != null) {
                    seen.putIfAbsent(tail, i);
                }
            }
        }
        return -1;
    }

    /**
     * The length of the longest line in the top {@code end} that may be a headline (content, few
     * words): no headline's key is longer.
     */
    private int longestHeadline(int end) {
        int longest = 0;
        for (int i = 0; i < end; i++) {
            if (kinds[i] == PageLine.CONTENT
                    && texts[i].length() > longest
                    && Words.count(texts[i], MAX_HEADLINE_WORDS) <= MAX_HEADLINE_WORDS) {
                longest = texts[i].length();
            }
        }
        return longest;
    }

    /** The first line of running prose among the top {@code end} lines, or {@code end}. */
    private int firstProse(int end) {
        for (int i = 0; i < end; i++) {
            if (isProse(i)) {
                return i;
            }
        }
        return end;
    }

    /** The page's last line of running prose, or -1. */
    private int lastProse() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isProse(i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether line {@code i} is running prose: a content line that cannot be a headline, or a
     * sentence of {@value #MIN_PROSE_WORDS} words or more with its full stop.
     */
    private boolean isProse(int i) {
        return kinds[i] == PageLine.CONTENT
                && (!isHeadline(i)
                        || Unwrapper.endsTerminal(texts[i])
                                && Words.count(texts[i], MIN_PROSE_WORDS) >= MIN_PROSE_WORDS);
    }

    private int topEnd() {
        int n = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty() && ++n > TOP_LINES) {
                return i;
            }
        }
        return lines.size();
    }

    /** Whether line {@code i} can be a headline. */
    private boolean isHeadline(int i) {
        if (kinds[i] != PageLine.CONTENT) {
            return false;
        }
        String t = texts[i];
        char first = t.charAt(0);
        if (!(Character.isUpperCase(first)
                || Character.isDigit(first)
                || "\"\u201c\u2018'\u00ab".indexOf(first) >= 0)) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (",;:".indexOf(last) >= 0) {
            return false;
        }
        int words = Words.count(t, MAX_HEADLINE_WORDS);
        if (words > MAX_HEADLINE_WORDS) {
            return false;
        }
        int sentences = SentenceSplitter.split(t).size();
        if (sentences > 2
                || sentences == 2
                        && (words > MAX_TWO_SENTENCE_WORDS || Unwrapper.endsTerminal(t))) {
            return false;
        }
        if (LineKey.of(t).equals(site)
                || outlets.find(t).map(o -> LineKey.of(o).equals(LineKey.of(t))).orElse(false)) {
            return false;
        }
        // A line opening with a dateline ("BRUSSELS — Allies agreed ...") opens the story.
        if (Dateline.split(t, outlets).isPresent()) {
            return false;
        }
        // A line that runs on into a lower-case line is the start of a hard-wrapped sentence.
        if (i + 1 < lines.size()
                && !lines.get(i + 1).isEmpty()
                && Character.isLowerCase(lines.get(i + 1).charAt(0))) {
            return false;
        }
        return true;
    }

    /**
     * A section label: one or two words ("World", "Off the wire" is furniture), or labels joined by
     * bars ("International | The Week"), with no full stop.
     */
    private boolean isLabel(int i) {
        if (Unwrapper.endsTerminal(unbracketed(texts[i]))) {
            return false;
        }
        int from = 0;
        for (int bar = texts[i].indexOf('|'); ; bar = texts[i].indexOf('|', from)) {
            String part = texts[i].substring(from, bar < 0 ? texts[i].length() : bar).strip();
            if (Words.count(part, MAX_LABEL_WORDS) > MAX_LABEL_WORDS) {
                return false;
            }
            if (bar < 0) {
                return true;
            }
            from = bar + 1;
        }
    }

    /**
     * Whether a fuller headline (no full stop at its end) follows the label at {@code i} before any
     * prose: section labels stand right above the headline.
     */
    private boolean fullerHeadlineFollows(int i, int end) {
        int seen = 0;
        for (int j = i + 1; j < end && seen < LABEL_LOOKAHEAD; j++) {
            if (kinds[j] != PageLine.CONTENT) {
                continue;
            }
            seen++;
            if (!isHeadline(j) || Unwrapper.endsTerminal(texts[j])) {
                return false;
            }
            if (!isLabel(j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code t} is a place with its country or region and nothing else ("London, UK",
     * "Brussels, Belgium"): a location stamp or dateline without its date, never a title. Every
     * word is capitalised and one comma parts the place from the region.
     */
    static boolean isPlaceStamp(String t) {
        int comma = t.indexOf(',');
        if (comma <= 0 || t.indexOf(',', comma + 1) >= 0 || comma == t.length() - 1) {
            return false;
        }
        String[] words = t.replace(",", " ").trim().split(" +");
        if (words.length < 2 || words.length > MAX_STAMP_WORDS) {
            return false;
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0))
                    || !w.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code t} without a bracket that ends it ("Kyiv (EET)" → "Kyiv"): a closing bracket ends a
     * sentence, but a short line ending on one is no sentence for that.
     */
    private static String unbracketed(String t) {
        int open = t.endsWith(")") ? t.lastIndexOf('(') : -1;
        return open > 0 ? t.substring(0, open).strip() : t;
    }

    /** A short line that is no sentence: a widget's reading, a place, a label. */
    private boolean isWidgetLine(int i) {
        return !Unwrapper.endsTerminal(unbracketed(texts[i]))
                && Words.count(texts[i], MAX_WIDGET_WORDS) <= MAX_WIDGET_WORDS;
    }

    /**
     * The headline that follows line {@code i} past short lines only and stands right above a line
     * of prose (the story's title over its first paragraph), or -1.
     */
    private int headlineAboveStory(int i, int end) {
        int seen = 0;
        for (int j = i + 1; j < end && seen < WIDGET_LOOKAHEAD; j++) {
            if (kinds[j] != PageLine.CONTENT) {
                continue;
            }
            seen++;
            if (isHeadline(j) && !isLabel(j) && !isPlaceStamp(texts[j]) && proseFollows(j, end)) {
                return j;
            }
            if (!isWidgetLine(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the next content line after {@code j} is prose (a meta line may stand between). */
    private boolean proseFollows(int j, int end) {
        for (int k = j + 1; k < end; k++) {
            if (kinds[k] == PageLine.CONTENT) {
                return isProse(texts[k]);
            }
        }
        return false;
    }

    /** A line of prose: enough words, and a stop at its end (perhaps inside quotes). */
    private static boolean isProse(String text) {
        return Unwrapper.endsTerminal(text)
                && Words.count(text, MIN_WORDS_PROSE_LINE) >= MIN_WORDS_PROSE_LINE;
    }
}
