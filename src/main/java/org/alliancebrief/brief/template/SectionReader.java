package org.alliancebrief.brief.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancebrief.codebook.PlacedYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of {@code sections:} into the record of its kind, placing every problem. */
final class SectionReader {
    private final PlacedYaml yaml;
    private final Sentences sentences;

    SectionReader(PlacedYaml yaml, Sentences sentences) {
        this.yaml = yaml;
        this.sentences = sentences;
    }

    /** The section {@code item} describes, or empty when it has a problem (recorded). */
    Optional<Section> read(Node item) {
        if (!(item instanceof MappingNode m)) {
            yaml.problem(item, "a section must be a mapping with 'kind:'");
            return Optional.empty();
        }
        Node kindNode = value(m, "kind");
        String known = "known: " + String.join(", ", TemplateKey.keys(SectionKind.class));
        if (!(kindNode instanceof ScalarNode s)) {
            yaml.problem(kindNode == null ? item : kindNode, "a section needs 'kind:'; " + known);
            return Optional.empty();
        }
        Optional<SectionKind> kind = TemplateKey.parse(SectionKind.class, s.getValue());
        if (kind.isEmpty()) {
            yaml.problem(kindNode, "unknown section kind '%s'; %s".formatted(s.getValue(), known));
            return Optional.empty();
        }
        return build(kind.get(), fields(kind.get(), m));
    }

    private static Optional<Section> build(SectionKind kind, Fields f) {
        return switch (kind) {
            case KEY_FINDINGS -> Optional.of(new Section.KeyFindings(f.text("heading")));
            case CHANGES -> Optional.of(new Section.Changes(f.text("heading"), f.text("intro")));
            case TOPICS ->
                    Optional.of(
                            new Section.Topics(
                                    f.number("areas"),
                                    f.number("themes"),
                                    f.number("quotes"),
                                    f.text("paragraph"),
                                    f.text("partners"),
                                    f.text("no_quotes")));
            case FIGURE ->
                    f.choice("chart", ChartKind.class)
                            .map(
                                    chart ->
                                            new Section.Figure(
                                                    chart,
                                                    f.text("heading"),
                                                    f.text("title"),
                                                    f.text("caption"),
                                                    f.text("empty"),
                                                    f.number("top"),
                                                    f.number("rows"),
                                                    f.number("columns"),
                                                    f.number("series")));
            case METHODOLOGY ->
                    Optional.of(new Section.Methodology(f.text("heading"), f.paragraphs()));
            case EVIDENCE ->
                    Optional.of(
                            new Section.Evidence(
                                    f.text("heading"), f.text("intro"), f.number("per_finding")));
            case CODEBOOK ->
                    Optional.of(
                            new Section.Codebook(
                                    f.text("heading"), f.text("intro"), f.number("terms")));
            case SOURCES ->
                    f.choice("list", SourceListing.class)
                            .map(list -> new Section.Sources(f.text("heading"), list));
        };
    }

    /** Checks each key of the section in the order written, against the kind's schema. */
    private Fields fields(SectionKind kind, MappingNode node) {
        TemplateSchema.SectionSchema schema = TemplateSchema.of(kind);
        Map<String, Node> keys = yaml.mapping(node, schema.allKeys());
        Fields f =
                new Fields(schema, new LinkedHashMap<>(), new LinkedHashMap<>(), new ArrayList<>());
        for (var entry : keys.entrySet()) {
            String key = entry.getKey();
            boolean nonEmpty = schema.nonEmpty().contains(key);
            if (schema.sentences().containsKey(key)) {
                f.put(key, sentences.sentence(keys, key, schema.sentences().get(key), nonEmpty));
            } else if (schema.choices().containsKey(key)) {
                List<String> allowed = schema.choices().get(key).allowed();
                String value = sentences.sentence(keys, key, java.util.Set.of(), nonEmpty);
                if (!value.isEmpty() && !allowed.contains(value)) {
                    yaml.problem(
                            entry.getValue(),
                            "'%s' is not one of %s".formatted(value, String.join(", ", allowed)));
                }
                f.put(key, value);
            } else if (schema.numbers().containsKey(key)) {
                number(entry.getValue(), key).ifPresent(v -> f.numbers().put(key, v));
            } else if (key.equals("paragraphs")) {
                for (Node p : yaml.list(entry.getValue(), "paragraphs")) {
                    f.paragraphs()
                            .add(sentences.checked(p, yaml.scalar(p), TemplateSchema.METHOD_NAMES));
                }
            }
        }
        schema.choices()
                .forEach(
                        (key, choice) -> {
                            if (choice.otherwise().isEmpty() && !keys.containsKey(key)) {
                                yaml.problem(
                                        node,
                                        "a '%s' section needs '%s:', one of %s"
                                                .formatted(
                                                        kind.key(),
                                                        key,
                                                        String.join(", ", choice.allowed())));
                            }
                        });
        return f;
    }

    private Optional<Integer> number(Node n, String key) {
        try {
            int v = Integer.parseInt(((ScalarNode) n).getValue());
            if (v < 0 || v > 100) {
                throw new NumberFormatException();
            }
            return Optional.of(v);
        } catch (RuntimeException e) {
            yaml.problem(n, "'%s' must be a whole number from 0 to 100".formatted(key));
            return Optional.empty();
        }
    }

    private static Node value(MappingNode m, String key) {
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return t.getValueNode();
            }
        }
        return null;
    }

    /** The checked values of one section; asking for a key its kind does not take is a bug. */
    private record Fields(
            TemplateSchema.SectionSchema schema,
            Map<String, String> text,
            Map<String, Integer> numbers,
            List<String> paragraphs) {
        void put(String key, String value) {
            if (!value.isEmpty()) {
                text.put(key, value);
            }
        }

        String text(String key) {
            return text.getOrDefault(taken(key), "");
        }

        int number(String key) {
            return numbers.getOrDefault(taken(key), schema.numbers().get(key));
        }

        <E extends Enum<E> & TemplateKey> Optional<E> choice(String key, Class<E> type) {
            String otherwise = schema.choices().get(taken(key)).otherwise();
            return TemplateKey.parse(type, text.getOrDefault(key, otherwise));
        }

        private String taken(String key) {
            if (!schema.takes(key)) {
                throw new IllegalArgumentException("a section of this kind has no '" + key + "'");
            }
            return key;
        }
    }
}
