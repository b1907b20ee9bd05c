package org.alliancebrief.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Records how long each stage of a run took, in the order the stages ran; when measuring (the
 * bench, --verbose) also the process's CPU time and the peak heap and resident memory of each
 * stage. Measuring is off by default: the management beans cost start-up time.
 */
final class Stopwatch {
    /**
     * One stage.
     *
     * @param cpuNanos CPU time of the whole process (all threads) during the stage, or -1
     * @param peakHeap most heap in use during the stage (bytes), or -1
     * @param peakRss most resident memory during the stage (bytes), or -1 where not known
     */
    record Lap(long wallNanos, long cpuNanos, long peakHeap, long peakRss) {}

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");
    private final Map<String, Lap> laps = new LinkedHashMap<>();
    private final boolean measuring;
    private long last = System.nanoTime();
    private long lastCpu;

    Stopwatch() {
        this(false);
    }

    Stopwatch(boolean measuring) {
        this.measuring = measuring;
        restart();
    }

    /** Starts the next stage from now, forgetting earlier peaks. */
    void restart() {
        last = System.nanoTime();
        if (measuring) {
            lastCpu = cpuNanos();
            resetPeaks();
        }
    }

    /** Ends the stage named {@code stage}, which began at the previous lap. */
    void lap(String stage) {
        long now = System.nanoTime();
        Lap lap =
                measuring
                        ? new Lap(now - last, cpuNanos() - lastCpu, peakHeap(), peakRss())
                        : new Lap(now - last, -1, -1, -1);
        laps.merge(
                stage,
                lap,
                (a, b) ->
                        new Lap(
                                a.wallNanos() + b.wallNanos(),
                                a.cpuNanos() + b.cpuNanos(),
                                Math.max(a.peakHeap(), b.peakHeap()),
                                Math.max(a.peakRss(), b.peakRss())));
        restart();
    }

    Map<String, Lap> lapsInOrder() {
        return Collections.unmodifiableMap(laps);
    }

    boolean measuring() {
        return measuring;
    }

    static long cpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(CLEAR_REFS, "5"); // Linux: peak RSS starts again from now
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not Linux, or not allowed: the peak then counts from the start of the process
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    /** The process's peak resident set (VmHWM) in bytes, or -1 where /proc is missing. */
    static long peakRss() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux
        }
        return -1;
    }
}
