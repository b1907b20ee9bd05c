package org.alliancebrief.brief.template;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The brief template (templates/brief.yaml): wording, key findings and sections. Sentences hold
 * {@code {name}} placeholders, checked when the template is loaded.
 */
public record BriefTemplate(
        String title,
        String subtitle,
        String subject,
        List<String> keywords,
        String language,
        Map<String, String> wording,
        List<Finding> keyFindings,
        List<Section> sections) {
    public BriefTemplate {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        keywords = List.copyOf(keywords);
        wording = Map.copyOf(wording);
        keyFindings = List.copyOf(keyFindings);
        sections = List.copyOf(sections);
    }

    /** A top-level sentence by key ("coverage", "generated", ...). */
    public String wording(String key) {
        return wording.getOrDefault(key, "");
    }

    /** Evidence sentences per key finding: the first evidence section's, else the default. */
    public int evidencePerFinding() {
        return sections.stream()
                .<Integer>mapMulti(
                        (s, out) -> {
                            if (s instanceof Section.Evidence e) {
                                out.accept(e.perFinding());
                            }
                        })
                .findFirst()
                .orElse(TemplateSchema.PER_FINDING);
    }

    /** The most quotations or evidence sentences the brief may show on one topic or finding. */
    public int mostShown() {
        int most = TemplateSchema.PER_FINDING; // the data file has evidence with or without annex
        for (Section s : sections) {
            if (s instanceof Section.Topics t) {
                most = Math.max(most, t.quotes());
            } else if (s instanceof Section.Evidence e) {
                most = Math.max(most, e.perFinding());
            }
        }
        return most;
    }

    /** Whether the source list shows only the sources the brief cites. */
    public boolean listsCitedOnly() {
        return sections.stream()
                .anyMatch(s -> s instanceof Section.Sources l && l.list() == SourceListing.CITED);
    }

    /**
     * Whether the source list numbers every article read in source order: the template has a list
     * of all sources and none of the cited only (which renumbers them all).
     */
    public boolean listsEverySource() {
        return !listsCitedOnly()
                && sections.stream()
                        .anyMatch(
                                s ->
                                        s instanceof Section.Sources l
                                                && l.list() == SourceListing.ALL);
    }

    /** Whether the template places the changes since the baseline itself. */
    public boolean placesChanges() {
        return sections.stream().anyMatch(s -> s instanceof Section.Changes);
    }

    /** One key-finding sentence and the one printed when its figures are missing. */
    public record Finding(FindingKind kind, String text, String fallback) {
        public Finding {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(fallback, "fallback");
        }
    }
}
