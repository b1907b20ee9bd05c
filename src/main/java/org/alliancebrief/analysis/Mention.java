package org.alliancebrief.analysis;

import java.util.Objects;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;

/**
 * One place where an article names an actor: by name or alias, by a capital standing for its state,
 * by a country adjective before a state noun ("Polish troops"), or by an office resolved to its
 * holder ("the secretary general").
 *
 * @param inCodebook false for a person the text names that the codebook lacks
 * @param fuzzy true where the text misspells a codebook name ("Kaya Callas")
 */
record Mention(
        ActorId id,
        String name,
        ActorKind kind,
        int start,
        int end,
        boolean inCodebook,
        boolean fuzzy) {
    Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    Mention(ActorId id, String name, ActorKind kind, int start, int end, boolean inCodebook) {
        this(id, name, kind, start, end, inCodebook, false);
    }

    boolean person() {
        return kind == ActorKind.PERSON;
    }
}
