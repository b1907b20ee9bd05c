package org.alliancebrief.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.alliancebrief.codebook.Statement;
import org.alliancebrief.codebook.TermHit;
import org.junit.jupiter.api.Test;

/** Documents named by the codebook's statements, and documents read through their two parties. */
class DocumentMentionsTest {
    private final DocumentMentions documents = new DocumentMentions(Fixture.LEX, Fixture.CODEBOOK);

    @Test
    void aStatementHitOfTheTextBecomesTheDocumentItNames() {
        Words w = Words.of("Both sides recalled that the joint declaration of 2023 still holds.");
        List<TermHit<Statement>> hits = Fixture.CODEBOOK.scan(w.text()).statements();
        assertEquals(1, hits.size());
        Candidate doc = documents.named(w.paragraph(), hits.get(0));
        assertEquals(Candidate.Kind.DOCUMENT, doc.kind());
        assertEquals("EU-NATO Joint Declaration", doc.name());
        assertEquals("joint declaration", w.span(doc.first(), doc.last()));
        assertNull(doc.owner(), "its name names two actors, so neither is its author");
    }

    @Test
    void aDocumentNounAfterTwoStatesIsSignedByBoth() {
        Words w = Words.of("The Lithuanian-Ukrainian accord says little about money.");
        Candidate doc = documents.signedBy(w.text(), w.paragraph(), w.at("accord"), w.by());
        assertEquals("The Lithuanian-Ukrainian accord", doc.name());
        assertEquals(
                List.of("Lithuania", "Ukraine"),
                doc.members().stream().map(Candidate::name).toList());
    }

    @Test
    void aDocumentNounWithoutPartiesOrAnotherNounIsNotSigned() {
        Words w = Words.of("The new accord says little about money.");
        assertNull(documents.signedBy(w.text(), w.paragraph(), w.at("accord"), w.by()));
        assertNull(documents.signedBy(w.text(), w.paragraph(), w.at("money"), w.by()));
    }
}
