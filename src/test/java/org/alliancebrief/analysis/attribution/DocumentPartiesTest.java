package org.alliancebrief.analysis.attribution;

import static org.alliancebrief.analysis.attribution.Fixture.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Documents that speak: through their two parties, by a name of their own, or by their head. */
class DocumentPartiesTest {
    @Test
    void aCompoundOfTwoStatesBeforeTheDocumentNounGivesBothParties() {
        assertEquals(
                List.of(
                        "Germany and Ukraine",
                        "Lithuania and Ukraine",
                        "United States and Ukraine"),
                speakers(
                        """
                        Analysis: what the security pacts promise

                        The German-Ukrainian agreement says that "Berlin will keep supplying \
                        air defence systems for the next ten years".

                        The Lithuania–Ukraine accord has a chapter on training: "The Participants \
                        will hold joint exercises at least twice a year."

                        Meanwhile the US–Ukraine agreement states that "any new attack would be a \
                        matter of grave concern to both sides".
                        """));
    }

    @Test
    void aCompoundWithSpacesOrOfOnePartyIsNoPair() {
        assertEquals(
                Arrays.asList(null, "Ukraine"),
                speakers(
                        """
                        Think-tank note

                        The 2024 – 2025 agreement says that "the signatories will consult within \
                        a day of any attack".

                        The Ukraine agreement says that "the signatories will consult within a \
                        day of any attack".
                        """));
    }

    @Test
    void aDocumentWithANameOfItsOwnSpeaksAsItselfAndItsHeadNounRefersBack() {
        assertEquals(
                List.of("Kyiv Security Compact", "Kyiv Security Compact"),
                speakers(
                        """
                        Commentary: a compact for the long haul

                        The Kyiv Security Compact was published in the autumn. The compact lists \
                        what the partners owe: "Each partner will fund training and joint \
                        production of weapons for at least a decade."

                        The document is clear on membership. The compact says "the door to the \
                        alliance stays open for Ukraine in the years to come".
                        """));
    }

    @Test
    void aPluralDocumentWithoutADefiniteArticleHasNoOneAuthor() {
        assertEquals(
                Arrays.asList((String) null),
                speakers(
                        """
                        Wire: allies split on wording

                        NATO met on Monday. Some agreements merely state that "the future of the \
                        country lies in the alliance".
                        """));
    }

    @Test
    void aStatesGovernmentIsTheGovernmentOfThatState() {
        assertEquals(
                List.of("Government of the United Kingdom", "Government of Germany"),
                speakers(
                        """
                        London and Berlin respond (agency copy)

                        The UK government said: "We will keep supporting Ukraine for as long as it \
                        takes." Germany's government said "Berlin stands ready to host the next \
                        round of talks in March".
                        """));
    }
}
