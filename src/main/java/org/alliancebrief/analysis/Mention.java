package org.alliancebrief.analysis;

import java.util.Objects;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;

/**
 * One place where an article names an actor: by name or alias, by a capital standing for its
 * state, or by an office resolved to its holder ("the secretary general").
 *
 * @param inCodebook false for a person the text names that the codebook lacks
 */
record Mention(ActorId id, String name, ActorKind kind, int start, int end, boolean inCodebook) {
    Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    boolean person() {
        return kind == ActorKind.PERSON;
    }
}
