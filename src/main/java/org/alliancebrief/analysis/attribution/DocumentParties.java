package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.analysis.attribution.Candidate.Gender;
import org.alliancebrief.analysis.attribution.Candidate.Kind;
import org.alliancebrief.analysis.attribution.Candidate.Role;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.codebook.ActorEntry;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.TermHit;

/**
 * The parties of a document named through them: a hyphen or dash compound of two states or bodies,
 * by name or demonym, before the document noun ("the US–Ukraine agreement", "the German-Ukrainian
 * accord", "the EU-Moldova pact"). The two sign it, so the two speak through it.
 */
final class DocumentParties {
    private final Codebook codebook;

    DocumentParties(Codebook codebook) {
        this.codebook = codebook;
    }

    /** The two parties of the compound that ends just before token {@code head}, else empty. */
    List<Candidate> before(TokenText.Paragraph p, String text, int head, Candidate[] by) {
        int k = head - 1;
        if (k < 0 || !(p.get(k) instanceof Token.Word right)) {
            return List.of();
        }
        if (right.text().indexOf('-') > 0) { // one word: "Poland-Ukraine", "German-Ukrainian"
            String[] parts = right.text().split("-");
            if (parts.length != 2) {
                return List.of();
            }
            Candidate a = party(parts[0], p, k, k);
            Candidate b = party(parts[1], p, k, k);
            return pair(a, b);
        }
        int from = by[k] != null && by[k].kind().named() ? by[k].first() : k;
        int dash = from - 1;
        if (dash < 1
                || !(p.get(dash) instanceof Token.Punct d && dashLike(d.mark()))
                || p.get(dash).start() != p.get(dash - 1).end()
                || p.get(dash).end() != p.get(from).start()) {
            return List.of(); // "US–Ukraine", written without spaces around the dash
        }
        int to = dash - 1;
        int left = by[to] != null && by[to].kind().named() ? by[to].first() : to;
        Candidate a = party(text.substring(p.get(left).start(), p.get(to).end()), p, left, to);
        Candidate b = party(text.substring(p.get(from).start(), p.get(k).end()), p, from, k);
        return pair(a, b);
    }

    private static boolean dashLike(char c) {
        return c == '-' || c == '\u2013' || c == '\u2010' || c == '\u2011' || c == '\u2014';
    }

    private static List<Candidate> pair(Candidate a, Candidate b) {
        return a == null || b == null || a.name().equals(b.name()) ? List.of() : List.of(a, b);
    }

    /** The state or body that {@code words} name whole, as a name or a demonym; else null. */
    private Candidate party(String words, TokenText.Paragraph p, int first, int last) {
        var hits = codebook.scan(words);
        List<TermHit<org.alliancebrief.codebook.ActorId>> all = new ArrayList<>(hits.actors());
        all.addAll(hits.demonyms());
        for (TermHit<org.alliancebrief.codebook.ActorId> h : all) {
            if (h.start() != 0 || h.end() != words.length()) {
                continue;
            }
            ActorEntry a = codebook.actor(h.target()).orElseThrow();
            if (a.kind() == ActorKind.PERSON) {
                return null;
            }
            return new Candidate(
                    a.kind() == ActorKind.COUNTRY ? Kind.COUNTRY : Kind.ORGANISATION,
                    p.index(),
                    first,
                    last,
                    Role.SUBJECT,
                    Gender.UNKNOWN,
                    a.name(),
                    a.id().value(),
                    true,
                    "",
                    null);
        }
        return null;
    }
}
