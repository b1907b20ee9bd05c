package org.alliancebrief.codebook;

import java.util.List;
import java.util.Objects;

/**
 * A document that articles quote as if it spoke ("the joint declaration said"): a speaker of
 * quotes, but not an actor that is counted.
 */
public record Statement(String id, String name, List<String> aliases) {
    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
