package org.alliancebrief.brief.template;

/** The kinds of body section a template may list under {@code sections:}, by their YAML name. */
public enum SectionKind implements TemplateKey {
    /** The bottom-line bullets. */
    KEY_FINDINGS("key-findings"),
    /** What changed since the brief given with {@code --baseline}. */
    CHANGES("changes"),
    /** One section per leading area and theme, with quotations. */
    TOPICS("topics"),
    /** One chart with its caption. */
    FIGURE("figure"),
    /** The methodology note. */
    METHODOLOGY("methodology"),
    /** The annex of sentences behind the key findings. */
    EVIDENCE("evidence"),
    /** The annex listing the codebook's areas and themes. */
    CODEBOOK("codebook"),
    /** The list of sources. */
    SOURCES("sources");

    private final String key;

    SectionKind(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
