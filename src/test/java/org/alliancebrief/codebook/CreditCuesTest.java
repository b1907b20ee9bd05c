package org.alliancebrief.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CreditCuesTest {
    private static final Salience SALIENCE =
            new Salience(0, 0.5, 0.5, 1.5, List.of("is a senior fellow", "his research", "photo"));
    private static final CreditCues CUES = CreditCues.of(SALIENCE);

    @Test
    void findsACueInAnyCaseAsAWholePhrase() {
        assertTrue(CUES.in("Jo Bloggs IS A Senior Fellow at a think tank."));
        assertFalse(CUES.in("She is a senior fellowship holder."));
        assertTrue(CUES.in("Photo: Reuters"));
    }

    @Test
    void readsACueAtItsFirstPlaceOnly() {
        // As the search it replaces: the first "photo" is inside a word, the second is not read.
        assertFalse(CUES.in("Photographs, photo"));
    }

    @Test
    void answersAsTheSalienceRuleOnAnyText() {
        String[] pieces = {
            "is a senior fellow", "IS A SENIOR FELLOW", "his research", "photo", "Photo", " ", ".",
            "x", "9", "\u00e9", "\u0130", "fellowship", "his", "re"
        };
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            assertEquals(SALIENCE.credit(text), CUES.in(text), () -> "on \"" + text + "\"");
        }
    }
}
