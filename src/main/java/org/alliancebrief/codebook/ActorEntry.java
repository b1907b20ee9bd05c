package org.alliancebrief.codebook;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or country the codebook knows.
 *
 * @param name the canonical name shown in the brief ("Jens Stoltenberg", "European Union")
 * @param aliases other names that always mean this actor ("Stoltenberg", "the EU")
 * @param metonyms names that stand for the actor only when they are not a place of action
 *     ("Washington" for the United States, but not "in Washington")
 * @param exclusions phrases inside which an alias does not count ("Georgia Tech")
 */
public record ActorEntry(ActorId id, String name, ActorKind kind, List<String> aliases,
        List<String> metonyms, List<String> exclusions) {
    public ActorEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        metonyms = List.copyOf(metonyms);
        exclusions = List.copyOf(exclusions);
    }
}
