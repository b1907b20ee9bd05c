package org.alliancebrief.codebook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private final List<Term<ThemeId>> themeTerms = new ArrayList<>();
    private final List<Term<ActorId>> actorTerms = new ArrayList<>();
    private final List<Term<Office>> officeTerms = new ArrayList<>();
    private final List<Term<Statement>> statementTerms = new ArrayList<>();

    public Codebook(List<ThemeEntry> themes, List<ActorEntry> actors, List<Office> offices,
            List<Statement> statements) {
        this.themes = List.copyOf(themes);
        this.actors = List.copyOf(actors);
        this.offices = List.copyOf(offices);
        this.statements = List.copyOf(statements);
        for (ThemeEntry t : this.themes) {
            themeById.put(t.id(), t);
            t.terms().forEach(term -> themeTerms.add(Term.of(t.id(), term, false, t.exclusions())));
        }
        for (ActorEntry a : this.actors) {
            actorById.put(a.id(), a);
            actorTerms.add(Term.of(a.id(), a.name(), false, a.exclusions()));
            a.aliases().forEach(al -> actorTerms.add(Term.of(a.id(), al, false, a.exclusions())));
            a.metonyms().forEach(m -> actorTerms.add(Term.of(a.id(), m, true, a.exclusions())));
        }
        for (Office o : this.offices) {
            o.aliases().forEach(al -> officeTerms.add(Term.of(o, al, false, List.of())));
        }
        for (Statement s : this.statements) {
            statementTerms.add(Term.of(s, s.name(), false, List.of()));
            s.aliases().forEach(al -> statementTerms.add(Term.of(s, al, false, List.of())));
        }
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
        return find(themeTerms, text);
    }

    /** Actor names, aliases and metonyms in {@code text}: longest match wins, no overlaps. */
    public List<TermHit<ActorId>> findActors(CharSequence text) {
        return find(actorTerms, text);
    }

    /** Phrases naming an office ("the secretary general") in {@code text}. */
    public List<TermHit<Office>> findOffices(CharSequence text) {
        return find(officeTerms, text);
    }

    /** Phrases naming a quoted document ("the joint declaration") in {@code text}. */
    public List<TermHit<Statement>> findStatements(CharSequence text) {
        return find(statementTerms, text);
    }

    private static <T> List<TermHit<T>> find(List<Term<T>> terms, CharSequence text) {
        List<TermHit<T>> all = new ArrayList<>();
        for (Term<T> term : terms) {
            Matcher m = term.pattern().matcher(text);
            while (m.find()) {
                if (!term.excluded(text, m.start(), m.end())) {
                    all.add(new TermHit<>(term.target(), m.start(), m.end(), term.metonym()));
                }
            }
        }
        all.sort(Comparator.<TermHit<T>>comparingInt(TermHit::start)
                .thenComparing(h -> -(h.end() - h.start())));
        List<TermHit<T>> kept = new ArrayList<>();
        int until = 0;
        for (TermHit<T> hit : all) {
            if (hit.start() >= until) {
                kept.add(hit);
                until = hit.end();
            }
        }
        return kept;
    }

    /** A compiled term: smart case (capitals mean exact case), '*' word endings. */
    private record Term<T>(T target, Pattern pattern, boolean metonym, List<Pattern> exclusions) {
        static <T> Term<T> of(T target, String phrase, boolean metonym, List<String> exclusions) {
            return new Term<>(target, compile(phrase), metonym,
                    exclusions.stream().map(Term::compile).toList());
        }

        static Pattern compile(String phrase) {
            StringBuilder re = new StringBuilder("(?<![\\p{L}\\p{N}])");
            boolean first = true;
            for (String word : phrase.trim().split("\\s+")) {
                if (!first) {
                    re.append("[\\s\\u00a0]+");
                }
                boolean wild = word.endsWith("*");
                String w = wild ? word.substring(0, word.length() - 1) : word;
                re.append(Pattern.quote(w).replace("'", "\\E['\u2019]\\Q"));
                if (wild) {
                    re.append("[\\p{L}\\p{N}]*");
                }
                first = false;
            }
            re.append("(?![\\p{L}\\p{N}])");
            boolean lower = phrase.equals(phrase.toLowerCase(Locale.ROOT));
            return Pattern.compile(re.toString(),
                    lower ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
        }

        boolean excluded(CharSequence text, int start, int end) {
            int from = Math.max(0, start - 80);
            int to = Math.min(text.length(), end + 80);
            for (Pattern p : exclusions) {
                Matcher m = p.matcher(text).region(from, to);
                while (m.find()) {
                    if (m.start() <= start && end <= m.end()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
