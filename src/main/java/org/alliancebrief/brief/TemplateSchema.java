package org.alliancebrief.brief;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What brief.yaml may hold: its keys, section kinds and the names each sentence may use. */
final class TemplateSchema {
    private TemplateSchema() {}

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

    static final Map<String, Set<String>> FINDING_NAMES =
            ordered(
                    "leading-areas",
                            Set.of(
                                    "area1",
                                    "area1_share",
                                    "area1_articles",
                                    "area2",
                                    "area2_share",
                                    "area3",
                                    "area3_share",
                                    "articles"),
                    "leading-themes",
                            Set.of(
                                    "theme1",
                                    "theme1_share",
                                    "theme1_articles",
                                    "theme2",
                                    "theme2_share",
                                    "articles"),
                    "most-quoted",
                            Set.of(
                                    "speaker1",
                                    "speaker1_quotes",
                                    "speaker1_share",
                                    "speaker2",
                                    "speaker2_quotes",
                                    "quotes",
                                    "speakers"),
                    "change-over-time",
                            Set.of(
                                    "rising",
                                    "from_year",
                                    "to_year",
                                    "from_share",
                                    "to_share",
                                    "dated"),
                    "barely-mentioned", Set.of("rare", "absent", "absent_count"),
                    "most-named-actors",
                            Set.of(
                                    "person1",
                                    "person1_articles",
                                    "person1_share",
                                    "person2",
                                    "person2_articles",
                                    "country1",
                                    "country1_articles",
                                    "articles"));

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

    static final Set<String> CHARTS = Set.of("areas", "themes", "actors", "actor-area", "timeline");

    /** The keys one kind of section takes. */
    record SectionSchema(
            Map<String, Set<String>> sentences,
            Map<String, Set<String>> choices,
            Set<String> numbers,
            Set<String> required,
            boolean paragraphs) {
        Set<String> allKeys() {
            Set<String> all = new HashSet<>(sentences.keySet());
            all.addAll(choices.keySet());
            all.addAll(numbers);
            all.add("kind");
            if (paragraphs) {
                all.add("paragraphs");
            }
            return all;
        }
    }

    static final Map<String, SectionSchema> SECTIONS =
            ordered(
                    "key-findings",
                            new SectionSchema(
                                    Map.of("heading", Set.of()),
                                    Map.of(),
                                    Set.of(),
                                    Set.of("heading"),
                                    false),
                    "changes",
                            new SectionSchema(
                                    Map.of(
                                            "heading",
                                            Set.of(),
                                            "intro",
                                            Set.of("baseline", "generated")),
                                    Map.of(),
                                    Set.of(),
                                    Set.of("heading"),
                                    false),
                    "topics",
                            new SectionSchema(
                                    Map.of(
                                            "paragraph",
                                            Set.of(
                                                    "label",
                                                    "articles",
                                                    "share",
                                                    "mentions",
                                                    "partners"),
                                            "partners",
                                            Set.of("actors"),
                                            "no_quotes",
                                            Set.of()),
                                    Map.of(),
                                    Set.of("areas", "themes", "quotes"),
                                    Set.of("paragraph"),
                                    false),
                    "figure",
                            new SectionSchema(
                                    Map.of(
                                            "heading",
                                            Set.of(),
                                            "title",
                                            Set.of(),
                                            "caption",
                                            Set.of(
                                                    "articles",
                                                    "top",
                                                    "rows",
                                                    "columns",
                                                    "dated",
                                                    "undated",
                                                    "left_out",
                                                    "outside_codebook"),
                                            "empty",
                                            Set.of("dated", "articles")),
                                    Map.of("chart", CHARTS),
                                    Set.of("top", "rows", "columns", "series"),
                                    Set.of("chart", "heading"),
                                    false),
                    "methodology",
                            new SectionSchema(
                                    Map.of("heading", Set.of()),
                                    Map.of(),
                                    Set.of(),
                                    Set.of("heading"),
                                    true),
                    "evidence",
                            new SectionSchema(
                                    Map.of("heading", Set.of(), "intro", Set.of()),
                                    Map.of(),
                                    Set.of("per_finding"),
                                    Set.of("heading"),
                                    false),
                    "codebook",
                            new SectionSchema(
                                    Map.of("heading", Set.of(), "intro", Set.of("entries")),
                                    Map.of(),
                                    Set.of("terms"),
                                    Set.of("heading"),
                                    false),
                    "sources",
                            new SectionSchema(
                                    Map.of("heading", Set.of()),
                                    Map.of("list", Set.of("all", "cited")),
                                    Set.of(),
                                    Set.of("heading"),
                                    false));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    static List<String> kinds() {
        return List.copyOf(SECTIONS.keySet());
    }
}
