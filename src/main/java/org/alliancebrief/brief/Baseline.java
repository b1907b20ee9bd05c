package org.alliancebrief.brief;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a previous brief's data file said, as far as the comparison needs it.
 *
 * @param path the file as given
 * @param generated the day it was made, as it records it
 * @param articles its counted articles
 * @param shares share of articles per area or theme id
 * @param voices names of the speakers it quotes by name
 * @param actors names of its actors by id
 * @param articleIds ids (or files, for older data files) of all the articles it read
 */
public record Baseline(
        String path,
        String generated,
        int articles,
        Map<String, Double> shares,
        Set<String> voices,
        Map<String, String> actors,
        Set<String> articleIds) {
    public Baseline {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(generated, "generated");
        shares = Map.copyOf(shares);
        voices = Set.copyOf(voices);
        actors = Map.copyOf(actors);
        articleIds = Set.copyOf(articleIds);
    }

    /** The names in {@code ids}, sorted for stable output. */
    List<String> actorNames(Set<String> ids) {
        return ids.stream().map(id -> actors.getOrDefault(id, id)).sorted().toList();
    }
}
