package org.alliancebrief.codebook;

import java.util.Objects;

/**
 * One place where a codebook term matched a text.
 *
 * @param target what the term signals: a {@link ThemeId}, {@link ActorId}, {@link Office} or {@link
 *     Statement}
 * @param start first character of the match in the searched text
 * @param end one past the last character
 * @param metonym for actors: the match is a metonym ("Washington") rather than a name
 * @param weak for themes: a term the codebook marks weak (common words such as "resilience"), which
 *     supports a theme but does not make it by itself
 */
public record TermHit<T>(T target, int start, int end, boolean metonym, boolean weak) {
    public TermHit {
        Objects.requireNonNull(target, "target");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad hit [%d, %d)".formatted(start, end));
        }
    }

    public TermHit(T target, int start, int end, boolean metonym) {
        this(target, start, end, metonym, false);
    }
}
