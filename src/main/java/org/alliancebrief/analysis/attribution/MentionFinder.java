package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Statement;
import org.alliancebrief.codebook.TermHit;

/**
 * Finds every reference to a possible speaker, paragraph by paragraph: documents first, then known
 * actors with their titles, then pronouns and noun phrases ({@link NounPhrases}); {@link Roles}
 * then gives each its part in the clause.
 */
final class MentionFinder {
    private final Lexicon lex;
    private final DocumentMentions documents;
    private final TitledNames titles;
    private final NounPhrases phrases;
    private final Institutions institutions;
    private final Map<String, String[]> pronouns;

    MentionFinder(Lexicon lex, Codebook codebook) {
        this.lex = lex;
        this.pronouns = lex.table(WordList.PRONOUNS);
        this.documents = new DocumentMentions(lex, codebook);
        this.titles = new TitledNames(lex);
        this.phrases = new NounPhrases(lex);
        this.institutions = new Institutions(codebook);
    }

    /**
     * The candidates of every paragraph, each list in token order; {@code statements} are the
     * codebook's statement hits in the whole text, in text order, from the article's one scan.
     */
    List<List<Candidate>> find(
            TokenText text, List<KnownActor> actors, List<TermHit<Statement>> statements) {
        List<KnownActor> sorted = new ArrayList<>(actors);
        // Where two overlap ("NATO" inside "NATO chief"), the longer comes first and wins.
        sorted.sort(
                Comparator.comparingInt(KnownActor::start)
                        .thenComparing(Comparator.comparingInt(KnownActor::end).reversed()));
        List<List<Candidate>> out = new ArrayList<>();
        Outlets outlets = new Outlets(lex); // the outlets this article names
        Institutions.Scope named = institutions.in(sorted);
        int a = 0;
        int s = 0;
        for (TokenText.Paragraph p : text.paragraphs()) {
            List<KnownActor> here = new ArrayList<>();
            while (a < sorted.size() && sorted.get(a).start() < p.span().end()) {
                if (sorted.get(a).start() >= p.span().start()) {
                    here.add(sorted.get(a));
                }
                a++;
            }
            List<TermHit<Statement>> docs = new ArrayList<>();
            while (s < statements.size() && statements.get(s).start() < p.span().end()) {
                TermHit<Statement> h = statements.get(s++);
                if (h.start() >= p.span().start() && h.end() <= p.span().end()) {
                    docs.add(h); // one across two paragraphs names no document in either
                }
            }
            out.add(
                    new Roles(lex, p)
                            .assign(
                                    ActorPairs.join(
                                            p,
                                            paragraph(
                                                    text.text(), p, here, docs, outlets, named))));
        }
        return out;
    }

    /**
     * The candidates of one paragraph, in token order. Each kind is marked by a method of its own:
     * one method holding all the loops was compiled again and again.
     */
    private List<Candidate> paragraph(
            String text,
            TokenText.Paragraph p,
            List<KnownActor> here,
            List<TermHit<Statement>> statements,
            Outlets outlets,
            Institutions.Scope named) {
        Candidate[] by = new Candidate[p.size()]; // the candidate covering each token
        for (TermHit<Statement> hit : statements) {
            Candidate c = documents.named(p, hit);
            if (c != null) {
                mark(by, c);
            }
        }
        for (KnownActor k : here) {
            markActor(p, k, by);
        }
        for (int k = 0; k < p.size(); k++) {
            if (p.get(k) instanceof Token.Word w && by[k] == null) {
                Candidate c = wordCandidate(text, p, k, w, by, outlets, named);
                if (c != null) {
                    mark(by, c);
                    k = c.last();
                }
            }
        }
        return distinct(by);
    }

    /** Marks the known actor {@code k}, with the title before a person's name. */
    private void markActor(TokenText.Paragraph p, KnownActor k, Candidate[] by) {
        int first = p.tokenAt(k.start());
        int last = p.tokenAt(k.end()) - 1;
        if (last < first || by[first] != null) {
            return;
        }
        Kind kind =
                switch (k.kind()) {
                    case "person" -> Kind.PERSON;
                    case "country" -> Kind.COUNTRY;
                    default -> Kind.ORGANISATION;
                };
        int from = kind == Kind.PERSON ? titles.start(p, first, by) : first;
        mark(
                by,
                new Candidate(
                        kind,
                        p.index(),
                        from,
                        last,
                        Role.SUBJECT,
                        kind == Kind.PERSON
                                ? titles.gender(p, from, first, k.name())
                                : Gender.UNKNOWN,
                        k.name(),
                        k.id(),
                        k.inCodebook(),
                        "",
                        null));
    }

    /**
     * The candidate word {@code w} at token {@code k} opens, or null: a pronoun, an outlet, a
     * signed document or a noun phrase.
     */
    private Candidate wordCandidate(
            String text,
            TokenText.Paragraph p,
            int k,
            Token.Word w,
            Candidate[] by,
            Outlets outlets,
            Institutions.Scope named) {
        long lists = lex.lists(w.lower()); // one look-up answers every list below
        // An upper-case word is an acronym ("IT" systems), never a pronoun.
        String[] pron =
                WordList.PRONOUNS.in(lists) && w.shape() != Token.Shape.UPPER
                        ? pronouns.get(w.lower())
                        : null;
        if (pron != null) {
            // "it is clear": no one
            return pron[0].equals("n") && expletive(p, k) ? null : pronoun(p, k, w, pron[0]);
        }
        Candidate outlet = w.capitalised() ? outlets.at(text, p, k, by) : null;
        if (outlet != null) {
            return outlet;
        }
        if ((lists & NounPhrases.HEADS) == 0) {
            return null; // heads no phrase that either reader below reads
        }
        Candidate np = documents.signedBy(text, p, k, by);
        return np != null ? np : institution(phrases.at(text, p, k, by), p, named, outlets);
    }

    /**
     * "the ministry": the organisation it stands for, when one named before has that noun; "the
     * agency" with none: the news agency the article named last.
     */
    private Candidate institution(
            Candidate c, TokenText.Paragraph p, Institutions.Scope named, Outlets outlets) {
        if (c == null || c.kind() != Kind.ORGANISATION || c.owner() != null || !c.id().isEmpty()) {
            return c;
        }
        KnownActor a = named.before(p.get(c.first()).start(), c.head());
        if (a != null) {
            return named(c, a.name(), a.id(), a.inCodebook(), a);
        }
        if (outlets.last() != null && lex.has(WordList.OUTLET_REFERENCES, c.head())) {
            return named(c, outlets.last(), "", false, null);
        }
        return c;
    }

    /** {@code c} where it stands, naming the actor it was found to stand for. */
    private static Candidate named(
            Candidate c, String name, String id, boolean inCodebook, KnownActor owner) {
        return new Candidate(
                c.kind(),
                c.paragraph(),
                c.first(),
                c.last(),
                c.role(),
                c.gender(),
                name,
                id,
                inCodebook,
                c.head(),
                owner);
    }

    /** The candidates of {@code by}, each once, in token order. */
    private static List<Candidate> distinct(Candidate[] by) {
        List<Candidate> found = new ArrayList<>();
        Set<Candidate> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Candidate c : by) {
            if (c != null && seen.add(c)) {
                found.add(c);
            }
        }
        return found;
    }

    private static Candidate pronoun(TokenText.Paragraph p, int k, Token.Word w, String gender) {
        Gender g =
                switch (gender) {
                    case "m" -> Gender.MALE;
                    case "f" -> Gender.FEMALE;
                    case "n" -> Gender.NEUTER;
                    default -> Gender.UNKNOWN;
                };
        return new Candidate(
                Kind.PRONOUN, p.index(), k, k, Role.SUBJECT, g, w.lower(), "", false, "", null);
    }

    /** "it is", "it seems": an empty subject, standing for nothing said before. */
    private boolean expletive(TokenText.Paragraph p, int k) {
        return k + 1 < p.size()
                && p.get(k + 1) instanceof Token.Word next
                && lex.has(WordList.EXPLETIVE_VERBS, next.lower());
    }

    private static void mark(Candidate[] by, Candidate c) {
        for (int k = c.first(); k <= c.last(); k++) {
            by[k] = c;
        }
    }
}
