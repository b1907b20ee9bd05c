package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.CodebookLoader;
import org.junit.jupiter.api.Test;

/**
 * "the ministry said", "the alliance said": a definite institution noun speaks for the last
 * organisation named before it whose name, or codebook alias, has that noun.
 */
class DefiniteInstitutionsTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));

    private static List<String> speakers(String text) {
        return QuoteSpeakers.of(CODEBOOK, text);
    }

    @Test
    void theNounSpeaksForTheOrganisationNamedBeforeWithIt() {
        assertEquals(
                List.of("NATO", "Russian Defense Ministry"),
                speakers(
                        """
                        Cables cut in the Baltic (wire)

                        NATO and the European Union condemned the damage on Monday, and the \
                        Russian Defence Ministry denied any part in it.

                        "We will respond at a time of our choosing to any such attack," the \
                        alliance said in a statement.

                        "Our ships had nothing to do with the damage to the cables," the \
                        ministry said.
                        """));
    }

    @Test
    void theEuExecutiveIsTheCommission() {
        // Wire copy's name for the Commission is a codebook alias; its head noun goes back to it.
        assertEquals(
                List.of("European Commission", "European Commission"),
                speakers(
                        """
                        Brussels sets out its plan (wire)

                        The European Union wants to spend more on air defence, the 27-nation \
                        bloc's foreign ministers agreed on Monday.

                        "The money will come from the common budget first," the EU executive \
                        said in its proposal.

                        "Europe must produce more weapons, and faster," the executive added.
                        """));
    }

    @Test
    void withNoSuchOrganisationNamedTheNounIsAnUnnamedSourceNotAnotherBody() {
        assertEquals(
                List.of("the ministry"),
                speakers(
                        """
                        Cables cut in the Baltic (wire)

                        NATO condemned the damage on Monday.

                        "Our ships had nothing to do with the damage to the cables," the \
                        ministry said.
                        """));
    }
}
