package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Statement;
import org.alliancebrief.codebook.TermHit;

/**
 * Finds every reference to a possible speaker, paragraph by paragraph: known actors (with the title
 * before them), documents, pronouns, and noun phrases around a role, source, document, institution
 * or group noun ("the minister", "a senior EU diplomat", "the report", "the foreign ministry",
 * "both presidents"). {@link Roles} then gives each its part in the clause.
 */
final class MentionFinder {
    /** How far left a noun phrase may reach from its head noun. */
    private static final int MAX_MODIFIERS = 6;

    private final Lexicon lex;
    private final Codebook codebook;
    private final DocumentParties parties;

    /** Documents by name → the one actor their name names, who speaks through them. */
    private final java.util.Map<String, KnownActor> authors = new java.util.HashMap<>();

    MentionFinder(Lexicon lex, Codebook codebook) {
        this.lex = lex;
        this.codebook = codebook;
        this.parties = new DocumentParties(codebook);
        for (Statement st : codebook.statements()) {
            var named =
                    codebook.findActors(st.name()).stream()
                            .map(TermHit::target)
                            .distinct()
                            .toList();
            if (named.size() == 1) {
                var a = codebook.actor(named.get(0)).orElseThrow();
                authors.put(
                        st.name(),
                        new KnownActor(a.id().value(), a.name(), a.kind().key(), 0, 1, true));
            }
        }
    }

    /** The candidates of every paragraph, each list in token order. */
    List<List<Candidate>> find(TokenText text, List<KnownActor> actors) {
        List<KnownActor> sorted = new ArrayList<>(actors);
        // Where two overlap ("NATO" inside "NATO chief"), the longer comes first and wins.
        sorted.sort(
                Comparator.comparingInt(KnownActor::start)
                        .thenComparing(Comparator.comparingInt(KnownActor::end).reversed()));
        List<List<Candidate>> out = new ArrayList<>();
        int a = 0;
        for (TokenText.Paragraph p : text.paragraphs()) {
            List<KnownActor> here = new ArrayList<>();
            while (a < sorted.size() && sorted.get(a).start() < p.span().end()) {
                if (sorted.get(a).start() >= p.span().start()) {
                    here.add(sorted.get(a));
                }
                a++;
            }
            out.add(
                    new Roles(lex, p)
                            .assign(pairs(text.text(), p, paragraph(text.text(), p, here))));
        }
        return out;
    }

    private List<Candidate> paragraph(String text, TokenText.Paragraph p, List<KnownActor> here) {
        Candidate[] by = new Candidate[p.size()]; // the candidate covering each token
        String para = p.span().of(text);
        for (TermHit<Statement> hit : codebook.findStatements(para)) {
            int first = p.tokenAt(p.span().start() + hit.start());
            int last = p.tokenAt(p.span().start() + hit.end()) - 1;
            if (last >= first) {
                mark(
                        by,
                        new Candidate(
                                Kind.DOCUMENT,
                                p.index(),
                                first,
                                last,
                                Role.SUBJECT,
                                Gender.UNKNOWN,
                                hit.target().name(),
                                "",
                                false,
                                "",
                                authors.get(hit.target().name())));
            }
        }
        for (KnownActor k : here) {
            int first = p.tokenAt(k.start());
            int last = p.tokenAt(k.end()) - 1;
            if (last < first || by[first] != null) {
                continue;
            }
            Kind kind =
                    switch (k.kind()) {
                        case "person" -> Kind.PERSON;
                        case "country" -> Kind.COUNTRY;
                        default -> Kind.ORGANISATION;
                    };
            int from = kind == Kind.PERSON ? titleStart(p, first, by) : first;
            mark(
                    by,
                    new Candidate(
                            kind,
                            p.index(),
                            from,
                            last,
                            Role.SUBJECT,
                            honorific(p, from, first),
                            k.name(),
                            k.id(),
                            k.inCodebook(),
                            "",
                            null));
        }
        for (int k = 0; k < p.size(); k++) {
            if (p.get(k) instanceof Token.Word w && by[k] == null) {
                String[] pron = lex.table("pronouns").get(w.lower());
                if (pron != null && pron[0].equals("n") && expletive(p, k)) {
                    continue; // "it is clear that": no one
                }
                if (pron != null) {
                    Gender g =
                            switch (pron[0]) {
                                case "m" -> Gender.MALE;
                                case "f" -> Gender.FEMALE;
                                case "n" -> Gender.NEUTER;
                                default -> Gender.UNKNOWN;
                            };
                    mark(
                            by,
                            new Candidate(
                                    Kind.PRONOUN,
                                    p.index(),
                                    k,
                                    k,
                                    Role.SUBJECT,
                                    g,
                                    w.lower(),
                                    "",
                                    false,
                                    "",
                                    null));
                } else {
                    Candidate np = nounPhrase(text, p, k, by);
                    if (np != null) {
                        mark(by, np);
                        k = np.last();
                    }
                }
            }
        }
        List<Candidate> found = new ArrayList<>();
        java.util.Set<Candidate> seen =
                java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Candidate c : by) {
            if (c != null && seen.add(c)) {
                found.add(c);
            }
        }
        return found;
    }

    /** "the EU and NATO", "Biden and Michel": two actors joined by "and" speak as a pair. */
    private static List<Candidate> pairs(
            String text, TokenText.Paragraph p, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Candidate a = found.get(i);
            Candidate b = i + 1 < found.size() ? found.get(i + 1) : null;
            if (b != null
                    && a.kind().named()
                    && b.kind().named()
                    && (a.kind() == Kind.PERSON) == (b.kind() == Kind.PERSON)
                    && b.first() == a.last() + 2
                    && p.get(a.last() + 1) instanceof Token.Word w
                    && w.lower().equals("and")
                    && !a.name().equals(b.name())) {
                out.add(
                        new Candidate(
                                Kind.COLLECTIVE,
                                p.index(),
                                a.first(),
                                b.last(),
                                Role.SUBJECT,
                                Gender.UNKNOWN,
                                a.name() + " and " + b.name(),
                                "",
                                false,
                                "",
                                null,
                                List.of(a, b)));
                i++;
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** "Latvian Defence Minister", "spokesperson", "Mr": the title words before a name. */
    private int titleStart(TokenText.Paragraph p, int first, Candidate[] by) {
        int from = first;
        for (int k = first - 1; k >= Math.max(0, first - MAX_MODIFIERS); k--) {
            if (by[k] != null) {
                Candidate c = by[k];
                if (from < first && c.kind().named() && c.kind() != Kind.PERSON) {
                    from = c.first(); // "NATO Secretary General Mark Rutte": one phrase
                    k = c.first();
                    continue;
                }
                break;
            }
            if (p.get(k) instanceof Token.Punct dot
                    && dot.mark() == '.'
                    && k > 0
                    && p.get(k - 1) instanceof Token.Word abbr
                    && (lex.has("titles", abbr.text() + ".")
                            || lex.table("honorifics").containsKey(abbr.lower() + "."))) {
                continue; // "Mr. Smith", "Gen. Novak"
            }
            if (!(p.get(k) instanceof Token.Word w)) {
                break;
            }
            if ((w.lower().equals("of") || w.lower().equals("for"))
                    && k > 0
                    && p.get(k - 1) instanceof Token.Word t
                    && lex.has("titles", t.text())) {
                continue; // "Secretary of State John Kerry", "Head of ENISA Jane Doe"
            }
            boolean title =
                    lex.has("titles", w.text()) || lex.table("honorifics").containsKey(w.lower());
            if (title || w.capitalised() && !lex.has("not-names", w.text())) {
                from = k;
            } else {
                break;
            }
        }
        if (from < first) {
            from = modifiersBefore(p, from, by); // "the Finnish foreign minister X"
        }
        if (from > 0
                && by[from - 1] == null
                && p.get(from - 1) instanceof Token.Word d
                && lex.table("determiners").containsKey(d.lower())) {
            from--;
        }
        return from;
    }

    /**
     * Lower-case modifiers before a title belong to the phrase when a determiner or a possessive
     * opens it ("the Finnish foreign minister", "the Commission's defence commissioner"); otherwise
     * they are left out.
     */
    private int modifiersBefore(TokenText.Paragraph p, int from, Candidate[] by) {
        for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
            if (by[k] != null && by[k].kind().named() && by[k].kind() != Kind.PERSON) {
                k = by[k].first(); // "the Finnish foreign minister": a demonym inside
                if (k > 0
                        && p.get(k - 1) instanceof Token.Word d
                        && lex.table("determiners").containsKey(d.lower())) {
                    return k;
                }
                continue;
            }
            if (by[k] != null || !(p.get(k) instanceof Token.Word w)) {
                return from;
            }
            if (w.clitic()) {
                return k + 1;
            }
            if (lex.table("determiners").containsKey(w.lower())) {
                return k + 1; // the determiner itself is added by the caller
            }
            if (!w.capitalised() && !modifier(w)) {
                return from;
            }
        }
        return from;
    }

    private Gender honorific(TokenText.Paragraph p, int from, int first) {
        for (int k = from; k < first; k++) {
            if (p.get(k) instanceof Token.Word w) {
                String[] h = lex.table("honorifics").get(w.lower());
                if (h != null && !h[0].equals("-")) {
                    return h[0].equals("m") ? Gender.MALE : Gender.FEMALE;
                }
            }
        }
        return Gender.UNKNOWN;
    }

    /** The noun phrase headed by the word at {@code k}, or null when it heads none we read. */
    private Candidate nounPhrase(String text, TokenText.Paragraph p, int k, Candidate[] by) {
        Token.Word head = (Token.Word) p.get(k);
        String h = head.lower();
        boolean document = lex.has("documents", h);
        boolean group = lex.has("collectives", h);
        boolean source = lex.has("unnamed-sources", h);
        boolean title = lex.has("titles", h);
        boolean institution = lex.has("institutions", h);
        if (!(document || group || source || title || institution)) {
            return null;
        }
        if (k + 1 < p.size()
                && p.get(k + 1) instanceof Token.Word next
                && next.capitalised()
                && !document
                && !institution) {
            return null; // a title before a name: "Defence Minister Jana Novak"
        }
        if (document) {
            Candidate signed = signedBy(text, p, k, by);
            if (signed != null) {
                return signed;
            }
        }
        int start = k;
        String det = "";
        KnownActor owner = null;
        for (int j = k - 1; j >= Math.max(0, k - MAX_MODIFIERS); j--) {
            Token t = p.get(j);
            if (by[j] != null) {
                Candidate c = by[j];
                if (c == null || !c.kind().named()) {
                    break;
                }
                owner =
                        new KnownActor(
                                c.id(),
                                c.name(),
                                c.kind().name().toLowerCase(java.util.Locale.ROOT),
                                0,
                                1,
                                c.inCodebook());
                start = c.first();
                j = c.first();
                continue;
            }
            if (!(t instanceof Token.Word w)) {
                break;
            }
            String[] d = lex.table("determiners").get(w.lower());
            if (d != null) {
                det = d[0];
                start = j;
                if (j > 0 && p.get(j - 1) instanceof Token.Word the && the.lower().equals("the")) {
                    det = "d"; // "the two leaders"
                    start = j - 1;
                }
                break;
            }
            if (w.clitic() || w.capitalised() || modifier(w)) {
                start = j;
            } else {
                break;
            }
        }
        // Lower-case modifiers count only inside a phrase opened by a determiner.
        if (det.isEmpty()) {
            while (start < k
                    && p.get(start) instanceof Token.Word w
                    && !w.capitalised()
                    && !w.clitic()
                    && by[start] == null) {
                start++;
            }
        }
        if (owner == null) {
            owner = ownerAfter(by, p, k);
        }
        boolean plural = h.endsWith("s") && !h.endsWith("ss");
        Kind kind;
        if (document) {
            kind = Kind.DOCUMENT;
        } else if (institution && (owner != null || det.equals("d"))) {
            kind = Kind.ORGANISATION;
        } else if (group && plural && (det.equals("d") || det.isEmpty() && owner != null)) {
            kind = Kind.COLLECTIVE; // "both presidents", or a named body: "NATO foreign ministers"

        } else if ((source || title || group) && (det.equals("i") || det.isEmpty() && plural)) {
            kind = Kind.UNNAMED;
        } else if ((source || title) && !plural) {
            kind = Kind.ROLE;
        } else {
            return null;
        }
        int last = kind == Kind.UNNAMED ? description(p, k) : k;
        String phrase = text.substring(p.get(start).start(), p.get(last).end());
        if (kind == Kind.ORGANISATION && owner != null && lex.has("governments", h)) {
            if (owner.kind().equals("country")) {
                // "the Italian government": the state's government, an organisation of its own.
                return new Candidate(
                        kind,
                        p.index(),
                        start,
                        last,
                        Role.SUBJECT,
                        Gender.UNKNOWN,
                        governmentOf(owner.name()),
                        "",
                        false,
                        h,
                        owner);
            }
        }
        if (kind == Kind.ORGANISATION && owner != null) {
            // "EU headquarters", "the Kremlin's press office": the body itself speaks.
            return new Candidate(
                    kind,
                    p.index(),
                    start,
                    last,
                    Role.SUBJECT,
                    Gender.UNKNOWN,
                    owner.name(),
                    owner.id(),
                    owner.inCodebook(),
                    h,
                    owner);
        }
        if (kind == Kind.ORGANISATION && !det.isEmpty() && start < k) {
            phrase = text.substring(p.get(start + 1).start(), p.get(last).end()); // no "the"
        }
        return new Candidate(
                kind,
                p.index(),
                start,
                last,
                Role.SUBJECT,
                Gender.UNKNOWN,
                phrase,
                "",
                false,
                h,
                owner);
    }

    /** "it is", "it seems": an empty subject, standing for nothing said before. */
    private boolean expletive(TokenText.Paragraph p, int k) {
        return k + 1 < p.size()
                && p.get(k + 1) instanceof Token.Word next
                && lex.has("expletive-verbs", next.lower());
    }

    /** "Government of Italy", "Government of the United Kingdom". */
    private String governmentOf(String country) {
        for (String w : country.split(" ")) {
            if (lex.has("definite-country-words", w)) {
                return "Government of the " + country;
            }
        }
        return "Government of " + country;
    }

    /** "the US–Ukraine agreement": a document named through its two parties, who speak by it. */
    private Candidate signedBy(String text, TokenText.Paragraph p, int k, Candidate[] by) {
        List<Candidate> two = parties.before(p, text, k, by);
        if (two.isEmpty()) {
            return null;
        }
        int start = two.get(0).first();
        if (start > 0
                && by[start - 1] == null
                && p.get(start - 1) instanceof Token.Word d
                && lex.table("determiners").containsKey(d.lower())) {
            start--;
        }
        return new Candidate(
                Kind.DOCUMENT,
                p.index(),
                start,
                k,
                Role.SUBJECT,
                Gender.UNKNOWN,
                text.substring(p.get(start).start(), p.get(k).end()),
                "",
                false,
                ((Token.Word) p.get(k)).lower(),
                null,
                two);
    }

    /** Lower-case words that may stand inside a noun phrase before its head. */
    private boolean modifier(Token.Word w) {
        String s = w.lower();
        return !lex.has("reporting-verbs", s)
                && !lex.has("prepositions", s)
                && !lex.has("conjunctions", s)
                && !lex.table("pronouns").containsKey(s)
                && !lex.has("verb-fillers", s);
    }

    /** "a statement by the EU", "the report of the Commission": its author. */
    private KnownActor ownerAfter(Candidate[] by, TokenText.Paragraph p, int k) {
        if (k + 2 < p.size()
                && p.get(k + 1) instanceof Token.Word w
                && (w.lower().equals("by") || w.lower().equals("of") || w.lower().equals("from"))) {
            int j = k + 2;
            Candidate c = by[j];
            if (c == null
                    && j + 1 < p.size()
                    && p.get(j) instanceof Token.Word the
                    && the.lower().equals("the")) {
                c = by[j + 1];
            }
            if (c != null && c.kind().named()) {
                return new KnownActor(
                        c.id(),
                        c.name(),
                        c.kind().name().toLowerCase(java.util.Locale.ROOT),
                        0,
                        1,
                        c.inCodebook());
            }
        }
        return null;
    }

    /** "an official who asked not to be named": the source's description, up to a verb. */
    private int description(TokenText.Paragraph p, int k) {
        if (k + 1 >= p.size()
                || !(p.get(k + 1) instanceof Token.Word w)
                || !lex.has("unnamed-extensions", w.lower())) {
            return k;
        }
        for (int j = k + 2; j < Math.min(p.size(), k + 14); j++) {
            Token t = p.get(j);
            if (t instanceof Token.Punct || t instanceof Token.QuoteMark) {
                return j - 1;
            }
            if (t instanceof Token.Word v
                    && lex.has("reporting-verbs", v.lower())
                    && !v.lower().equals("asked")) {
                return j - 1;
            }
        }
        return k;
    }

    private static void mark(Candidate[] by, Candidate c) {
        for (int k = c.first(); k <= c.last(); k++) {
            by[k] = c;
        }
    }
}
