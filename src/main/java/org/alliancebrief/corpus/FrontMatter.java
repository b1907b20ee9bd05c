package org.alliancebrief.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.parser.Parser;

/**
 * The YAML front matter that opens a Markdown file or a blog-engine post ("---", "key: value"
 * lines, "---"), read as page metadata. Only top-level scalar keys are read, leniently: scraped
 * front matter is often not strict YAML.
 *
 * @param meta the page metadata the keys give
 * @param bodyStart the index of the first line after the closing "---" (0 when there is none)
 */
record FrontMatter(PageMeta meta, int bodyStart) {
    private static final int MAX_LINES = 200;

    private static final List<String> TITLE_KEYS = List.of("title", "post_title", "headline");
    private static final List<String> DATE_KEYS =
            List.of(
                    "date",
                    "post_date",
                    "published",
                    "published_time",
                    "pubdate",
                    "publishdate",
                    "date_published",
                    "created");
    private static final List<String> URL_KEYS =
            List.of(
                    "url",
                    "canonical_url",
                    "source_url",
                    "original_url",
                    "permalink",
                    "link",
                    "original_link");
    private static final List<String> AUTHOR_KEYS = List.of("author", "authors", "byline");
    private static final List<String> OUTLET_KEYS =
            List.of("source", "site_name", "outlet", "publisher", "site");

    /** Whether {@code text}'s first line is a rule ("---"), as front matter opens. */
    static boolean mayOpen(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        int from = 0; // the line stripped, without copying a page that has no line break
        while (from < end && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - from == 3 && text.startsWith("---", from);
    }

    /** The front matter opening {@code lines}, or none. */
    static FrontMatter of(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return new FrontMatter(PageMeta.NONE, 0);
        }
        int end = 1;
        while (end < lines.size() && end < MAX_LINES && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end >= lines.size() || end >= MAX_LINES) {
            return new FrontMatter(PageMeta.NONE, 0);
        }
        Map<String, String> values = values(lines.subList(1, end));
        String date = "";
        String dateKey = "";
        for (String key : DATE_KEYS) {
            if (!values.getOrDefault(key, "").isEmpty()) {
                date = values.get(key);
                dateKey = key;
                break;
            }
        }
        String url = first(values, URL_KEYS);
        // A relative permalink says nothing about where the page lives.
        if (!url.startsWith("http")) {
            url = "";
        }
        PageMeta meta =
                new PageMeta(
                        first(values, TITLE_KEYS),
                        date,
                        date.isEmpty() ? "" : "front-matter",
                        dateKey,
                        url,
                        first(values, AUTHOR_KEYS),
                        first(values, OUTLET_KEYS));
        return new FrontMatter(meta, end + 1);
    }

    private static String first(Map<String, String> values, List<String> keys) {
        for (String key : keys) {
            String v = values.getOrDefault(key, "");
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    /**
     * Top-level keys with their scalar value: folded and quoted values joined, a list's first item.
     */
    private static Map<String, String> values(List<String> lines) {
        Map<String, String> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder value = new StringBuilder();
        for (String raw : lines) {
            boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
            String line = raw.strip();
            int colon = line.indexOf(':');
            boolean topLevel =
                    !indented
                            && colon > 0
                            && line.substring(0, colon).strip().matches("[A-Za-z_][\\w-]*");
            if (topLevel) {
                put(out, key, value);
                key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                value.setLength(0);
                value.append(line.substring(colon + 1).strip());
            } else if (key != null && !line.isEmpty() && !line.startsWith("#")) {
                if (line.startsWith("- ")
                        && (value.isEmpty()
                                || value.toString().equals(">")
                                || value.toString().equals("|"))) {
                    value.setLength(0);
                    value.append(line.substring(2).strip());
                } else if (!line.startsWith("- ")) {
                    value.append(' ').append(line);
                }
            }
        }
        put(out, key, value);
        return out;
    }

    private static void put(Map<String, String> out, String key, StringBuilder raw) {
        if (key == null || out.containsKey(key)) {
            return;
        }
        String v = raw.toString().strip();
        if (v.startsWith(">") || v.startsWith("|")) {
            v = v.substring(1).strip();
        }
        if (v.length() >= 2
                && (v.startsWith("\"") && v.endsWith("\"")
                        || v.startsWith("'") && v.endsWith("'"))) {
            boolean doubleQuoted = v.charAt(0) == '"';
            v = v.substring(1, v.length() - 1);
            if (doubleQuoted) {
                // YAML escapes in scraped titles: "\_" is a no-break space, a "\" ends a folded
                // line.
                v =
                        v.replace("\\ ", " ")
                                .replace("\\_", " ")
                                .replace("\\\"", "\"")
                                .replaceAll("\\\\\\s+", "");
            } else {
                v = v.replace("''", "'");
            }
        }
        if (v.equals("[]")
                || v.equals("\"\"")
                || v.equals("''")
                || v.equals("~")
                || v.equals("null")) {
            v = "";
        }
        out.put(key, LineCleaner.clean(Parser.unescapeEntities(v, false)));
    }
}
