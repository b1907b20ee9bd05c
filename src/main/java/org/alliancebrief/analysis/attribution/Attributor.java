package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Statement;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.corpus.Span;

/**
 * The attribution stage of one article: its quotations, and for each the speaker that the first
 * sure sieve gives (explicit clause, continuation, pronoun or role noun, speaker introduced just
 * before), else none. Never a guess from the last name in the paragraph. Thread-safe: holds only
 * immutable lexicons and the codebook.
 */
public final class Attributor {
    private final Lexicon lex;
    private final QuoteFinder quotes;
    private final MentionFinder mentions;

    public Attributor(Codebook codebook, Lexicon lex) {
        this.lex = lex;
        this.quotes = new QuoteFinder(lex);
        this.mentions = new MentionFinder(lex, codebook);
    }

    /**
     * The quotations that are more than the name of an actor the earlier stages found: “the
     * coalition of the willing” in quotation marks names a group and quotes no one.
     */
    private static List<Quotation> withoutNames(
            List<Quotation> found, String text, List<KnownActor> actors) {
        if (found.isEmpty() || actors.isEmpty()) {
            return found;
        }
        Set<Long> names = new HashSet<>();
        for (KnownActor a : actors) {
            names.add((long) a.start() << 32 | a.end());
        }
        List<Quotation> kept = new ArrayList<>(found.size());
        for (Quotation q : found) {
            int start = q.words().start();
            int end = q.words().end();
            while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
                end--;
            }
            if (text.regionMatches(true, start, "the ", 0, 4)) {
                start += 4;
            }
            if (!names.contains((long) start << 32 | end)) {
                kept.add(q);
            }
        }
        return kept;
    }

    /** One quotation with its speaker, if the text says who spoke. */
    public record Attributed(Quotation quotation, Optional<Referent> speaker) {}

    /**
     * The quotations of {@code text} and their speakers, in text order; {@code statements} are the
     * codebook's statement hits in the text ({@link Codebook#scan}), so it is not scanned again.
     */
    public List<Attributed> attribute(
            TokenText text, List<KnownActor> actors, List<TermHit<Statement>> statements) {
        List<Quotation> found = withoutNames(quotes.find(text), text.text(), actors);
        Scene scene = new Scene(text, lex, found, mentions.find(text, actors, statements));
        Coreference coref = new Coreference(scene);
        for (Candidate c : scene.all) {
            if (c.kind() == Candidate.Kind.PRONOUN || c.kind() == Candidate.Kind.ROLE) {
                coref.of(c); // in text order, so chains of pronouns resolve step by step
            }
        }
        ReportingClause clauses = new ReportingClause(scene);
        List<Sieve> sieves =
                List.of(
                        new ExplicitSieve(coref),
                        new AnaphoraSieve(coref),
                        new ContinuationSieve(coref),
                        new IntroducedSieve(coref, clauses),
                        new HeadlineSieve(coref));
        List<Attributed> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate cue = clauses.of(i);
            if (cue == null
                    && !found.get(i).closed()
                    && i + 1 < found.size()
                    && !found.get(i + 1).opened()
                    && found.get(i + 1).paragraph() == found.get(i).paragraph() + 1) {
                cue = clauses.of(i + 1); // its clause follows where it closes
            }
            scene.cue[i] = cue;
            Referent r = null;
            for (int n = 0; n < sieves.size() && r == null; n++) {
                r = sieves.get(n).attribute(scene, i, cue);
            }
            scene.decided[i] = r;
            out.add(new Attributed(found.get(i), Optional.ofNullable(r)));
        }
        return joined(out, text);
    }

    /**
     * The quotations with each one that runs over paragraphs as one entry: a quotation left open at
     * a paragraph's end and closed paragraphs later, with no quotation mark in between ("“Not
     * Europe alone … ¶ And therefore … ¶ … the European Union”, said X"), is one span from its
     * opening mark to its closing one, spoken by whom its close names (else by whom its opening
     * does). A paragraph that opens with a mark of its own starts a new entry.
     */
    private static List<Attributed> joined(List<Attributed> quotes, TokenText text) {
        List<Attributed> out = new ArrayList<>(quotes.size());
        for (Attributed a : quotes) {
            Quotation q = a.quotation();
            Attributed before = out.isEmpty() ? null : out.get(out.size() - 1);
            if (before != null
                    && !q.opened()
                    && before.quotation().opened()
                    && !before.quotation().closed()
                    && before.quotation().paragraph() < q.paragraph()
                    && noMarksBetween(text, before.quotation().paragraph(), q.paragraph())) {
                Quotation whole =
                        new Quotation(
                                new Span(before.quotation().words().start(), q.words().end()),
                                q.paragraph(),
                                -1,
                                q.closeToken());
                out.set(
                        out.size() - 1,
                        new Attributed(whole, a.speaker().or(() -> before.speaker())));
                continue;
            }
            out.add(a);
        }
        return out;
    }

    /** Whether no paragraph strictly between {@code from} and {@code to} holds a quotation mark. */
    private static boolean noMarksBetween(TokenText text, int from, int to) {
        for (int p = from + 1; p < to; p++) {
            for (Token t : text.paragraphs().get(p).tokens()) {
                if (t instanceof Token.QuoteMark) {
                    return false;
                }
            }
        }
        return true;
    }
}
