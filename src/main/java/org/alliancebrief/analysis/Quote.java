package org.alliancebrief.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Span;

/**
 * One direct quotation: the exact words between the quotation marks, where they stand in the
 * article, who said them (if the text says), and the areas and themes they touch.
 */
public record Quote(String text, Span span, Optional<Speaker> speaker, List<ThemeId> themes) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        themes = themes.stream().distinct().sorted().toList();
    }

    /** Number of words, counted as the scorer counts them. */
    public int words() {
        return (int)
                java.util.Arrays.stream(text.trim().split("\\s+"))
                        .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                        .count();
    }
}
