package org.alliancebrief.brief.template;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.codebook.PlacedYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads templates/brief.yaml and checks it whole: unknown keys and kinds, missing sentences,
 * placeholders a sentence may not use. All problems are reported at once, each as {@code
 * file:line:col}.
 */
public final class BriefTemplateLoader {
    private final PlacedYaml yaml;
    private final Sentences sentences;

    private BriefTemplateLoader(Path file) {
        this.yaml = new PlacedYaml(file);
        this.sentences = new Sentences(yaml);
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
            wording.put(
                    entry.getKey(),
                    sentences.sentence(keys, entry.getKey(), entry.getValue(), false));
        }
        String title = sentences.sentence(keys, "title", Set.of(), true);
        List<BriefTemplate.Finding> findings = findings(keys.get("key_findings"));
        List<Section> sections = sections(keys.get("sections"), top);
        // read before the check below, so that their problems are reported too
        String subtitle = sentences.sentence(keys, "subtitle", Set.of(), false);
        String subject = sentences.sentence(keys, "subject", Set.of(), false);
        List<String> keywords = strings(keys.get("keywords"));
        String language = sentences.sentence(keys, "language", Set.of(), false);
        if (!yaml.problems().isEmpty()) {
            throw new TemplateException(yaml.problems());
        }
        return new BriefTemplate(
                title,
                subtitle,
                subject,
                keywords,
                language.isBlank() ? "en" : language,
                wording,
                findings,
                sections);
    }

    private List<BriefTemplate.Finding> findings(Node node) {
        List<BriefTemplate.Finding> findings = new ArrayList<>();
        for (Node item : yaml.list(node, "key_findings")) {
            Map<String, Node> keys = yaml.mapping(item, Set.of("id", "text", "fallback"));
            String id = sentences.sentence(keys, "id", Set.of(), true);
            Optional<FindingKind> kind = TemplateKey.parse(FindingKind.class, id);
            if (kind.isEmpty()) {
                yaml.problem(
                        keys.getOrDefault("id", item),
                        "unknown key finding '%s'; known: %s"
                                .formatted(
                                        id,
                                        String.join(", ", TemplateKey.keys(FindingKind.class))));
                continue;
            }
            findings.add(
                    new BriefTemplate.Finding(
                            kind.get(),
                            sentences.sentence(keys, "text", kind.get().names(), true),
                            sentences.sentence(
                                    keys, "fallback", TemplateSchema.FALLBACK_NAMES, false)));
        }
        return findings;
    }

    private List<Section> sections(Node node, Node top) {
        if (node == null) {
            yaml.problem(top, "no 'sections:' list; the brief would be empty");
            return List.of();
        }
        SectionReader reader = new SectionReader(yaml, sentences);
        List<Section> sections = new ArrayList<>();
        for (Node item : yaml.list(node, "sections")) {
            reader.read(item).ifPresent(sections::add);
        }
        return sections;
    }

    private List<String> strings(Node node) {
        return yaml.list(node, "keywords").stream().map(yaml::scalar).toList();
    }
}
