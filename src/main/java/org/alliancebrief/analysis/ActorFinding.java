package org.alliancebrief.analysis;

import java.util.Objects;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;

/**
 * One actor named in one article.
 *
 * @param inCodebook false for a person the codebook lacks but the text plainly names (a titled
 *     person, the speaker of a quote); such an actor's id is made from its name
 */
public record ActorFinding(ActorId id, String name, ActorKind kind, int mentions,
        boolean inCodebook) {
    public ActorFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (mentions < 1) {
            throw new IllegalArgumentException(id + ": mentions must be >= 1, was " + mentions);
        }
    }
}
