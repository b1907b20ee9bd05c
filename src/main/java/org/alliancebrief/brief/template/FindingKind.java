package org.alliancebrief.brief.template;

import java.util.Set;

/** The key findings a template may ask for ({@code id:}), with the names each sentence may use. */
public enum FindingKind implements TemplateKey {
    /** The three areas of cooperation most articles discuss. */
    LEADING_AREAS(
            "leading-areas",
            Set.of(
                    "area1",
                    "area1_share",
                    "area1_articles",
                    "area2",
                    "area2_share",
                    "area3",
                    "area3_share",
                    "articles")),
    /** The two political themes most articles discuss. */
    LEADING_THEMES(
            "leading-themes",
            Set.of(
                    "theme1",
                    "theme1_share",
                    "theme1_articles",
                    "theme2",
                    "theme2_share",
                    "articles")),
    /** The two speakers quoted most often. */
    MOST_QUOTED(
            "most-quoted",
            Set.of(
                    "speaker1",
                    "speaker1_quotes",
                    "speaker1_share",
                    "speaker2",
                    "speaker2_quotes",
                    "quotes",
                    "speakers")),
    /** The area whose share grew most between the first and last year compared. */
    CHANGE_OVER_TIME(
            "change-over-time",
            Set.of("rising", "from_year", "to_year", "from_share", "to_share", "dated")),
    /** The areas the coverage barely touches or leaves out. */
    BARELY_MENTIONED("barely-mentioned", Set.of("rare", "absent", "absent_count")),
    /** The most-named people and country. */
    MOST_NAMED_ACTORS(
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

    private final String key;
    private final Set<String> names;

    FindingKind(String key, Set<String> names) {
        this.key = key;
        this.names = names;
    }

    @Override
    public String key() {
        return key;
    }

    /** The {name}s the finding's sentence may use. */
    public Set<String> names() {
        return names;
    }
}
