package org.alliancebrief.brief.template;

/** Which articles the sources section lists ({@code list:}), by their YAML name. */
public enum SourceListing implements TemplateKey {
    /** Every article read. */
    ALL("all"),
    /** Only the articles the brief cites. */
    CITED("cited");

    private final String key;

    SourceListing(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
