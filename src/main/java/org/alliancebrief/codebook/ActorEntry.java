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
 * @param demonyms for countries: the adjectives ("Finnish") that name the state only before a state
 *     noun ("the Finnish government", "Polish troops"), never a person's nationality
 * @param exclusions phrases inside which an alias does not count ("Georgia Tech")
 * @param themes areas or themes every mention of the actor signals: a named mission or operation
 *     signals crisis management, as the words "crisis management" would
 */
public record ActorEntry(
        ActorId id,
        String name,
        ActorKind kind,
        List<String> aliases,
        List<String> metonyms,
        List<String> demonyms,
        List<String> exclusions,
        List<ThemeId> themes) {
    public ActorEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = List.copyOf(aliases);
        metonyms = List.copyOf(metonyms);
        demonyms = List.copyOf(demonyms);
        exclusions = List.copyOf(exclusions);
        themes = List.copyOf(themes);
    }

    /** An entry that signals no theme. */
    public ActorEntry(
            ActorId id,
            String name,
            ActorKind kind,
            List<String> aliases,
            List<String> metonyms,
            List<String> demonyms,
            List<String> exclusions) {
        this(id, name, kind, aliases, metonyms, demonyms, exclusions, List.of());
    }

    /** An entry without demonyms. */
    public ActorEntry(
            ActorId id,
            String name,
            ActorKind kind,
            List<String> aliases,
            List<String> metonyms,
            List<String> exclusions) {
        this(id, name, kind, aliases, metonyms, List.of(), exclusions, List.of());
    }
}
