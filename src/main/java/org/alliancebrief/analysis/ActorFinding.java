package org.alliancebrief.analysis;

import java.util.List;
import java.util.Objects;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;

/**
 * One actor named in one article, with a bounded sample of the sentences that name it.
 *
 * @param inCodebook false for a person the codebook lacks but the text plainly names (a titled
 *     person, the speaker of a quote); such an actor's id is made from its name
 * @param fuzzy true when at least one mention is a misspelling resolved to a codebook name
 * @param evidence up to {@link #MAX_EVIDENCE} sentences behind the count, in text order
 */
public record ActorFinding(
        ActorId id,
        String name,
        ActorKind kind,
        int mentions,
        boolean inCodebook,
        boolean fuzzy,
        List<Evidence> evidence) {
    /** Sentences kept per actor and article. */
    public static final int MAX_EVIDENCE = 3;

    public ActorFinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (mentions < 1) {
            throw new IllegalArgumentException(id + ": mentions must be >= 1, was " + mentions);
        }
        evidence = List.copyOf(evidence);
    }

    /** A finding without evidence sentences. */
    public ActorFinding(ActorId id, String name, ActorKind kind, int mentions, boolean inCodebook) {
        this(id, name, kind, mentions, inCodebook, false, List.of());
    }
}
