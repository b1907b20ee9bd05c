package org.alliancebrief.brief.template;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What brief.yaml may hold: its keys, each section kind's settings and the names they may use. */
final class TemplateSchema {
    private TemplateSchema() {}

    /** Evidence sentences per key finding when no evidence section says: the data file has them. */
    static final int PER_FINDING = 4;

    static final Map<String, Set<String>> WORDING =
            Map.of(
                    "coverage", Set.of("articles", "range", "undated"),
                    "coverage_range", Set.of("from", "to", "dated"),
                    "coverage_single_date", Set.of("from", "dated"),
                    "coverage_undated", Set.of("undated"),
                    "generated", Set.of("date"));

    static final Set<String> TOP_KEYS =
            union(
                    WORDING.keySet(),
                    Set.of(
                            "title",
                            "subtitle",
                            "subject",
                            "keywords",
                            "language",
                            "key_findings",
                            "sections"));

    static final Set<String> FALLBACK_NAMES = Set.of("articles", "dated", "quotes");

    static final Set<String> METHOD_NAMES =
            Set.of(
                    "version",
                    "articles",
                    "skipped",
                    "codebook_actors",
                    "codebook_entries",
                    "duplicates",
                    "run");

    private static final Set<String> CAPTION_NAMES =
            Set.of(
                    "articles",
                    "top",
                    "rows",
                    "columns",
                    "dated",
                    "undated",
                    "left_out",
                    "outside_codebook");

    /**
     * A setting that names one constant of a closed set.
     *
     * @param allowed the names the template may give
     * @param otherwise the name taken when the key is left out; empty when the key is required
     */
    record Choice(List<String> allowed, String otherwise) {}

    /**
     * The keys one kind of section takes.
     *
     * @param sentences sentence keys with the names each may use
     * @param choices keys naming a constant of a closed set
     * @param numbers numeric keys with their defaults
     * @param nonEmpty keys that must not be blank when given
     * @param paragraphs whether the section takes a list of paragraphs
     */
    record SectionSchema(
            Map<String, Set<String>> sentences,
            Map<String, Choice> choices,
            Map<String, Integer> numbers,
            Set<String> nonEmpty,
            boolean paragraphs) {
        Set<String> allKeys() {
            Set<String> all = new HashSet<>(sentences.keySet());
            all.addAll(choices.keySet());
            all.addAll(numbers.keySet());
            all.add("kind");
            if (paragraphs) {
                all.add("paragraphs");
            }
            return all;
        }

        boolean takes(String key) {
            return allKeys().contains(key);
        }
    }

    /** The schema of one kind of section. */
    static SectionSchema of(SectionKind kind) {
        return switch (kind) {
            case KEY_FINDINGS -> headed(Map.of(), Map.of(), Map.of(), false);
            case CHANGES ->
                    headed(
                            Map.of("intro", Set.of("baseline", "generated")),
                            Map.of(),
                            Map.of(),
                            false);
            case TOPICS ->
                    new SectionSchema(
                            Map.of(
                                    "paragraph",
                                    Set.of("label", "articles", "share", "mentions", "partners"),
                                    "partners",
                                    Set.of("actors"),
                                    "no_quotes",
                                    Set.of()),
                            Map.of(),
                            Map.of("areas", 3, "themes", 2, "quotes", 3),
                            Set.of("paragraph"),
                            false);
            case FIGURE ->
                    headed(
                            Map.of(
                                    "title",
                                    Set.of(),
                                    "caption",
                                    CAPTION_NAMES,
                                    "empty",
                                    Set.of("dated", "articles")),
                            Map.of("chart", new Choice(TemplateKey.keys(ChartKind.class), "")),
                            Map.of("top", 15, "rows", 12, "columns", 8, "series", 5),
                            false);
            case METHODOLOGY -> headed(Map.of(), Map.of(), Map.of(), true);
            case EVIDENCE ->
                    headed(
                            Map.of("intro", Set.of()),
                            Map.of(),
                            Map.of("per_finding", PER_FINDING),
                            false);
            case CODEBOOK ->
                    headed(
                            Map.of("intro", Set.of("entries")),
                            Map.of(),
                            Map.of("terms", 12),
                            false);
            case SOURCES ->
                    headed(
                            Map.of(),
                            Map.of(
                                    "list",
                                    new Choice(
                                            TemplateKey.keys(SourceListing.class),
                                            SourceListing.ALL.key())),
                            Map.of(),
                            false);
        };
    }

    /** A section with a heading that must not be blank, and a required choice likewise. */
    private static SectionSchema headed(
            Map<String, Set<String>> sentences,
            Map<String, Choice> choices,
            Map<String, Integer> numbers,
            boolean paragraphs) {
        Map<String, Set<String>> all = new HashMap<>(sentences);
        all.put("heading", Set.of());
        Set<String> nonEmpty = new HashSet<>();
        nonEmpty.add("heading");
        choices.forEach(
                (key, choice) -> {
                    if (choice.otherwise().isEmpty()) {
                        nonEmpty.add(key);
                    }
                });
        return new SectionSchema(
                Map.copyOf(all), choices, numbers, Set.copyOf(nonEmpty), paragraphs);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
