package org.alliancebrief.analysis;

import java.util.Objects;
import java.util.Optional;
import org.alliancebrief.codebook.ActorId;

/**
 * Who a quotation is attributed to.
 *
 * @param name canonical name ("Jens Stoltenberg", "EU-NATO Joint Declaration") or a description
 *     when the text names no one ("a senior NATO official")
 * @param id the actor's id when the speaker is a known or plainly named actor
 * @param named whether the text says who spoke; false for anonymous sources
 * @param attribution the words of the text that attribute the quote ("the NATO chief said")
 */
public record Speaker(String name, Optional<ActorId> id, boolean named, String attribution) {
    public Speaker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attribution, "attribution");
    }
}
