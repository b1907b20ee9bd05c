package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the codebook's {@code salience:} section, reporting bad values at their place. */
final class SalienceReader {
    private static final Set<String> KEYS =
            Set.of(
                    "long_article_sentences",
                    "weak_weight",
                    "list_weight",
                    "long_article_weight",
                    "credit_cues");

    private final PlacedYaml yaml;

    SalienceReader(PlacedYaml yaml) {
        this.yaml = yaml;
    }

    Salience read(Node node) {
        if (node == null) {
            return Salience.NONE;
        }
        Map<String, Node> keys = yaml.mapping(node, KEYS);
        Node limit = keys.get("long_article_sentences");
        int sentences = 0;
        if (limit != null) {
            String value = yaml.scalar(limit).strip();
            if (value.matches("[0-9]{1,6}")) {
                sentences = Integer.parseInt(value);
            } else {
                yaml.problem(
                        limit,
                        "long_article_sentences '%s' must be a whole number such as 30 "
                                        .formatted(value)
                                + "(0 turns the rule off)");
            }
        }
        double weak = weight(keys.get("weak_weight"), Salience.DEFAULT_WEAK_WEIGHT, 1);
        double list = weight(keys.get("list_weight"), Salience.DEFAULT_LIST_WEIGHT, 1);
        double needed =
                weight(keys.get("long_article_weight"), Salience.DEFAULT_LONG_ARTICLE_WEIGHT, 100);
        List<String> cues = new ArrayList<>();
        for (Node item : yaml.list(keys.get("credit_cues"), "credit_cues")) {
            String cue = yaml.scalar(item).strip();
            if (!cue.isEmpty()) {
                cues.add(cue);
            }
        }
        return new Salience(sentences, weak, list, needed, cues);
    }

    private double weight(Node node, double fallback, double max) {
        if (node == null) {
            return fallback;
        }
        String value = yaml.scalar(node).strip();
        try {
            double d = Double.parseDouble(value);
            if (d >= 0 && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        yaml.problem(node, "'%s' must be a number from 0 to %s".formatted(value, max));
        return fallback;
    }
}
