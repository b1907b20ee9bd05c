package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Results come in input order whatever the timing, with a bounded number in flight. */
@Timeout(30)
class OrderedParallelMapTest {
    @Test
    void handsResultsOnInInputOrderWithBoundedLookAhead() throws Exception {
        List<Integer> inputs = IntStream.range(0, 500).boxed().toList();
        List<Integer> seen = new ArrayList<>();
        AtomicInteger started = new AtomicInteger();
        int[] mostAhead = {0};
        try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(4, 8)) {
            map.run(
                    inputs,
                    i -> {
                        started.incrementAndGet();
                        if (i % 7 == 0) {
                            sleep(2); // some items are slow: later ones finish first
                        }
                        return i * 2;
                    },
                    (input, result) -> {
                        assertEquals(input * 2, result);
                        seen.add(input);
                        mostAhead[0] = Math.max(mostAhead[0], started.get() - seen.size());
                    });
        }
        assertEquals(inputs, seen);
        assertTrue(mostAhead[0] <= 8, "ran ahead by " + mostAhead[0]);
    }

    @Test
    void passesOnAWorkersFailure() {
        try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(2, 4)) {
            IllegalStateException e =
                    assertThrows(
                            IllegalStateException.class,
                            () ->
                                    map.run(
                                            List.of(1, 2, 3),
                                            i -> {
                                                if (i == 2) {
                                                    throw new IllegalStateException("bad " + i);
                                                }
                                                return i;
                                            },
                                            (input, result) -> {}));
            assertEquals("bad 2", e.getMessage());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
