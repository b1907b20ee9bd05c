package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns Markdown into plain lines: no heading marks, emphasis, link targets or images. */
final class MarkdownText {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*$");
    private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d+[.)])\\s+(?=\\S)");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,}|={3,})$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK =
            Pattern.compile("\\[([^\\]]+)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EM_STAR =
            Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])");
    private static final Pattern EM_UNDER =
            Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static final Pattern TITLE_HEADING = Pattern.compile("^#\\s+\\S.*");

    /** Above the title stand a kicker, a picture, a label: short lines, no paragraph of prose. */
    private static final int MAX_WORDS_ABOVE_TITLE = 8;

    private MarkdownText() {}

    /**
     * The page's title heading ("# Allies agree..."), plain, when the page has one only and no
     * paragraph stands above it: a kicker or section heading above it ("## Briefing") is no title.
     * "" if none.
     */
    static String titleHeading(String markdown) {
        String title = "";
        boolean above = true;
        for (String line : Words.lines(markdown)) {
            String l = line.strip();
            if (TITLE_HEADING.matcher(l).matches()) {
                if (!title.isEmpty() || !above) {
                    return "";
                }
                title = plainLine(l);
            } else if (title.isEmpty()
                    && !l.isEmpty()
                    && Words.count(l, MAX_WORDS_ABOVE_TITLE) > MAX_WORDS_ABOVE_TITLE) {
                above = false;
            }
        }
        return title;
    }

    /** Plain text of {@code markdown}, line for line (front matter becomes blank lines). */
    static String toPlain(String markdown) {
        List<String> out = new ArrayList<>();
        String[] lines = Words.lines(markdown).toArray(String[]::new);
        int i = 0;
        // YAML front matter describes the file, not the story.
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int end = 1;
            while (end < lines.length && !lines[end].strip().equals("---")) {
                end++;
            }
            if (end < lines.length) {
                i = end + 1;
            }
        }
        for (; i < lines.length; i++) {
            out.add(plainLine(lines[i]));
        }
        return String.join("\n", out);
    }

    static String plainLine(String line) {
        String l = line.strip();
        if (RULE.matcher(l).matches()) {
            return "";
        }
        l = QUOTE.matcher(l).replaceFirst("");
        l = HEADING.matcher(l).replaceFirst("$1");
        // A list item that is a link and nothing else is a page's link list (related stories,
        // share buttons, a menu): none of it is the story's text.
        Matcher item = LIST_ITEM.matcher(l);
        if (item.lookingAt() && LINK.matcher(l.substring(item.end()).strip()).matches()) {
            return "";
        }
        // A list item keeps a bullet so that it stays its own paragraph.
        l = item.replaceFirst("• ");
        l = IMAGE.matcher(l).replaceAll("");
        l = LINK.matcher(l).replaceAll("$1");
        l = REF_LINK.matcher(l).replaceAll("$1");
        l = STRONG.matcher(l).replaceAll("$2");
        l = EM_STAR.matcher(l).replaceAll("$1");
        l = EM_UNDER.matcher(l).replaceAll("$1");
        return CODE.matcher(l).replaceAll("$1");
    }
}
