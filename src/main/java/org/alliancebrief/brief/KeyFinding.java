package org.alliancebrief.brief;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One bottom-line bullet, written from the figures through a template sentence.
 *
 * @param id stable name of the template that produced it ("leading-areas")
 * @param text the sentence as printed
 * @param figures the numbers in the sentence by name, as they appear in the data file
 * @param evidence the sentences behind the figures, for the evidence annex
 */
public record KeyFinding(
        String id, String text, Map<String, Object> figures, List<EvidenceItem> evidence) {
    public KeyFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        figures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(figures));
        evidence = List.copyOf(evidence);
    }

    /** A sentence from a source, with the source's number in the source list. */
    public record EvidenceItem(String sentence, int source) {
        public EvidenceItem {
            Objects.requireNonNull(sentence, "sentence");
        }
    }
}
