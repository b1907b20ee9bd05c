package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The primitive near-duplicate index: earliest copy wins, boilerplate pairs are ignored. */
class DuplicateIndexTest {
    private static List<Long> pairs(int from, int count) {
        List<Long> hashes = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            hashes.add(0x9E3779B97F4A7C15L * (i + 1));
        }
        return hashes;
    }

    @Test
    void findsTheEarliestArticleAStoryRepeats() {
        DuplicateIndex index = new DuplicateIndex();
        assertEquals(-1, index.offer(0, pairs(0, 10)));
        assertEquals(-1, index.offer(1, pairs(100, 10)));
        assertEquals(0, index.offer(2, pairs(0, 10)), "an exact copy");
        assertEquals(0, index.offer(3, pairs(1, 10)), "nine of ten pairs shared");
        assertEquals(-1, index.offer(4, pairs(5, 10)), "half shared");
        assertEquals(30, index.size(), "copies are not indexed");
    }

    @Test
    void growsWithoutLosingPairs() {
        DuplicateIndex index = new DuplicateIndex();
        for (int a = 0; a < 5_000; a++) {
            assertEquals(-1, index.offer(a, pairs(a * 20, 20)));
        }
        assertEquals(100_000, index.size());
        assertEquals(1234, index.offer(5_000, pairs(1234 * 20, 20)));
        // 8 bytes a slot, at least 3/8 of the slots in use after the table doubles
        assertTrue(index.bytes() <= 22L * 100_000, "bytes " + index.bytes());
    }

    @Test
    void ignoresPairsSharedByTooManyArticles() {
        DuplicateIndex index = new DuplicateIndex();
        List<Long> boiler = pairs(1_000_000, 4);
        for (int a = 0; a < 70; a++) {
            List<Long> own = new ArrayList<>(pairs(a * 100, 1));
            own.addAll(boiler);
            index.offer(a, own); // the first one is kept; later ones repeat it
        }
        List<Long> onlyBoiler = new ArrayList<>(boiler);
        assertEquals(0, index.offer(100, onlyBoiler), "65 or fewer postings still count");
    }
}
