package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis vocabulary: areas and themes with their terms, actors with their aliases, offices
 * with their holders by date, and documents quoted as speakers. Every phrase of every kind is
 * compiled into one automaton, so a text is read once for all of them. Immutable and thread-safe.
 */
public final class Codebook {
    private static final int THEME = 0;
    private static final int ACTOR = 1;
    private static final int OFFICE = 2;
    private static final int STATEMENT = 3;
    private static final int DEMONYM = 4;

    /** Names of actors that signal a theme; kept apart so they never hide a theme term. */
    private static final int LINKED = 5;

    private static final int KINDS = 6;

    private final List<ThemeEntry> themes;
    private final List<ActorEntry> actors;
    private final List<Office> offices;
    private final List<Statement> statements;
    private final Map<ThemeId, ThemeEntry> themeById = new LinkedHashMap<>();
    private final Map<ActorId, ActorEntry> actorById = new LinkedHashMap<>();
    private final PhraseAutomaton automaton;
    private final Salience salience;

    public Codebook(
            List<ThemeEntry> themes,
            List<ActorEntry> actors,
            List<Office> offices,
            List<Statement> statements) {
        this(themes, actors, offices, statements, Salience.NONE);
    }

    public Codebook(
            List<ThemeEntry> themes,
            List<ActorEntry> actors,
            List<Office> offices,
            List<Statement> statements,
            Salience salience) {
        this.salience = java.util.Objects.requireNonNull(salience, "salience");
        this.themes = List.copyOf(themes);
        this.actors = List.copyOf(actors);
        this.offices = List.copyOf(offices);
        this.statements = List.copyOf(statements);
        List<Phrase> phrases = new ArrayList<>();
        for (ThemeEntry t : this.themes) {
            themeById.put(t.id(), t);
            List<Phrase> ex = Phrase.exclusions(t.exclusions());
            t.terms().forEach(term -> add(phrases, t.id(), THEME, term, false, false, ex));
            t.weak().forEach(term -> add(phrases, t.id(), THEME, term, false, true, ex));
        }
        for (ActorEntry a : this.actors) {
            actorById.put(a.id(), a);
            List<Phrase> ex = Phrase.exclusions(a.exclusions());
            add(phrases, a.id(), ACTOR, a.name(), false, false, ex);
            a.aliases().forEach(al -> add(phrases, a.id(), ACTOR, al, false, false, ex));
            a.metonyms().forEach(m -> add(phrases, a.id(), ACTOR, m, true, false, ex));
            a.demonyms().forEach(d -> add(phrases, a.id(), DEMONYM, d, false, false, List.of()));
            for (ThemeId theme : a.themes()) {
                add(phrases, theme, LINKED, a.name(), false, false, ex);
                a.aliases().forEach(al -> add(phrases, theme, LINKED, al, false, false, ex));
            }
        }
        for (Office o : this.offices) {
            add(phrases, o, OFFICE, o.label(), false, false, List.of());
            o.aliases().forEach(al -> add(phrases, o, OFFICE, al, false, false, List.of()));
        }
        for (Statement st : this.statements) {
            add(phrases, st, STATEMENT, st.name(), false, false, List.of());
            st.aliases().forEach(al -> add(phrases, st, STATEMENT, al, false, false, List.of()));
        }
        automaton = new PhraseAutomaton(phrases, KINDS);
    }

    private static void add(
            List<Phrase> phrases,
            Object target,
            int kind,
            String phrase,
            boolean metonym,
            boolean weak,
            List<Phrase> exclusions) {
        Phrase p = Phrase.of(target, kind, phrase, metonym, weak, exclusions);
        if (p != null) {
            phrases.add(p);
        }
    }

    /** The settings of the salience rule themes are counted by. */
    public Salience salience() {
        return salience;
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

    /**
     * Every hit of every kind in {@code text}, from one pass of the automaton. Theme hits include
     * the names of actors that signal a theme (a mission's name for crisis management); such a hit
     * may overlap a theme term of another theme.
     */
    @SuppressWarnings("unchecked")
    public CodebookHits scan(CharSequence text) {
        List<List<TermHit<Object>>> hits = automaton.find(text);
        List<TermHit<Object>> themeHits = hits.get(THEME);
        if (!hits.get(LINKED).isEmpty()) {
            themeHits = new ArrayList<>(themeHits);
            themeHits.addAll(hits.get(LINKED));
            themeHits.sort(java.util.Comparator.comparingInt(TermHit::start));
        }
        return new CodebookHits(
                (List<TermHit<ThemeId>>) (List<?>) themeHits,
                (List<TermHit<ActorId>>) (List<?>) hits.get(ACTOR),
                (List<TermHit<Office>>) (List<?>) hits.get(OFFICE),
                (List<TermHit<Statement>>) (List<?>) hits.get(STATEMENT),
                (List<TermHit<ActorId>>) (List<?>) hits.get(DEMONYM));
    }

    /** Theme and area terms in {@code text}: longest match wins, no two hits overlap. */
    public List<TermHit<ThemeId>> findThemes(CharSequence text) {
        return scan(text).themes();
    }

    /** Actor names, aliases and metonyms in {@code text}: longest match wins, no overlaps. */
    public List<TermHit<ActorId>> findActors(CharSequence text) {
        return scan(text).actors();
    }

    /** Phrases naming an office ("the secretary general") in {@code text}. */
    public List<TermHit<Office>> findOffices(CharSequence text) {
        return scan(text).offices();
    }

    /** The size of the compiled matcher: phrases and states. */
    public String matcherSize() {
        return automaton.toString();
    }
}
