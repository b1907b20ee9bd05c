package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class CapitalPairsTest {
    @Test
    void findsTwoCapitalisedWordsWithOneSpaceBetween() {
        CapitalPairs.Pair p = new CapitalPairs("said Kaya Callas today").next(0);
        assertEquals(new CapitalPairs.Pair(5, 10, 16), p);
        assertNull(new CapitalPairs("said Kaya  Callas, Ed Miliband").next(0));
    }

    @Test
    void givesBackATrailingMarkSoThatNoLetterFollows() {
        // "Novak" + a combining acute, then a capital glued on: the mark is left out.
        String text = "Jana Nova\u0301kX";
        assertEquals(pattern(text, 0), new CapitalPairs(text).next(0));
    }

    @Test
    void findsWhatThePatternFindsOnAnyText() {
        String[] heads = {"A", "Z", "\u00c9", "a", "\u01c5", "\u02b0", "\ud801\udc00", "1", "."};
        String[] tails = {"a", "z", "\u00e9", "\u0301", "\u20dd", "\u0903", "B", "\ud801\udc28"};
        String[] gaps = {" ", " ", " ", "  ", "\n", "\u00a0", "-", "", ", "};
        Random random = new Random(7);
        int pairs = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int w = random.nextInt(6); w > 0; w--) {
                // Mostly a capital and lower-case letters: names of four letters and more.
                b.append(random.nextInt(4) == 0 ? heads[random.nextInt(heads.length)] : "K");
                for (int k = 2 + random.nextInt(5); k > 0; k--) {
                    b.append(random.nextInt(4) == 0 ? tails[random.nextInt(tails.length)] : "a");
                }
                b.append(gaps[random.nextInt(gaps.length)]);
            }
            String text = b.toString();
            List<CapitalPairs.Pair> expected = all(text, true);
            assertEquals(expected, all(text, false), () -> "on \"" + text + "\"");
            pairs += expected.size();
        }
        assertTrue(pairs > 2_000, "the texts hold too few pairs to test: " + pairs);
    }

    /** Every pair as the finder reads them (from the second word on after each), or the pattern. */
    private static List<CapitalPairs.Pair> all(String text, boolean pattern) {
        List<CapitalPairs.Pair> out = new ArrayList<>();
        CapitalPairs pairs = new CapitalPairs(text);
        int from = 0;
        while (from <= text.length()) {
            CapitalPairs.Pair p = pattern ? pattern(text, from) : pairs.next(from);
            if (p == null) {
                break;
            }
            out.add(p);
            from = p.second();
        }
        return out;
    }

    private static CapitalPairs.Pair pattern(String text, int from) {
        Matcher m = CapitalPairs.PAIR.matcher(text);
        return m.find(from) ? new CapitalPairs.Pair(m.start(), m.start(2), m.end()) : null;
    }
}
