package org.alliancebrief.corpus;

import java.util.regex.Pattern;

/** Strips Markdown markup so that the parser reads the words: headings, emphasis, links. */
final class MarkdownText {
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*$");
    private static final Pattern QUOTE_BLOCK = Pattern.compile("(?m)^\\s{0,3}>\\s?");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern FRONT_MATTER = Pattern.compile("(?s)\\A---\\n.*?\\n---\\n");

    private MarkdownText() {}

    static String toText(String markdown) {
        String s = markdown.replace("\r\n", "\n").replace('\r', '\n');
        s = FRONT_MATTER.matcher(s).replaceFirst("");
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = RULE.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceAll("$1\n");
        s = QUOTE_BLOCK.matcher(s).replaceAll("");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        return s;
    }
}
