package org.alliancebrief.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Records how long each stage of a run took, in the order the stages ran. */
final class Stopwatch {
    private final Map<String, Long> nanosByStage = new LinkedHashMap<>();
    private long last = System.nanoTime();

    /** Ends the stage named {@code stage}, which began at the previous lap. */
    void lap(String stage) {
        long now = System.nanoTime();
        nanosByStage.merge(stage, now - last, Long::sum);
        last = now;
    }

    Map<String, Long> laps() {
        return Map.copyOf(nanosByStage);
    }

    Map<String, Long> lapsInOrder() {
        return java.util.Collections.unmodifiableMap(nanosByStage);
    }
}
