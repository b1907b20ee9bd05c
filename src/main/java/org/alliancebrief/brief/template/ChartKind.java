package org.alliancebrief.brief.template;

/** The charts a figure section may draw ({@code chart:}), by their YAML name. */
public enum ChartKind implements TemplateKey {
    /** Share of articles per area of cooperation. */
    AREAS("areas"),
    /** Share of articles per political theme. */
    THEMES("themes"),
    /** Mentions of the most-mentioned actors, stacked by type. */
    ACTORS("actors"),
    /** Articles naming each leading actor with each leading area. */
    ACTOR_AREA("actor-area"),
    /** Share of each year's articles per leading area. */
    TIMELINE("timeline");

    private final String key;

    ChartKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
