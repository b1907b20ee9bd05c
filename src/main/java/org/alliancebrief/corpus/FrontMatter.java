package org.alliancebrief.corpus;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The YAML front matter that opens a Markdown file or a blog-engine post ("---", "key: value"
 * lines, "---"), read as page metadata: top-level scalar keys (a list's first item), and the text a
 * content system keeps in the front matter itself, as multi-line values of body keys ("body: >-",
 * "content: |"), at any depth (a list of cards each with its body). Read as YAML; scraped front
 * matter that is not strict YAML is read leniently, for its top-level scalars only.
 *
 * @param meta the page metadata the keys give
 * @param bodyStart the index of the first line after the closing "---" (0 when there is none)
 * @param body the text of the body keys, in the order they stand, blocks separated by a blank line;
 *     "" if none
 */
record FrontMatter(PageMeta meta, int bodyStart, String body) {
    /** Front matter of metadata only is short; a rule this far down closes no front matter. */
    private static final int MAX_LINES = 200;

    /** A content system's front matter holding the text itself is longer: when it is YAML. */
    private static final int MAX_YAML_LINES = 2000;

    /** Keys whose multi-line value is the article's text, not metadata. */
    private static final List<String> BODY_KEYS =
            List.of("body", "content", "text", "article", "article_body", "articlebody");

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
            return new FrontMatter(PageMeta.NONE, 0, "");
        }
        int end = 1;
        while (end < lines.size()
                && end < MAX_YAML_LINES
                && !lines.get(end).strip().equals("---")) {
            end++;
        }
        if (end >= lines.size() || end >= MAX_YAML_LINES) {
            return new FrontMatter(PageMeta.NONE, 0, "");
        }
        List<String> yamlLines = lines.subList(1, end);
        Node root = parsed(yamlLines);
        if (end >= MAX_LINES && !(root instanceof MappingNode)) {
            return new FrontMatter(PageMeta.NONE, 0, "");
        }
        List<String> bodies = new ArrayList<>();
        Map<String, String> values;
        if (root instanceof MappingNode mapping) {
            values = topLevel(mapping);
            collectBodies(root, bodies);
        } else {
            values = values(yamlLines);
        }
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
        return new FrontMatter(meta, end + 1, String.join("\n\n", bodies));
    }

    /** The front matter as a YAML node tree, or null when it is not YAML. */
    private static Node parsed(List<String> lines) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(0);
        try {
            return new Yaml(options).compose(new StringReader(String.join("\n", lines)));
        } catch (YAMLException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The top-level keys, lower case, with their scalar value or a list's first item. */
    private static Map<String, String> topLevel(MappingNode mapping) {
        Map<String, String> values = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                String key = k.getValue().strip().toLowerCase(Locale.ROOT);
                firstScalar(t.getValueNode()).ifPresent(v -> values.putIfAbsent(key, cleaned(v)));
            }
        }
        return values;
    }

    /** A scalar's value, or a list's first scalar item. */
    private static Optional<String> firstScalar(Node node) {
        if (node instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        if (node instanceof SequenceNode seq
                && !seq.getValue().isEmpty()
                && seq.getValue().get(0) instanceof ScalarNode s) {
            return Optional.of(s.getValue());
        }
        return Optional.empty();
    }

    /**
     * The multi-line values of body keys under {@code node}, in document order. Walked with a stack
     * of its own: a deeply nested front matter cannot overflow the thread's.
     */
    private static void collectBodies(Node node, List<String> out) {
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(node);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            List<Node> children = new ArrayList<>();
            if (n instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k
                            && BODY_KEYS.contains(k.getValue().strip().toLowerCase(Locale.ROOT))
                            && t.getValueNode() instanceof ScalarNode v
                            && v.getValue().strip().indexOf('\n') >= 0) {
                        out.add(v.getValue().strip());
                    } else {
                        children.add(t.getValueNode());
                    }
                }
            } else if (n instanceof SequenceNode s) {
                children.addAll(s.getValue());
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
    }

    /** A value as page metadata: entities decoded, spaces normalised, empty markers emptied. */
    private static String cleaned(String raw) {
        String v = raw.strip();
        if (v.equals("[]") || v.equals("~") || v.equals("null")) {
            return "";
        }
        return LineCleaner.clean(Parser.unescapeEntities(v, false));
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
