package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Near-duplicates: the same story saved twice counts once, the earlier copy kept. */
class DuplicateFinderTest {
    private static ArticleFindings article(String file, String... sentences) {
        return new ArticleFindings(
                file,
                file,
                "",
                Optional.empty(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                100,
                DuplicateFinder.fingerprint(List.of(sentences)));
    }

    private static final String[] STORY = {
        "NATO and the EU met on Tuesday.",
        "They agreed to work on military mobility.",
        "Ministers also discussed cyber defence.",
        "The next meeting is in June.",
        "Officials said more work was needed."
    };

    @Test
    void marksALaterCopyWithDifferentPunctuationAsDuplicate() {
        String[] copy = STORY.clone();
        copy[0] = "NATO and the EU met on Tuesday!";
        copy[4] = "Officials said  more work was needed";
        var out =
                new DuplicateFinder()
                        .markDuplicates(
                                List.of(
                                        article("a.txt", STORY),
                                        article(
                                                "b.txt", STORY[0], STORY[1], STORY[2], STORY[3],
                                                STORY[4], "Extra."),
                                        article("c.txt", copy)));
        assertEquals(Optional.empty(), out.get(0).duplicateOf());
        assertEquals(Optional.of("a.txt"), out.get(1).duplicateOf());
        assertEquals(Optional.of("a.txt"), out.get(2).duplicateOf());
    }

    @Test
    void keepsArticlesThatShareOnlyAFewSentences() {
        var out =
                new DuplicateFinder()
                        .markDuplicates(
                                List.of(
                                        article("a.txt", STORY),
                                        article(
                                                "b.txt",
                                                STORY[0],
                                                STORY[1],
                                                "Something else entirely happened.",
                                                "Then a fourth thing.",
                                                "And a fifth.",
                                                "And a sixth one.")));
        assertEquals(Optional.empty(), out.get(1).duplicateOf());
    }

    @Test
    void neverCallsVeryShortArticlesDuplicates() {
        var out =
                new DuplicateFinder()
                        .markDuplicates(
                                List.of(
                                        article("a.txt", "One.", "Two."),
                                        article("b.txt", "One.", "Two.")));
        assertEquals(Optional.empty(), out.get(1).duplicateOf());
    }
}
