package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cheap looks at a page's raw text: which format it is in, transcript timestamps, a source line's
 * URL.
 */
final class PageFormat {
    /** How much of a file is sniffed for its format. */
    private static final int SNIFF_CHARS = 8192;

    private static final int MIN_HTML_TAGS = 5;

    private static final int SNIFF_LINES = 60;

    /** Transcripts stamp most lines; a few times in prose ("at 10:30") are not stamps. */
    private static final int MIN_STAMPED_LINES = 3;

    private static final List<String> TAGS =
            List.of(
                    "<p>", "<p ", "<div", "<br", "<span", "<figure", "<img", "<a ", "<h1", "<h2",
                    "<h3", "<li", "</p>", "</div>");

    /**
     * Tags that lay out blocks: a page with one of them is HTML whose line breaks mean nothing. A
     * page with only inline tags ("<span style=...>") is text whose lines are its layout.
     */
    private static final List<String> BLOCK_TAGS =
            List.of(
                    "<p>",
                    "<p ",
                    "</p>",
                    "<div",
                    "</div>",
                    "<br",
                    "<h1",
                    "<h2",
                    "<h3",
                    "<h4",
                    "<li",
                    "<ul",
                    "<ol",
                    "<table",
                    "<tr",
                    "<td",
                    "<html",
                    "<body",
                    "<article",
                    "<section",
                    "<figure",
                    "<!doctype",
                    "<head");

    /** Inline tags taken out of a text page, their content kept. */
    private static final List<String> INLINE_TAGS =
            List.of(
                    "span", "a", "b", "i", "u", "em", "strong", "font", "small", "sup", "sub",
                    "mark", "abbr", "cite", "time");

    /** No tag is longer than this: a '<' with no '>' within it is text. */
    private static final int MAX_TAG_CHARS = 500;

    private static final List<String> SOURCE_LABELS =
            List.of("source:", "original:", "original article:", "read more at:", "via:", "url:");

    private PageFormat() {}

    /** Whether text saved as plain text is in fact HTML (a scraper's raw page body). */
    static boolean looksLikeHtml(String text) {
        String head = text.length() <= SNIFF_CHARS ? text : text.substring(0, SNIFF_CHARS);
        int tags = 0;
        for (int at = head.indexOf('<');
                at >= 0 && tags < MIN_HTML_TAGS;
                at = head.indexOf('<', at + 1)) {
            for (String tag : TAGS) {
                tags += CaseFold.startsAt(head, at, tag) ? 1 : 0;
            }
        }
        return tags >= MIN_HTML_TAGS;
    }

    /**
     * Whether {@code text}, which {@link #looksLikeHtml} takes for HTML, holds no tag that lays out
     * a block: then its lines, not its tags, are its layout.
     */
    static boolean onlyInlineTags(String text) {
        String head = text.length() <= SNIFF_CHARS ? text : text.substring(0, SNIFF_CHARS);
        for (int at = head.indexOf('<'); at >= 0; at = head.indexOf('<', at + 1)) {
            for (String tag : BLOCK_TAGS) {
                if (CaseFold.startsAt(head, at, tag)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code text} without its inline tags ({@code <span ...>}, {@code </span>}, {@code <a
     * href=...>}), their content and every line break kept. Each tag is read once, and never past
     * its line or {@value #MAX_TAG_CHARS} characters.
     */
    static String withoutInlineTags(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = text.charAt(i) == '<' ? inlineTagEnd(text, i) : -1;
            if (end > 0) {
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The end of the inline tag opening at {@code at}, or -1 when none opens there. */
    private static int inlineTagEnd(String text, int at) {
        int i = at + 1;
        if (i < text.length() && text.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        if (i == nameStart
                || !INLINE_TAGS.contains(text.substring(nameStart, i).toLowerCase(Locale.ROOT))
                || i < text.length() && text.charAt(i) != '>' && text.charAt(i) != ' ') {
            return -1;
        }
        int limit = Math.min(text.length(), at + MAX_TAG_CHARS);
        for (; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '\n' || c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether plain text is written in Markdown: "# " headings at the top. Lines end at CR LF, CR
     * or LF, as {@link Words#lines} cuts them; they are looked at where they start, not cut.
     */
    static boolean looksLikeMarkdown(String text) {
        int start = 0;
        for (int line = 0; line < SNIFF_LINES && start >= 0; line++) {
            if (text.startsWith("# ", start)
                    || text.startsWith("## ", start)
                    || text.startsWith("### ", start)) {
                return true;
            }
            start = nextLine(text, start);
        }
        return false;
    }

    /** Where the line after the one starting at {@code start} starts, or -1 if it is the last. */
    private static int nextLine(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return -1;
    }

    /** {@code lines} without the "00:11" stamps a video transcript opens its lines with. */
    static List<String> withoutTimestamps(List<String> lines) {
        int stamped = 0;
        int nonBlank = 0;
        for (String l : lines) {
            if (!l.isEmpty()) {
                nonBlank++;
                stamped += stampEnd(l) > 0 ? 1 : 0;
            }
        }
        if (stamped < MIN_STAMPED_LINES || stamped * 2 < nonBlank) {
            return lines;
        }
        List<String> out = new ArrayList<>(lines.size());
        for (String l : lines) {
            int end = stampEnd(l);
            out.add(end > 0 ? l.substring(end).strip() : l);
        }
        return out;
    }

    /** The end of a "mm:ss" or "h:mm:ss" stamp opening {@code l}, or 0. */
    private static int stampEnd(String l) {
        int i = 0;
        int groups = 0;
        while (true) {
            int start = i;
            while (i < l.length() && Character.isDigit(l.charAt(i)) && i - start < 2) {
                i++;
            }
            if (i == start || groups > 0 && i - start != 2) {
                return 0;
            }
            groups++;
            if (i < l.length() && l.charAt(i) == ':' && groups < 3) {
                i++;
                continue;
            }
            return groups >= 2 ? i : 0;
        }
    }

    /** The address on a "Source: https://..." line, or "". */
    static String sourceUrl(List<String> lines) {
        for (String l : lines) {
            for (String label : SOURCE_LABELS) {
                if (CaseFold.startsWith(l, label)) {
                    String lower = l.toLowerCase(Locale.ROOT);
                    int at = lower.indexOf("http");
                    if (at > 0) {
                        int end = l.indexOf(' ', at);
                        return l.substring(at, end < 0 ? l.length() : end);
                    }
                }
            }
        }
        return "";
    }
}
