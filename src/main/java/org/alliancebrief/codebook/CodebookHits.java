package org.alliancebrief.codebook;

import java.util.List;

/**
 * Every codebook hit in one text, found in one pass and sorted by start; within a kind no two hits
 * overlap (the longest match wins).
 *
 * @param demonyms country adjectives ("Finnish"), whose target is the country; whether they name
 *     the state is for the caller to decide from the words after them
 */
public record CodebookHits(
        List<TermHit<ThemeId>> themes,
        List<TermHit<ActorId>> actors,
        List<TermHit<Office>> offices,
        List<TermHit<Statement>> statements,
        List<TermHit<ActorId>> demonyms) {
    public CodebookHits {
        themes = List.copyOf(themes);
        actors = List.copyOf(actors);
        offices = List.copyOf(offices);
        statements = List.copyOf(statements);
        demonyms = List.copyOf(demonyms);
    }
}
