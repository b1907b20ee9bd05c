package org.alliancebrief.analysis.attribution;

import java.util.List;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * The clause that introduces a quotation before it: "Rutte said: “…”", "argued Kallas: “…”",
 * "according to X, “…”", "Rutte welcomed the move, saying it is “…”", "with spokesperson Jana Novak
 * insisting that “…”", "Sir Jan Novak, head of the service, was blunter: “…”", "X: “…”", a label
 * line "Name Surname:" above the quotation, or a paragraph above it that ends on such a clause and
 * a colon. The subject of that clause speaks, not its object.
 */
final class LeadIn {
    /** How far from the quotation's mark a reporting verb may stand. */
    private static final int REACH = 60;

    /** The longest aside between a subject and its verb ("X, a former official, said"). */
    private static final int ASIDE = 16;

    /** How close to the quotation a participle makes the name before it its subject. */
    private static final int PARTICIPLE = 8;

    /** How many asides may stand between a subject and its verb ("X, head of Y, the Z, said"). */
    private static final int ASIDES = 3;

    private final Scene s;
    private final ReportingClause clauses;

    LeadIn(Scene scene, ReportingClause clauses) {
        this.s = scene;
        this.clauses = clauses;
    }

    /** The mention that introduces quotation {@code q}; {@code previousEnd} bounds the look. */
    Candidate before(Quotation q, int previousEnd) {
        int p = q.paragraph();
        Candidate c = clause(p, q.openToken(), previousEnd);
        if (c == null && q.openToken() <= 1) {
            c = label(p);
            if (c == null) {
                c = colonAbove(p);
            }
        }
        return c;
    }

    /** The clause before token {@code open} of paragraph {@code p}, back to its sentence start. */
    private Candidate clause(int p, int open, int previousEnd) {
        TokenText.Paragraph para = s.paragraph(p);
        // The clause of an earlier quotation is not this one's; a scare quote is no border.
        int from = Math.max(sentenceStart(p, Math.min(open, para.size() - 1)), previousEnd + 1);
        int e = open - 1;
        while (e >= from
                && para.get(e) instanceof Token.Punct pu
                && (pu.mark() == '*' || pu.mark() == '_')) {
            e--; // Markdown emphasis around a lead-in
        }
        boolean colon = e >= from && para.get(e) instanceof Token.Punct pu && pu.mark() == ':';
        for (int v = open - 1; v >= from && open - v <= REACH; v--) {
            if (clauses.according(p, v)) {
                Candidate c = s.startingAt(p, v + 2);
                return c != null ? c : s.startingAt(p, v + 3);
            }
            if (s.word(p, v, WordList.REPORTING_VERBS)) {
                Candidate c = subjectOf(p, from, v, open);
                if (c != null) {
                    issuedEarlier(p, from, v, c);
                    Candidate doc = clauses.namedDocumentAfter(p, v, c);
                    return doc != null && c.kind() != Kind.PERSON ? doc : c;
                }
            }
        }
        return colon ? colonSubject(p, from, e) : null;
    }

    /** "Stoltenberg: “…”", "Sir Jan Novak, head of the service, was blunter: “…”". */
    private Candidate colonSubject(int p, int from, int colon) {
        int k = colon - 1;
        while (k >= from && s.token(p, k) instanceof Token.Punct pu && pu.mark() == '*') {
            k--;
        }
        Candidate c = s.endingAt(p, k);
        if (c != null && c.first() <= from + 1) {
            return c;
        }
        // "The Estonian prime minister, Kaja Kallas, was blunt: “…”": the name is meant.
        return apposed(p, from, firstSubject(p, from, colon));
    }

    /** The subject of the reporting verb at {@code v}. */
    private Candidate subjectOf(int p, int from, int v, int open) {
        boolean participle = s.token(p, v) instanceof Token.Word w && w.lower().endsWith("ing");
        int k = v - 1;
        while (k >= from && s.word(p, k, WordList.VERB_FILLERS)) {
            k--;
        }
        Candidate quoted = participle ? clauses.quotedBefore(p, k) : null;
        if (quoted != null) {
            return quoted; // "RT quoted Putin as saying: “…”": the object speaks
        }
        Candidate c = s.endingAt(p, k);
        if (c == null || c.role() == Role.OBJECT) {
            Candidate head = servedBy(p, from, k);
            c = head != null ? head : c;
        }
        if (participle
                && open - v <= PARTICIPLE
                && c != null
                && c.role() != Role.POSSESSIVE
                && speaks(c)) {
            return c; // "with spokesperson Jana Novak stating:", "X insisting that the plan is"
        }
        if (c == null && k >= from && s.token(p, k) instanceof Token.Punct pu && pu.mark() == ',') {
            // "The minister, Jana Novak, said": the name is meant.
            c = apposed(p, from, beforeAsides(p, from, k));
        }
        if (c != null && c.role() != Role.POSSESSIVE && c.role() != Role.OBJECT) {
            return c;
        }
        if (participle) {
            // "Rutte criticised Orbán, saying: “…”": the main clause's subject speaks.
            return firstSubject(p, from, v);
        }
        if (k < from
                || s.token(p, k) instanceof Token.Punct
                || s.token(p, k) instanceof Token.QuoteMark) {
            return clauses.inverted(p, v); // "argued Kallas: “…”"
        }
        return null;
    }

    /**
     * "A spokesperson for the European Commission said", "officials in Brussels say": the role or
     * unnamed source before a phrase that says whom it serves and ends at token {@code k}, right
     * before the verb (past its fillers), when it is the clause's subject; else null.
     */
    private Candidate servedBy(int p, int from, int k) {
        for (int j = k; j > from && k - j <= ReportingClause.SERVED_WORDS; j--) {
            if (s.word(p, j, WordList.PREPOSITIONS)) {
                Candidate head = s.endingAt(p, j - 1);
                return head != null
                                && head.role() == Role.SUBJECT
                                && clauses.phraseEnd(p, head) == k + 1
                        ? head
                        : null;
            }
        }
        return null;
    }

    /**
     * The name apposed to subject {@code c} ({@link ReportingClause#named}), unless a conjunction
     * makes {@code c} one of several subjects; {@code c} itself when none is; null for null.
     */
    private Candidate apposed(int p, int from, Candidate c) {
        return c != null && !conjunct(p, from, c) ? clauses.named(p, c) : c;
    }

    /**
     * Whether a conjunction stands just before {@code c} ("leaders of eight states and the
     * alliance's leader, X, announced"): then a name apposed to it names one of several subjects.
     */
    private boolean conjunct(int p, int from, Candidate c) {
        for (int j = c.first() - 1; j >= from && c.first() - j <= CONJUNCT_REACH; j--) {
            if (s.word(p, j, WordList.CONJUNCTIONS)) {
                return true;
            }
        }
        return false;
    }

    /** How far before a subject a conjunction makes it one of several ("and the alliance's"). */
    private static final int CONJUNCT_REACH = 4;

    /**
     * "Jana Novak, a former NATO official, said", "X, head of MI6, the UK's agency, put it": the
     * subject before the asides that end at the comma {@code k}.
     */
    private Candidate beforeAsides(int p, int from, int k) {
        int commas = 0;
        List<Token> tokens = s.paragraph(p).tokens();
        for (int j = k - 1; j >= Math.max(from, k - ASIDE * ASIDES) && commas < ASIDES; j--) {
            int open = Affiliation.opening(tokens, j);
            if (open > from) {
                j = open; // "Jana Novak (EPP, Slovakia), a member of the Parliament, said"
                continue;
            }
            Token t = s.token(p, j);
            if (t instanceof Token.QuoteMark || t instanceof Token.Punct stop && stop.stop()) {
                return null;
            }
            if (!(t instanceof Token.Punct comma && comma.mark() == ',')) {
                continue;
            }
            commas++;
            int bracket = Affiliation.opening(tokens, j - 1);
            Candidate c = s.endingAt(p, bracket > from ? bracket - 1 : j - 1);
            if (c != null) {
                return c;
            }
            if (commas == 1) {
                for (Candidate x : s.between(p, j + 1, k)) {
                    if (x.kind() == Kind.PERSON) {
                        return x; // "The envoy, Jana Novak, said"
                    }
                }
            }
        }
        return null;
    }

    /** The first subject of tokens {@code [from, to)} that can speak, or null. */
    private Candidate firstSubject(int p, int from, int to) {
        for (Candidate x : s.between(p, from, to)) {
            if (x.role() == Role.SUBJECT && speaks(x) && !s.subordinate(x)) {
                return x;
            }
        }
        return null;
    }

    /** Whether a mention can say something: not "it" standing for no one. */
    private static boolean speaks(Candidate c) {
        return c.kind() != Kind.PRONOUN || !c.name().equals("it");
    }

    /** "In their joint statement, the countries said …": the statement is theirs. */
    private void issuedEarlier(int p, int from, int verb, Candidate subject) {
        for (Candidate d : s.between(p, from, verb)) {
            if (d.kind() == Kind.DOCUMENT
                    && !d.head().isEmpty()
                    && d.first() > 0
                    && s.token(p, d.first() - 1) instanceof Token.Word in
                    && in.lower().equals("in")) {
                s.issuedBy.put(d, subject);
            }
        }
    }

    /** A line "Name Surname:" standing alone above the quotation. */
    private Candidate label(int p) {
        if (p == 0) {
            return null;
        }
        TokenText.Paragraph prev = s.paragraph(p - 1);
        int n = prev.size();
        if (n < 2 || n > 8 || !(prev.get(n - 1) instanceof Token.Punct pu && pu.mark() == ':')) {
            return null;
        }
        Candidate c = s.endingAt(p - 1, n - 2);
        return c != null && c.first() <= 1 && c.kind().named() ? c : null;
    }

    /** "…, with spokesperson Jana Novak stating:" ending the paragraph above the quotation. */
    private Candidate colonAbove(int p) {
        if (p == 0) {
            return null;
        }
        TokenText.Paragraph prev = s.paragraph(p - 1);
        int n = prev.size();
        if (n < 3 || !(prev.get(n - 1) instanceof Token.Punct pu && pu.mark() == ':')) {
            return null;
        }
        return clause(p - 1, n, -1);
    }

    /**
     * Where the sentence of token {@code k} starts, at most a bounded way back; a stop before a
     * capitalised word starts one too, where the splitter took it for an abbreviation ("wrote on X.
     * Rutte welcomed").
     */
    private int sentenceStart(int p, int k) {
        if (k < 0) {
            return 0;
        }
        int id = s.sentence(p, k);
        int j = k;
        while (j > 0
                && s.sentence(p, j - 1) == id
                && k - j < REACH * 2
                && !(s.token(p, j - 1) instanceof Token.Punct stop
                        && stop.stop()
                        && s.token(p, j) instanceof Token.Word w
                        && w.capitalised())) {
            j--;
        }
        return j;
    }
}
