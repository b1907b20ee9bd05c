package org.alliancebrief.analysis.attribution;

import static org.alliancebrief.analysis.attribution.Fixture.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No clause: the subject introduced just before speaks, whatever its verb. */
class IntroducedSieveTest {
    @Test
    void takesTheSubjectOfTheSentenceBefore() {
        assertEquals(
                List.of("Kaja Kallas"),
                speakers(
                        """
                Blog: notes from the summit

                Kallas was blunt about the talks. "If someone goes behind our backs, why should \
                we trust them?"
                """));
    }

    @Test
    void takesTheSubjectOfTheQuotationsOwnSentence() {
        assertEquals(
                List.of("Mark Rutte"),
                speakers(
                        """
                Summit opens

                Rutte was hoping the summit would be a strong show of unity, "a signal to \
                Moscow of our resolve today."
                """));
    }

    @Test
    void doesNotCarryAnOrganisationOverAParagraphBreak() {
        assertEquals(
                java.util.Collections.singletonList(null),
                speakers(
                        """
                Opinion: the sceptics

                NATO has asked its members to spend more on defence.

                "We Need Diplomacy, Not More Military Spending Now"
                """));
    }

    @Test
    void takesTheSpeakerOfAClauseThatEndsTheSentence() {
        assertEquals(
                List.of("Mark Rutte", "Mark Rutte", "Kaja Kallas"),
                speakers(
                        """
                        Rutte in Warsaw

                        Mark Rutte arrived in Warsaw on Monday. The "one for all and all for \
                        one" promise of the treaty has been used only once, he recalled.

                        Allies would hold firm whatever happened in Washington, Rutte said.

                        "We have been through harder times and we have stayed together."

                        Ministers agreed to start planning for a training mission, the EU's \
                        foreign policy chief Kaja Kallas said on Tuesday.

                        "All member states agree that the work on the mission must start now."
                        """));
    }
}
