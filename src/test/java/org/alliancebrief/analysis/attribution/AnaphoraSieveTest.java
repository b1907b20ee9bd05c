package org.alliancebrief.analysis.attribution;

import static org.alliancebrief.analysis.attribution.Fixture.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A pronoun or role noun in the clause stands for the last compatible subject, not an object,
 * unless no subject before has the pronoun's gender and a person named as an object has it.
 */
class AnaphoraSieveTest {
    @Test
    void neverResolvesToAnObjectOrAPossessive() {
        assertEquals(
                List.of("Mark Rutte", "Mark Rutte"),
                speakers(
                        """
                Rutte rebukes Budapest (BBC-style analysis)

                Rutte criticised Viktor Orban for his trip to Moscow, saying: "This visit does \
                not speak for the alliance."

                Rejecting Viktor Orban's argument about talks, Rutte was firm. "Peace cannot be \
                bought with a surrender," he told reporters.
                """,
                        "Viktor Orban"));
    }

    @Test
    void aGenderedPronounNoSubjectFitsStandsForTheObjectThatDoes() {
        assertEquals(
                List.of("Jana Novak"),
                speakers(
                        """
                Ministers meet in Riga

                Mr Pedro Smith met Jana Novak on Monday. She told him: "Our borders are the \
                alliance's borders and we will defend them."
                """,
                        "Jana Novak",
                        "Pedro Smith"));
    }

    @Test
    void followsGenderFromHonorificsAndRoleNounsToTheirTitle() {
        assertEquals(
                List.of("Jana Novak", "Pedro Smith"),
                speakers(
                        """
                Ministers meet in Riga

                Defence Minister Jana Novak met Mr Pedro Smith, the trade envoy, on Monday. Ms \
                Novak spoke first. "Our borders are the alliance's borders," she said.

                Mr Smith listened. "Trade and security go hand in hand for all of us," the envoy \
                added.
                """,
                        "Jana Novak",
                        "Pedro Smith"));
    }

    @Test
    void leavesAPronounWithoutAntecedentUnattributed() {
        assertEquals(
                java.util.Collections.singletonList(null),
                speakers(
                        """
                A quiet day

                "We will see what the next week brings for all of us," he said.
                """));
    }

    @Test
    void itStandsForTheBodyOrDocumentThatIsTheMainSubjectBefore() {
        assertEquals(
                List.of("NATO", "EU-NATO Joint Declaration"),
                speakers(
                        """
                        Alliance statement (wire)

                        NATO issued a statement late on Tuesday. "We condemn this reckless \
                        attack on a civilian airport," it said.

                        The joint declaration was signed in Warsaw. It ties the EU and NATO \
                        planning together, "in full respect of the decision-making autonomy of \
                        both organisations".
                        """));
    }

    @Test
    void aRoleNounFindsThePersonOnceSoTitledPastAnUntitledNameInBetween() {
        assertEquals(
                List.of("Jana Novak", "Jana Novak"),
                speakers(
                        """
                        Ministers discuss the eastern flank

                        Denmark's Minister for European Affairs Jana Novak announced the plan \
                        during a debate in Strasbourg on Wednesday.

                        The debate followed a week of airspace violations over the Baltic.

                        Several delegations asked for a faster timetable.

                        "Leaders reaffirmed their commitment to working together on air and \
                        missile defence," Novak said.

                        She noted that leaders backed the initiatives of the bloc's foreign \
                        policy chief, Petra Kallio.

                        "Among them is a common watch system for the eastern border," the Danish \
                        minister added.
                        """,
                        "Jana Novak",
                        "Petra Kallio"));
    }
}
