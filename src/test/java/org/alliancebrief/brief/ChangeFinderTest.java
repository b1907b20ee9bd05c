package org.alliancebrief.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeFinderTest {
    private final Brief brief = BriefFixtures.withBaseline();
    private final Changes changes = brief.changes().orElseThrow();

    @Test
    void sharesThatMovedMostComeFirstInPoints() {
        // cyber: 1 of 4 then, 4 of 5 now (+55 points); mobility: 4 of 4 then, 3 of 5 now (-40)
        Changes.Move first = changes.moves().get(0);
        assertEquals("cyber", first.id());
        assertEquals(55.0, first.points(), 1e-9);
        assertTrue(
                changes.moves().stream()
                        .anyMatch(m -> m.id().equals("military-mobility") && m.points() == -40.0),
                changes.moves().toString());
    }

    @Test
    void newAndVanishedVoicesAndActors() {
        assertEquals(List.of("Kaja Kallas"), changes.newVoices());
        assertEquals(List.of("Mr Vanished"), changes.vanishedVoices());
        assertTrue(changes.newActors().contains("Poland"), changes.newActors().toString());
        assertEquals(List.of("Gone Actor"), changes.vanishedActors());
    }

    @Test
    void theSectionStandsRightAfterTheKeyFindings() {
        assertTrue(brief.parts().get(0) instanceof Part.KeyFindings);
        assertTrue(brief.parts().get(1) instanceof Part.SinceLast, brief.parts().get(1).heading());
    }

    @Test
    void noBaselineNoChanges() {
        Brief plain = BriefFixtures.brief();
        assertTrue(plain.changes().isEmpty());
        assertTrue(plain.parts().stream().noneMatch(Part.SinceLast.class::isInstance));
    }

    @Test
    void executiveSummaryCitesFromOneUpwards() {
        Brief exec = BriefFixtures.executive();
        List<Integer> listed = exec.sources().stream().map(Source::number).toList();
        for (int i = 0; i < listed.size(); i++) {
            assertEquals(i + 1, listed.get(i));
        }
        exec.parts().stream()
                .filter(Part.TopicSection.class::isInstance)
                .flatMap(p -> ((Part.TopicSection) p).quotes().stream())
                .forEach(q -> assertTrue(listed.contains(q.source()), "cites " + q.source()));
    }
}
