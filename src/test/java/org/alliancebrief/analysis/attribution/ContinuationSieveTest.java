package org.alliancebrief.analysis.attribution;

import static org.alliancebrief.analysis.attribution.Fixture.speakers;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations without a clause of their own go on from the one before. */
class ContinuationSieveTest {
    @Test
    void carriesTheSpeakerAcrossAParagraphBreakAndAlongARun() {
        assertEquals(
                List.of("Kaja Kallas", "Kaja Kallas", "Kaja Kallas", "Kaja Kallas"),
                speakers(
                        """
                        Kallas on the mission (wire)

                        Kallas said: "The mission will protect shipping in the region.

                        "It will start next month and last for a year at least."

                        "We have no other choice," she said. "The threat is real and growing."
                        """));
    }

    @Test
    void aQuotationParagraphAfterNarrativeNamingNoOneKeepsTheLastSpeaker() {
        // "a major theme" names no one: the narrative between stays silent.
        assertEquals(
                List.of("Kaja Kallas", "Kaja Kallas"),
                speakers(
                        """
                        Visit to Warsaw (release)

                        "The work on a joint declaration is going well," Kallas told the media \
                        after her meeting.

                        The crisis in the east was also a major theme of the talks.

                        "We have also discussed the crises in our neighbourhood, where our \
                        support stays essential."
                        """));
    }

    @Test
    void aQuotationParagraphAfterAnAttributedOneKeepsItsSpeaker() {
        assertEquals(
                List.of("Mark Rutte", "Mark Rutte"),
                speakers(
                        """
                Drones over the airports

                "We have seen what happened over the past weeks in the region," Rutte said.

                "Still, we are assessing whether it was done on purpose or not at all."
                """));
    }

    @Test
    void stopsWhereSomeoneElseIsNamedBetween() {
        assertEquals(
                List.of("Mark Rutte", "Kaja Kallas"),
                speakers(
                        """
                Two voices

                "We are ready for every scenario," Rutte said. Kallas disagreed. "We are not \
                ready for the scenario that matters most."
                """));
    }

    @Test
    void aTheyFarFromAnyGroupDoesNotBreakARunFromOneDocument() {
        assertEquals(
                List.of("NATO", "NATO"),
                speakers(
                        """
                        Lecture: the alliance at seventy-five

                        Years ago it was Rutte and Kallas who first argued for a written treaty.

                        The text is short. It has seven areas. It names no budget. It sets no \
                        deadline. Its style is sober. The NATO treaty opens plainly: "The Parties \
                        will settle any international dispute in which they may be involved by \
                        peaceful means". And, in the same breath, they commit to "work together \
                        on resilience, each according to its own means".
                        """));
    }
}
