package org.alliancebrief.analysis.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** Documents that speak: the codebook's statements by name, and documents of two parties. */
final class DocumentMentions {
    private final Lexicon lex;
    private final DocumentParties parties;

    /** Documents by name → the one actor their name names, who speaks through them. */
    private final Map<String, KnownActor> authors = new HashMap<>();

    DocumentMentions(Lexicon lex, Codebook codebook) {
        this.lex = lex;
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

    /**
     * The document a codebook statement hit names ("the joint declaration"), with its author when
     * its name names one actor; null when the hit covers no word. Offsets are the text's.
     */
    Candidate named(TokenText.Paragraph p, TermHit<Statement> hit) {
        int first = p.tokenAt(hit.start());
        int last = p.tokenAt(hit.end()) - 1;
        if (last < first) {
            return null;
        }
        return new Candidate(
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
                authors.get(hit.target().name()));
    }

    /**
     * "the US–Ukraine agreement": the document noun at {@code k} named through its two parties, who
     * speak by it; null when {@code k} is no document noun or has no such parties.
     */
    Candidate signedBy(String text, TokenText.Paragraph p, int k, Candidate[] by) {
        if (!lex.has(WordList.DOCUMENTS, ((Token.Word) p.get(k)).lower())) {
            return null;
        }
        List<Candidate> two = parties.before(p, text, k, by);
        if (two.isEmpty()) {
            return null;
        }
        int start = two.get(0).first();
        if (start > 0
                && by[start - 1] == null
                && p.get(start - 1) instanceof Token.Word d
                && lex.table(WordList.DETERMINERS).containsKey(d.lower())) {
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
}
