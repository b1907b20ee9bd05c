package org.alliancebrief.codebook;

import java.util.List;
import java.util.Objects;

/**
 * One area or theme of the codebook and the terms that signal it.
 *
 * @param terms phrases matched on word boundaries; all-lower-case terms ignore case, terms with
 *     capitals match case exactly; a trailing {@code *} on a word matches any ending
 * @param weak terms that signal the theme only together with other mentions: common words
 *     ("resilience", "space") that also turn up in passing
 * @param exclusions phrases inside which a term does not count ("exercise restraint")
 */
public record ThemeEntry(
        ThemeId id,
        String label,
        Group group,
        String description,
        List<String> terms,
        List<String> weak,
        List<String> exclusions) {
    public ThemeEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(group, "group");
        description = description == null ? "" : description;
        terms = List.copyOf(terms);
        weak = List.copyOf(weak);
        exclusions = List.copyOf(exclusions);
    }

    /** An entry without weak terms. */
    public ThemeEntry(
            ThemeId id,
            String label,
            Group group,
            String description,
            List<String> terms,
            List<String> exclusions) {
        this(id, label, group, description, terms, List.of(), exclusions);
    }
}
