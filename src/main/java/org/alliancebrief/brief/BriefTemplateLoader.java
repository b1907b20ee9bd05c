package org.alliancebrief.brief;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.codebook.PlacedYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads templates/brief.yaml and checks it whole: unknown keys, missing sentences, placeholders a
 * sentence may not use. All problems are reported at once, each as {@code file:line:col}.
 */
public final class BriefTemplateLoader {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    /** A '{' that does not open a well-formed {name}: printed verbatim in the brief otherwise. */
    private static final Pattern UNCLOSED = Pattern.compile("\\{(?![a-z0-9_]+})");

    private final PlacedYaml yaml;

    private BriefTemplateLoader(Path file) {
        this.yaml = new PlacedYaml(file);
    }

    /** Loads and checks {@code file}; throws {@link TemplateException} listing every problem. */
    public static BriefTemplate load(Path file) {
        return new BriefTemplateLoader(file).parse();
    }

    private BriefTemplate parse() {
        MappingNode top =
                yaml.root(
                                "the template must be a mapping of keys such as 'title:' and "
                                        + "'sections:'")
                        .orElseThrow(() -> new TemplateException(yaml.problems()));
        Map<String, Node> keys = yaml.mapping(top, TemplateSchema.TOP_KEYS);
        Map<String, String> wording = new LinkedHashMap<>();
        for (var entry : TemplateSchema.WORDING.entrySet()) {
            wording.put(entry.getKey(), sentence(keys, entry.getKey(), entry.getValue(), false));
        }
        String title = sentence(keys, "title", Set.of(), true);
        List<BriefTemplate.Finding> findings = findings(keys.get("key_findings"));
        List<BriefTemplate.Section> sections = sections(keys.get("sections"), top);
        if (!yaml.problems().isEmpty()) {
            throw new TemplateException(yaml.problems());
        }
        return new BriefTemplate(
                title,
                sentence(keys, "subtitle", Set.of(), false),
                sentence(keys, "subject", Set.of(), false),
                strings(keys.get("keywords")),
                orDefault(sentence(keys, "language", Set.of(), false), "en"),
                wording,
                findings,
                sections);
    }

    private List<BriefTemplate.Finding> findings(Node node) {
        List<BriefTemplate.Finding> findings = new ArrayList<>();
        if (node == null) {
            return findings;
        }
        for (Node item : yaml.list(node, "key_findings")) {
            Map<String, Node> keys = yaml.mapping(item, Set.of("id", "text", "fallback"));
            String id = sentence(keys, "id", Set.of(), true);
            Set<String> names = TemplateSchema.FINDING_NAMES.get(id);
            if (names == null) {
                yaml.problem(
                        keys.getOrDefault("id", item),
                        "unknown key finding '%s'; known: %s"
                                .formatted(
                                        id,
                                        String.join(", ", TemplateSchema.FINDING_NAMES.keySet())));
                continue;
            }
            findings.add(
                    new BriefTemplate.Finding(
                            id,
                            sentence(keys, "text", names, true),
                            sentence(keys, "fallback", TemplateSchema.FALLBACK_NAMES, false)));
        }
        return findings;
    }

    private List<BriefTemplate.Section> sections(Node node, Node top) {
        List<BriefTemplate.Section> sections = new ArrayList<>();
        if (node == null) {
            yaml.problem(top, "no 'sections:' list; the brief would be empty");
            return sections;
        }
        for (Node item : yaml.list(node, "sections")) {
            if (!(item instanceof MappingNode m)) {
                yaml.problem(item, "a section must be a mapping with 'kind:'");
                continue;
            }
            Node kindNode = value(m, "kind");
            String kind = kindNode instanceof ScalarNode s ? s.getValue() : null;
            TemplateSchema.SectionSchema schema = TemplateSchema.SECTIONS.get(kind);
            if (schema == null) {
                yaml.problem(
                        kindNode == null ? item : kindNode,
                        "unknown section kind '%s'; ".formatted(kind)
                                + "known: "
                                + String.join(", ", TemplateSchema.SECTIONS.keySet()));
                continue;
            }
            sections.add(section(kind, schema, m));
        }
        return sections;
    }

    private BriefTemplate.Section section(
            String kind, TemplateSchema.SectionSchema schema, MappingNode node) {
        Map<String, Node> keys = yaml.mapping(node, schema.allKeys());
        Map<String, String> text = new LinkedHashMap<>();
        schema.sentences()
                .forEach(
                        (key, names) -> {
                            String value =
                                    sentence(keys, key, names, schema.required().contains(key));
                            if (!value.isEmpty()) {
                                text.put(key, value);
                            }
                        });
        schema.choices()
                .forEach(
                        (key, allowed) -> {
                            String value =
                                    sentence(keys, key, Set.of(), schema.required().contains(key));
                            if (!value.isEmpty() && !allowed.contains(value)) {
                                yaml.problem(
                                        keys.get(key),
                                        "'%s' is not one of %s".formatted(value, allowed));
                            }
                            if (!value.isEmpty()) {
                                text.put(key, value);
                            }
                        });
        Map<String, Integer> numbers = new LinkedHashMap<>();
        for (String key : schema.numbers()) {
            Node n = keys.get(key);
            if (n == null) {
                continue;
            }
            try {
                int v = Integer.parseInt(((ScalarNode) n).getValue());
                if (v < 0 || v > 100) {
                    throw new NumberFormatException();
                }
                numbers.put(key, v);
            } catch (RuntimeException e) {
                yaml.problem(n, "'%s' must be a whole number from 0 to 100".formatted(key));
            }
        }
        List<String> paragraphs = new ArrayList<>();
        Node para = keys.get("paragraphs");
        if (para != null) {
            for (Node p : yaml.list(para, "paragraphs")) {
                paragraphs.add(checked(p, yaml.scalar(p), TemplateSchema.METHOD_NAMES));
            }
        }
        return new BriefTemplate.Section(kind, text, numbers, paragraphs);
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private String sentence(
            Map<String, Node> keys, String key, Set<String> names, boolean required) {
        Node node = keys.get(key);
        if (node == null) {
            return "";
        }
        String value = yaml.scalar(node);
        if (required && value.isBlank()) {
            yaml.problem(node, "'%s' is empty".formatted(key));
        }
        return checked(node, value, names);
    }

    private String checked(Node node, String value, Set<String> names) {
        Matcher open = UNCLOSED.matcher(value);
        if (open.find()) {
            String from =
                    value.substring(open.start(), Math.min(value.length(), open.start() + 24))
                            .strip();
            yaml.problem(
                    node,
                    value.indexOf('}', open.start()) < 0
                            ? "placeholder '%s' is not closed with '}'".formatted(from)
                            : "'%s' is not a placeholder; write a name in lower case in braces, e.g. {articles}"
                                    .formatted(from));
        }
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                yaml.problem(
                        node,
                        "unknown name {%s}; this sentence may use %s"
                                .formatted(
                                        m.group(1),
                                        names.isEmpty()
                                                ? "no names"
                                                : names.stream()
                                                        .sorted()
                                                        .map(n -> "{" + n + "}")
                                                        .reduce((a, b) -> a + " " + b)
                                                        .get()));
            }
        }
        return value;
    }

    private List<String> strings(Node node) {
        if (node == null) {
            return List.of();
        }
        return yaml.list(node, "keywords").stream().map(yaml::scalar).toList();
    }

    private static String orDefault(String value, String otherwise) {
        return value.isBlank() ? otherwise : value;
    }
}
