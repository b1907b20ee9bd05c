package org.alliancebrief.brief;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The brief template (templates/brief.yaml): wording, sections and charts. Sentences hold {@code
 * {name}} placeholders, checked when the template is loaded.
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

    /** One key-finding sentence and the one printed when its figures are missing. */
    public record Finding(String id, String text, String fallback) {
        public Finding {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(fallback, "fallback");
        }
    }

    /**
     * One section of the body.
     *
     * @param kind key-findings, topics, figure, methodology, evidence, codebook or sources
     * @param text the section's sentences by key (heading, title, caption, paragraph, ...)
     * @param numbers the section's numeric settings by key (quotes, top, rows, ...)
     * @param paragraphs the methodology's paragraphs
     */
    public record Section(
            String kind,
            Map<String, String> text,
            Map<String, Integer> numbers,
            List<String> paragraphs) {
        public Section {
            Objects.requireNonNull(kind, "kind");
            text = Map.copyOf(text);
            numbers = Map.copyOf(numbers);
            paragraphs = List.copyOf(paragraphs);
        }

        public String text(String key) {
            return text.getOrDefault(key, "");
        }

        public int number(String key, int otherwise) {
            return numbers.getOrDefault(key, otherwise);
        }
    }
}
