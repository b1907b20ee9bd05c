package org.alliancebrief.analysis.attribution;

import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * Finds the mention that a quotation's own reporting clause names, on either side of it: "“…,”
 * Rutte said", "“…,” said the minister", "“…,” Jana Novak, the envoy, said", a clause that ends the
 * quotation's sentence ("…, he recalled."), and the lead-ins before it that {@link LeadIn} reads.
 */
final class ReportingClause {
    /** How far from the quotation's mark a reporting verb may stand. */
    private static final int REACH = 30;

    /** How many tokens may follow the verb of a clause that ends a sentence ("said on Monday."). */
    private static final int TAIL = 10;

    /** The longest aside between a subject and its verb ("X, a former official, said"). */
    private static final int ASIDE = 16;

    /** The most tokens a signature line below a quotation may have ("— X Y, title, date"). */
    private static final int SIGNATURE = 16;

    private final Scene s;
    private final LeadIn leadIn;

    ReportingClause(Scene scene) {
        this.s = scene;
        this.leadIn = new LeadIn(scene, this);
    }

    /** The mention that attributes quotation {@code i} of the scene, or null. */
    Candidate of(int i) {
        Quotation q = s.quotes.get(i);
        Candidate after = q.closed() ? after(q) : null;
        if (after != null && (!q.opened() || !endsSentence(q))) {
            return after;
        }
        // "X said: “… .” Y said “…”": once the quotation has ended its sentence, a clause after
        // it may open the next one; a clause of its own before it comes first.
        Candidate before = q.opened() ? leadIn.before(q, previousEnd(i)) : null;
        if (before == null && after == null && q.opened()) {
            before = signature(q);
        }
        if (before == null && after == null) {
            before = interrupted(q);
        }
        if (before != null || after != null || !q.closed()) {
            return before != null ? before : after;
        }
        // "The “all for one” pledge was invoked once, he recalled.": the sentence's own clause.
        int p = q.paragraph();
        int end = q.closeToken() + 1;
        while (end < s.paragraph(p).size()
                && s.sentence(p, end) == s.sentence(p, q.closeToken())
                && end - q.closeToken() < REACH * 2) {
            end++;
        }
        return tail(p, q.closeToken() + 1, end);
    }

    /**
     * The speaker named by a reporting clause that ends the sentence {@code [from, to)} after a
     * comma ("…, he recalled.", "…, the bloc's top diplomat Jana Novak said on Tuesday.", "…, said
     * Rutte."), or null.
     */
    Candidate tail(int p, int from, int to) {
        TokenText.Paragraph para = s.paragraph(p);
        if (to <= from || !(para.get(to - 1) instanceof Token.Punct stop && stop.stop())) {
            return null;
        }
        for (int c = to - 2; c >= from && to - c <= REACH; c--) {
            Token t = para.get(c);
            if (t instanceof Token.QuoteMark) {
                return null;
            }
            if (!(t instanceof Token.Punct comma && comma.mark() == ',')) {
                continue;
            }
            if (s.finiteReporting(p, c + 1)
                    && !s.word(p, c + 1, WordList.OBJECT_VERBS)
                    && to - c <= TAIL) {
                Candidate inv = subjectAt(p, c + 2); // "…, said Rutte.", not "…, announced plans."
                return inv != null && inv.role() == Role.SUBJECT ? named(p, inv) : null;
            }
            Candidate object = quotedWithin(p, c + 1);
            if (object != null) {
                return object; // "…, the agency quoted the minister as saying."
            }
            Candidate c1 = subjectAt(p, c + 1);
            int verb =
                    c1 != null && c1.role() == Role.SUBJECT
                            ? verbAfter(p, c1.last() + 1, true)
                            : -1;
            if (verb >= 0 && to - verb <= TAIL) {
                return named(p, c1); // a few words after the verb at most: "said on Tuesday."
            }
        }
        return null;
    }

    /**
     * The name on a short line right below a paragraph that is one quotation: "— Jana Novak", "Jana
     * Novak, Minister of Defence", "Defence Minister Novak, 3 May 2024". The words before the
     * line's first comma are the name and its titles alone; what follows the comma is free.
     */
    private Candidate signature(Quotation q) {
        int p = q.paragraph();
        TokenText.Paragraph para = s.paragraph(p);
        // The line below a headline (paragraph 0) is its byline, not a signature.
        if (p == 0 || q.openToken() > 1 || p + 1 >= s.text.paragraphs().size()) {
            return null;
        }
        int end = q.closed() ? q.closeToken() + 1 : para.size();
        while (end < para.size() && para.get(end) instanceof Token.Punct pu && pu.mark() != '(') {
            end++;
        }
        TokenText.Paragraph line = s.paragraph(p + 1);
        if (end < para.size() || line.size() == 0 || line.size() > SIGNATURE || sentence(p + 1)) {
            return null;
        }
        int j = 0;
        while (j < line.size()
                && line.get(j) instanceof Token.Punct dash
                && "\u2014\u2013-".indexOf(dash.mark()) >= 0) {
            j++;
        }
        int name = j;
        while (j < line.size()
                && ((line.get(j) instanceof Token.Word w && w.capitalised())
                        || (line.get(j) instanceof Token.Punct dot && dot.mark() == '.'))) {
            j++;
        }
        boolean commaOrEnd =
                j == line.size()
                        || (line.get(j) instanceof Token.Punct comma && comma.mark() == ',');
        if (j == name || !commaOrEnd) {
            return null;
        }
        Candidate c = s.endingAt(p + 1, j - 1);
        if (c == null && j > name && line.get(j - 1) instanceof Token.Punct) {
            c = s.endingAt(p + 1, j - 2);
        }
        // A body signs only from the line's start: "Seeks Cooperation With European Union" is a
        // heading; titles may stand before a person ("NATO Sec. Gen. Rutte").
        boolean signs =
                c != null
                        && (c.kind() == Kind.PERSON
                                || (c.kind() == Kind.ORGANISATION && c.first() == name));
        return signs && c.first() >= name ? c : null;
    }

    /**
     * Whether paragraph {@code p} reads as a sentence, not a signature: it ends on a stop after a
     * word of more than one letter, or a reporting verb stands in it ("X, the envoy, said Y").
     */
    private boolean sentence(int p) {
        TokenText.Paragraph line = s.paragraph(p);
        int n = line.size();
        if (n >= 2
                && line.get(n - 1) instanceof Token.Punct stop
                && stop.stop()
                && line.get(n - 2) instanceof Token.Word w
                && w.text().length() > 1) {
            return true;
        }
        for (int k = 0; k < n; k++) {
            if (line.get(k) instanceof Token.Word w
                    && !w.capitalised()
                    && s.word(p, k, WordList.REPORTING_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /** The most tokens after a dashed clause's verb or subject before its closing dash. */
    private static final int DASHED_TAIL = 4;

    /**
     * The speaker named by a reporting clause between dashes inside the quotation ({@link
     * Spans#aside}), or null.
     */
    private Candidate interrupted(Quotation q) {
        int p = q.paragraph();
        int[] aside = Spans.aside(s.paragraph(p), q, s.asideVerb(p));
        return aside == null ? null : dashedClause(p, aside[0] + 1, aside[1]);
    }

    /** The speaker of the clause {@code [from, close)}: "continued X" or "X stressed". */
    private Candidate dashedClause(int p, int from, int close) {
        if (s.finiteReporting(p, from)) {
            Candidate c = inverted(p, from, true);
            return c != null && c.last() < close && close - c.last() <= DASHED_TAIL ? c : null;
        }
        Candidate subject = subjectAt(p, from);
        if (subject == null || subject.role() != Role.SUBJECT || subject.last() >= close) {
            return null;
        }
        int verb = verbAfter(p, subject.last() + 1, false);
        return verb > 0 && verb < close && close - verb <= DASHED_TAIL ? named(p, subject) : null;
    }

    /** Whether the quotation's last words end a sentence ("… them.”). */
    private boolean endsSentence(Quotation q) {
        return q.closeToken() > 0
                && s.paragraph(q.paragraph()).get(q.closeToken() - 1) instanceof Token.Punct stop
                && stop.stop();
    }

    /** Where the quotation before quotation {@code i} in its paragraph ended, or -1. */
    private int previousEnd(int i) {
        if (i == 0 || s.quotes.get(i - 1).paragraph() != s.quotes.get(i).paragraph()) {
            return -1;
        }
        Quotation o = s.quotes.get(i - 1);
        return o.closed() ? o.closeToken() : Spans.last(s.paragraph(o.paragraph()), o) - 1;
    }

    /** "“…,” Rutte said" / "“…,” said the minister" / "“…,” she told reporters". */
    private Candidate after(Quotation q) {
        int p = q.paragraph();
        TokenText.Paragraph para = s.paragraph(p);
        int j = q.closeToken() + 1;
        while (j < para.size()
                && para.get(j) instanceof Token.Punct pu
                && !pu.stop()
                && pu.mark() != '(') {
            j++;
        }
        if (j >= para.size() || para.get(j) instanceof Token.QuoteMark) {
            return null;
        }
        // "“…” is how the ambassador puts it", "“…”, as Rutte put it".
        while (j < para.size()
                && para.get(j) instanceof Token.Word w
                && (w.lower().equals("is")
                        || w.lower().equals("was")
                        || w.lower().equals("how")
                        || w.lower().equals("as"))) {
            j++;
        }
        if (j >= para.size()) {
            return null;
        }
        if (s.word(p, j, WordList.REPORTING_VERBS)) {
            // "“…”, reiterating that they …": a participle has no subject of its own after it.
            // Right after a quotation's comma a verb has no subject before it, so the name after
            // it is its subject even where the verb may take a listener: "“…,” warned NATO."
            return para.get(j) instanceof Token.Word w && w.lower().endsWith("ing")
                    ? null
                    : inverted(p, j, quotativeComma(q, j));
        }
        if (s.startingAt(p, j) == null
                && s.word(p, j, WordList.DETERMINERS)
                && s.startingAt(p, j + 1) != null) {
            j++; // "the EU and NATO said": the article before the name
        }
        if (s.word(p, j, WordList.REPORTING_PHRASES) || according(p, j)) {
            return s.startingAt(p, j + 2) != null ? s.startingAt(p, j + 2) : s.startingAt(p, j + 3);
        }
        Candidate object = quotedWithin(p, j);
        if (object != null) {
            return object; // "“…,” RT quoted Putin as saying."
        }
        Candidate c = s.startingAt(p, j);
        while (c != null && c.role() == Role.POSSESSIVE) {
            c = s.startingAt(p, c.last() + 2); // "Belgium's Prime Minister X": past "'s"
        }
        if (c == null) {
            return unknownSubject(p, j);
        }
        Candidate subject = c;
        c = named(p, c);
        // After a quotation that ends its sentence ("… them.”), a new sentence begins: only
        // a verb right after the name still reports it ("… them.” Rutte said.).
        boolean stopped =
                q.closeToken() > 0
                        && para.get(q.closeToken() - 1) instanceof Token.Punct stop
                        && stop.mark() == '.';
        // "“…,” a spokesperson for the Commission said": the verb follows the whole phrase.
        int verb = verbAfter(p, c == subject ? phraseEnd(p, c) : c.last() + 1, !stopped);
        if (verb < 0 || stopped && colonAfter(p, verb)) {
            return null; // "… soon.” X added: “…”": the clause introduces the next quotation
        }
        Candidate doc = namedDocumentAfter(p, verb, c);
        return doc != null && c.kind() != Kind.PERSON ? doc : c;
    }

    /** Whether a colon follows the verb at {@code verb}. */
    private boolean colonAfter(int p, int verb) {
        return verb + 1 < s.paragraph(p).size()
                && s.token(p, verb + 1) instanceof Token.Punct colon
                && colon.mark() == ':';
    }

    /** How many words a description the analysis cannot read may have between "the" and a verb. */
    private static final int UNKNOWN_WORDS = 3;

    /**
     * "“…,” the bloc said.": a short definite description the analysis reads as no one, right
     * before a reporting verb, still says the words are someone else's than the last speaker's: an
     * unnamed source under that description; else null.
     */
    private Candidate unknownSubject(int p, int j) {
        TokenText.Paragraph para = s.paragraph(p);
        if (!(para.get(j) instanceof Token.Word the && the.lower().equals("the"))) {
            return unknownName(p, j);
        }
        for (int k = j + 1; k < para.size() && k <= j + UNKNOWN_WORDS + 1; k++) {
            if (!(para.get(k) instanceof Token.Word w) || w.capitalised() || w.clitic()) {
                return null;
            }
            if (k > j + 1 && s.word(p, k, WordList.REPORTING_VERBS)) {
                return s.finiteReporting(p, k) ? unnamed(p, j, k - 1) : null;
            }
            if (s.startingAt(p, k) != null) {
                return null;
            }
        }
        return null;
    }

    /**
     * "“…,” Foobaria said.", "“…,” Acme Defence said.": capitalised words the analysis reads as no
     * one, right after the quotation and right before a reporting verb, are an unnamed source of
     * their own, never the speaker before; null where no such words and verb stand at {@code j}.
     */
    private Candidate unknownName(int p, int j) {
        TokenText.Paragraph para = s.paragraph(p);
        for (int k = j; k < para.size() && k <= j + UNKNOWN_NAME_WORDS; k++) {
            if (!(para.get(k) instanceof Token.Word w) || s.startingAt(p, k) != null) {
                return null;
            }
            if (w.capitalised()) {
                continue;
            }
            boolean verb = k > j && s.finiteReporting(p, k);
            // "Jointly declared the Secretary General": a subject after the verb is the speaker.
            boolean inverted =
                    k + 1 < para.size()
                            && (s.startingAt(p, k + 1) != null
                                    || s.word(p, k + 1, WordList.DETERMINERS));
            return verb && !inverted ? unnamed(p, j, k - 1) : null;
        }
        return null;
    }

    /** An unnamed source of the words {@code [first, last]}, headed by the last one. */
    private Candidate unnamed(int p, int first, int last) {
        return new Candidate(
                Kind.UNNAMED,
                p,
                first,
                last,
                Role.SUBJECT,
                Candidate.Gender.UNKNOWN,
                s.phrase(p, first, last),
                "",
                false,
                ((Token.Word) s.paragraph(p).get(last)).lower(),
                null);
    }

    /** The most capitalised words of a name the analysis does not know, before its verb. */
    private static final int UNKNOWN_NAME_WORDS = 4;

    /**
     * "… said in a joint declaration": a document the codebook names, after the verb; a document
     * the codebook does not name ("in a statement") is noted as issued by the subject.
     */
    Candidate namedDocumentAfter(int p, int verb, Candidate subject) {
        for (int k = verb + 1; k < Math.min(s.paragraph(p).size(), verb + 4); k++) {
            if (s.token(p, k) instanceof Token.Word w && w.lower().equals("in")) {
                for (int j = k + 1; j <= k + 3 && j < s.paragraph(p).size(); j++) {
                    Candidate d = s.startingAt(p, j);
                    if (d != null && d.kind() == Kind.DOCUMENT && !d.head().isEmpty()) {
                        s.issuedBy.put(d, subject);
                        return null;
                    }
                    if (d != null) {
                        return d.kind() == Kind.DOCUMENT ? d : null;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "the US ambassador to NATO, Jana Novak," / "a senior official, Jana Novak,": the name in
     * apposition to a role noun is the one meant.
     */
    Candidate named(int p, Candidate c) {
        if (!described(c)) {
            return c;
        }
        TokenText.Paragraph para = s.paragraph(p);
        int k = phraseEnd(p, c);
        if (k + 1 < para.size()
                && para.get(k) instanceof Token.Punct comma
                && comma.mark() == ',') {
            Candidate name = s.startingAt(p, k + 1);
            if (name != null && people(name)) {
                return name; // "the minister, Jana Novak,"; "the two ministers, Novak and Holm,"
            }
        }
        return c;
    }

    /**
     * A mention that describes whom it stands for without naming them: a role ("the minister"), an
     * unnamed source, a group by its description ("the two ministers").
     */
    private static boolean described(Candidate c) {
        return c.kind() == Kind.ROLE
                || c.kind() == Kind.UNNAMED
                || c.kind() == Kind.COLLECTIVE && c.members().isEmpty() && !c.head().isEmpty();
    }

    /** A person, or two people joined by "and". */
    private static boolean people(Candidate c) {
        return c.kind() == Kind.PERSON
                || c.kind() == Kind.COLLECTIVE
                        && !c.members().isEmpty()
                        && c.members().stream().allMatch(m -> m.kind() == Kind.PERSON);
    }

    /**
     * The token after role or unnamed source {@code c} and the phrase that says whom it serves:
     * "the ambassador to NATO", "a spokesperson for the European Commission", "officials in
     * Brussels"; right after {@code c} for any other mention.
     */
    int phraseEnd(int p, Candidate c) {
        int k = c.last() + 1;
        int size = s.paragraph(p).size();
        if (!described(c) || k + 1 >= size || !s.word(p, k, WordList.PREPOSITIONS)) {
            return k;
        }
        Candidate of = s.startingAt(p, k + 1);
        if (of == null && k + 2 < size) {
            of = s.startingAt(p, k + 2);
        }
        if (of != null && of.kind().named()) {
            return of.last() + 1;
        }
        // "officials in Brussels", "a diplomat from a southern member state": the phrase's words
        // up to a mark or a reporting verb, if they end within a few words.
        int e = k + 1;
        while (e < size
                && e - k <= SERVED_WORDS
                && s.token(p, e) instanceof Token.Word
                && !s.word(p, e, WordList.REPORTING_VERBS)) {
            e++;
        }
        boolean ended =
                e == size || !(s.token(p, e) instanceof Token.Word) || e - k <= SERVED_WORDS;
        return e > k + 1 && ended ? e : k;
    }

    /** The most words of the phrase after a role's preposition ("from a southern member state"). */
    static final int SERVED_WORDS = 6;

    /**
     * The mention that opens a subject at token {@code k}, past a possessor ("Belgium's Prime
     * Minister X", "the bloc's top diplomat X"); null if none does.
     */
    private Candidate subjectAt(int p, int k) {
        int j = k;
        if (s.startingAt(p, j) == null && s.word(p, j, WordList.DETERMINERS)) {
            j++;
        }
        Candidate c = s.startingAt(p, j);
        if (c == null
                && j + 1 < s.paragraph(p).size()
                && s.token(p, j) instanceof Token.Word w
                && !w.capitalised()
                && s.token(p, j + 1) instanceof Token.Word clitic
                && clitic.clitic()) {
            c = s.startingAt(p, j + 2); // "the bloc's": a possessor the text names no further
        }
        while (c != null && c.role() == Role.POSSESSIVE) {
            c = s.startingAt(p, c.last() + 2);
        }
        return c;
    }

    /**
     * Whether a comma, question or exclamation mark stands between the quotation's last word and
     * the token {@code j} after its closing mark: "“…,” warned", "“…?”, asked".
     */
    private boolean quotativeComma(Quotation q, int j) {
        TokenText.Paragraph para = s.paragraph(q.paragraph());
        for (int k = Math.max(0, q.closeToken() - 1); k < j; k++) {
            if (para.get(k) instanceof Token.Punct pu
                    && (pu.mark() == ',' || pu.mark() == '?' || pu.mark() == '!')) {
                return true;
            }
        }
        return false;
    }

    /** "said Rutte" / "said NATO Secretary General Mark Rutte, adding …". */
    Candidate inverted(int p, int verb) {
        return inverted(p, verb, false);
    }

    /**
     * "said Rutte"; with {@code subjectFirst}, also a verb that may take a listener ("warned
     * NATO"), where nothing before the verb can be its subject.
     */
    private Candidate inverted(int p, int verb, boolean subjectFirst) {
        if (!subjectFirst && s.word(p, verb, WordList.OBJECT_VERBS)) {
            return null;
        }
        for (int k = verb + 1; k <= verb + 5 && k < s.paragraph(p).size(); k++) {
            Candidate c = s.startingAt(p, k);
            if (c != null && c.role() == Role.POSSESSIVE) {
                k = c.last() + 1; // "said the Commission's commissioner X": past "'s"
                continue;
            }
            // The name right after a verb that may take a listener reads as its object ("warned
            // NATO"); where nothing before the verb can be its subject, it is the subject.
            boolean listener =
                    c != null && c.role() == Role.OBJECT && !(subjectFirst && next(p, verb, k));
            if (listener
                    || c != null
                            && c.kind() == Kind.PRONOUN
                            && c.gender() == Candidate.Gender.NEUTER) {
                return null; // "said in a statement", "put it bluntly": no subject follows
            }
            if (c != null) {
                return named(p, c);
            }
        }
        return null;
    }

    /** Whether token {@code k} follows the verb at once or past a determiner ("warned the"). */
    private boolean next(int p, int verb, int k) {
        return k == verb + 1 || k == verb + 2 && s.word(p, verb + 1, WordList.DETERMINERS);
    }

    /** The reporting verb that follows at {@code k}, past fillers and an aside; else -1. */
    private int verbAfter(int p, int k, boolean aside) {
        TokenText.Paragraph para = s.paragraph(p);
        int j = skipFillers(p, Affiliation.end(para.tokens(), k));
        if (j < para.size()
                && para.get(j) instanceof Token.Punct pu
                && pu.mark() == ','
                && s.word(p, j + 1, WordList.REPORTING_VERBS)) {
            return j + 1; // "…, Jana Novak, puts it": the comma closed an apposition
        }
        if (j < para.size() && para.get(j) instanceof Token.Punct pu && pu.mark() == ',' && aside) {
            for (int e = j + 1; e < Math.min(para.size(), j + ASIDE); e++) {
                Token t = para.get(e);
                if (t instanceof Token.Punct c && c.mark() == ',') {
                    j = skipFillers(p, e + 1);
                    break;
                }
                if (t instanceof Token.Punct c && c.stop() || t instanceof Token.QuoteMark) {
                    return -1;
                }
            }
        }
        return s.word(p, j, WordList.REPORTING_VERBS) ? j : -1;
    }

    private int skipFillers(int p, int k) {
        int j = k;
        while (j < s.paragraph(p).size() && s.word(p, j, WordList.VERB_FILLERS)) {
            j++;
        }
        return j;
    }

    /**
     * "RT quoted Putin as saying", "the agency cited him as telling reporters": where a verb of
     * quoting follows within a few words from {@code k}, its object before "as" speaks, not its
     * subject (an outlet, often one the codebook does not know).
     */
    private Candidate quotedWithin(int p, int k) {
        TokenText.Paragraph para = s.paragraph(p);
        for (int v = k; v < Math.min(para.size(), k + QUOTING_SUBJECT); v++) {
            if (!(para.get(v) instanceof Token.Word)) {
                return null;
            }
            if (s.word(p, v, WordList.QUOTING_VERBS)) {
                Candidate object = subjectAt(p, v + 1);
                return object != null && isAs(p, object.last() + 1) ? named(p, object) : null;
            }
        }
        return null;
    }

    /** The most words a subject of a verb of quoting may have ("the state news agency RIA"). */
    private static final int QUOTING_SUBJECT = 6;

    /**
     * The same reading from the "as" at {@code as} backwards, for a lead-in: "RT quoted Putin as
     * saying: “…”".
     */
    Candidate quotedBefore(int p, int as) {
        if (!isAs(p, as)) {
            return null;
        }
        Candidate object = s.endingAt(p, as - 1);
        if (object == null || object.first() == 0) {
            return null;
        }
        int v = object.first() - 1;
        if (v > 0 && s.word(p, v, WordList.DETERMINERS)) {
            v--; // "quoted the minister as saying"
        }
        return s.word(p, v, WordList.QUOTING_VERBS) ? object : null;
    }

    private boolean isAs(int p, int k) {
        return k >= 0
                && k < s.paragraph(p).size()
                && s.token(p, k) instanceof Token.Word w
                && w.lower().equals("as");
    }

    /** "according to X", "(a quote) attributed to X", "in the words of X". */
    boolean according(int p, int k) {
        if (!(s.token(p, k) instanceof Token.Word a) || k + 1 >= s.paragraph(p).size()) {
            return false;
        }
        String next = s.token(p, k + 1) instanceof Token.Word t ? t.lower() : "";
        return (a.lower().equals("according") || a.lower().equals("attributed"))
                        && next.equals("to")
                || a.lower().equals("words")
                        && next.equals("of")
                        && k > 0
                        && s.word(p, k - 1, WordList.DETERMINERS);
    }
}
