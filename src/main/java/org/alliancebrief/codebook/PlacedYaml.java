package org.alliancebrief.codebook;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A hand-edited YAML file read as nodes, so that every value keeps its line and column; the checks
 * on its shape collect problems placed as {@code file:line:col: error: ...} instead of stopping at
 * the first. The codebook and the brief template are both read through it.
 */
public final class PlacedYaml {
    private final Path file;
    private final List<String> problems = new ArrayList<>();

    public PlacedYaml(Path file) {
        this.file = file;
    }

    /**
     * The top-level mapping of the file, or empty with the problem recorded when the file is not
     * UTF-8, not YAML, or not a mapping ({@code shape} says what it should hold).
     */
    public Optional<MappingNode> root(String shape) {
        String yaml;
        try {
            yaml = Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            problems.add(file + ": error: not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Node root;
        try (StringReader reader = new StringReader(yaml)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark();
            problems.add(
                    "%s:%d:%d: error: not valid YAML: %s"
                            .formatted(
                                    file,
                                    mark.getLine() + 1,
                                    mark.getColumn() + 1,
                                    e.getProblem()));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file + ": error: not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (!(root instanceof MappingNode top)) {
            problems.add(file + ":1:1: error: " + shape);
            return Optional.empty();
        }
        return Optional.of(top);
    }

    /** The keys of a mapping node; unknown and repeated keys are problems. */
    public Map<String, Node> mapping(Node node, Set<String> allowed) {
        Map<String, Node> keys = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(
                    node,
                    "expected a mapping of keys such as %s"
                            .formatted(String.join(", ", allowed.stream().sorted().toList())));
            return keys;
        }
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode());
            if (!allowed.contains(key)) {
                problem(
                        t.getKeyNode(),
                        "unknown key '%s'; allowed here: %s"
                                .formatted(
                                        key,
                                        String.join(", ", allowed.stream().sorted().toList())));
            } else if (keys.put(key, t.getValueNode()) != null) {
                problem(t.getKeyNode(), "key '%s' is given twice".formatted(key));
            }
        }
        return keys;
    }

    /** The items of a list node, or none for a missing one; another node is a problem. */
    public List<Node> list(Node node, String key) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof SequenceNode s) {
            return s.getValue();
        }
        problem(node, "'%s' must be a list (lines starting with '- ')".formatted(key));
        return List.of();
    }

    /** The text of a single value; a list or mapping in its place is a problem. */
    public String scalar(Node node) {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(node, "expected a single value here, not a list or mapping");
        return "";
    }

    /** Records {@code message} at the place of {@code node}. */
    public void problem(Node node, String message) {
        var mark = node.getStartMark();
        problems.add(
                "%s:%d:%d: error: %s"
                        .formatted(file, mark.getLine() + 1, mark.getColumn() + 1, message));
    }

    /** Every problem found so far, in the order found. */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
