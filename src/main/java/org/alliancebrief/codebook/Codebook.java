package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis vocabulary: areas and themes with their terms, actors with their aliases, offices
 * with their holders by date, and documents quoted as speakers. Immutable and thread-safe.
 */
public final class Codebook {
    private final List<ThemeEntry> themes;
    private final List<ActorEntry> actors;
    private final List<Office> offices;
    private final List<Statement> statements;
    private final Map<ThemeId, ThemeEntry> themeById = new LinkedHashMap<>();
    private final Map<ActorId, ActorEntry> actorById = new LinkedHashMap<>();
    private final TermMatcher<ThemeId> themeTerms;
    private final TermMatcher<ActorId> actorTerms;
    private final TermMatcher<Office> officeTerms;
    private final TermMatcher<Statement> statementTerms;

    public Codebook(List<ThemeEntry> themes, List<ActorEntry> actors, List<Office> offices,
            List<Statement> statements) {
        this.themes = List.copyOf(themes);
        this.actors = List.copyOf(actors);
        this.offices = List.copyOf(offices);
        this.statements = List.copyOf(statements);
        List<TermMatcher.Entry<ThemeId>> themeEntries = new ArrayList<>();
        for (ThemeEntry t : this.themes) {
            themeById.put(t.id(), t);
            t.terms().forEach(term -> themeEntries.add(
                    new TermMatcher.Entry<>(t.id(), term, false, t.exclusions())));
        }
        List<TermMatcher.Entry<ActorId>> actorEntries = new ArrayList<>();
        for (ActorEntry a : this.actors) {
            actorById.put(a.id(), a);
            actorEntries.add(new TermMatcher.Entry<>(a.id(), a.name(), false, a.exclusions()));
            a.aliases().forEach(al -> actorEntries.add(
                    new TermMatcher.Entry<>(a.id(), al, false, a.exclusions())));
            a.metonyms().forEach(m -> actorEntries.add(
                    new TermMatcher.Entry<>(a.id(), m, true, a.exclusions())));
        }
        List<TermMatcher.Entry<Office>> officeEntries = new ArrayList<>();
        for (Office o : this.offices) {
            officeEntries.add(new TermMatcher.Entry<>(o, o.label(), false, List.of()));
            o.aliases().forEach(al -> officeEntries.add(
                    new TermMatcher.Entry<>(o, al, false, List.of())));
        }
        List<TermMatcher.Entry<Statement>> statementEntries = new ArrayList<>();
        for (Statement st : this.statements) {
            statementEntries.add(new TermMatcher.Entry<>(st, st.name(), false, List.of()));
            st.aliases().forEach(al -> statementEntries.add(
                    new TermMatcher.Entry<>(st, al, false, List.of())));
        }
        themeTerms = new TermMatcher<>(themeEntries);
        actorTerms = new TermMatcher<>(actorEntries);
        officeTerms = new TermMatcher<>(officeEntries);
        statementTerms = new TermMatcher<>(statementEntries);
    }

    public List<ThemeEntry> themes() {
        return themes;
    }

    public List<ActorEntry> actors() {
        return actors;
    }

    public List<Office> offices() {
        return offices;
    }

    public List<Statement> statements() {
        return statements;
    }

    public Optional<ThemeEntry> theme(ThemeId id) {
        return Optional.ofNullable(themeById.get(id));
    }

    public Optional<ActorEntry> actor(ActorId id) {
        return Optional.ofNullable(actorById.get(id));
    }

    /** Theme and area terms in {@code text}: longest match wins, no two hits overlap. */
    public List<TermHit<ThemeId>> findThemes(CharSequence text) {
        return themeTerms.find(text);
    }

    /** Actor names, aliases and metonyms in {@code text}: longest match wins, no overlaps. */
    public List<TermHit<ActorId>> findActors(CharSequence text) {
        return actorTerms.find(text);
    }

    /** Phrases naming an office ("the secretary general") in {@code text}. */
    public List<TermHit<Office>> findOffices(CharSequence text) {
        return officeTerms.find(text);
    }

    /** Phrases naming a quoted document ("the joint declaration") in {@code text}. */
    public List<TermHit<Statement>> findStatements(CharSequence text) {
        return statementTerms.find(text);
    }
}
