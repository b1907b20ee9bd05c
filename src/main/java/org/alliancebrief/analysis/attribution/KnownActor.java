package org.alliancebrief.analysis.attribution;

import java.util.Objects;

/**
 * An actor the earlier stages found in the text (codebook name, alias, office resolved to its
 * holder, or a person the text plainly names), by character offsets.
 *
 * @param id the actor's id
 * @param kind "person", "organisation" or "country"
 */
public record KnownActor(
        String id, String name, String kind, int start, int end, boolean inCodebook) {
    public KnownActor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    boolean person() {
        return kind.equals("person");
    }
}
