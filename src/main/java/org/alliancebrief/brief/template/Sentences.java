package org.alliancebrief.brief.template;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.codebook.PlacedYaml;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the template's sentences and checks their {name} placeholders, placing each problem. */
final class Sentences {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");

    /** A '{' that does not open a well-formed {name}: printed verbatim in the brief otherwise. */
    private static final Pattern UNCLOSED = Pattern.compile("\\{(?![a-z0-9_]+})");

    private final PlacedYaml yaml;

    Sentences(PlacedYaml yaml) {
        this.yaml = yaml;
    }

    /**
     * The sentence under {@code key}, empty when left out; it may use only {@code names}, and must
     * not be blank when {@code nonEmpty}.
     */
    String sentence(Map<String, Node> keys, String key, Set<String> names, boolean nonEmpty) {
        Node node = keys.get(key);
        if (node == null) {
            return "";
        }
        String value = yaml.scalar(node);
        if (nonEmpty && value.isBlank()) {
            yaml.problem(node, "'%s' is empty".formatted(key));
        }
        return checked(node, value, names);
    }

    /** {@code value}, after recording every placeholder in it that is open or not in names. */
    String checked(Node node, String value, Set<String> names) {
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
}
