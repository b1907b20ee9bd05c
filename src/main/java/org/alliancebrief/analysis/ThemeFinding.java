package org.alliancebrief.analysis;

import java.util.List;
import java.util.Objects;
import org.alliancebrief.codebook.ThemeId;

/** One area or theme found in one article: how often, and in which sentences. */
public record ThemeFinding(ThemeId id, int mentions, List<Evidence> evidence) {
    public ThemeFinding {
        Objects.requireNonNull(id, "id");
        if (mentions < 1) {
            throw new IllegalArgumentException(id + ": mentions must be >= 1, was " + mentions);
        }
        evidence = List.copyOf(evidence);
    }
}
