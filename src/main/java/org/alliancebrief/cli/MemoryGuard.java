package org.alliancebrief.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayDeque;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Notices a heap too small for the corpus within seconds, rather than after minutes of back-to-back
 * collections: when collections take most of the time and leave the heap nearly full, the run stops
 * at its next article with exit 70 and the -Xmx hint.
 */
final class MemoryGuard {
    /** Heap share still in use after a collection that counts as nearly full. */
    static final double FULL = 0.90;

    /** Share of wall time spent collecting that counts as thrashing, over {@link #WINDOW_MS}. */
    static final double THRASH = 0.5;

    static final long WINDOW_MS = 4_000;

    /** Back-to-back full collections that leave the heap nearly full. */
    static final int FULL_COLLECTIONS = 3;

    private static final java.util.Set<String> HEAP_POOLS =
            ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                    .map(java.lang.management.MemoryPoolMXBean::getName)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static volatile String exhausted;
    private static boolean installed;
    private static final ArrayDeque<long[]> recent = new ArrayDeque<>(); // {end ms, duration ms}
    private static int fullInARow;

    private MemoryGuard() {}

    /** Listens to the collectors of this JVM (once; later calls do nothing). */
    static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        NotificationListener listener =
                (n, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                            n.getType())) {
                        onCollection(
                                GarbageCollectionNotificationInfo.from(
                                        (CompositeData) n.getUserData()));
                    }
                };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
            }
        }
    }

    private static synchronized void onCollection(GarbageCollectionNotificationInfo info) {
        long max = Runtime.getRuntime().maxMemory();
        long used =
                info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> HEAP_POOLS.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
        boolean nearlyFull = used > FULL * max;
        long end = info.getGcInfo().getEndTime();
        recent.add(new long[] {end, info.getGcInfo().getDuration()});
        while (!recent.isEmpty() && recent.peekFirst()[0] < end - WINDOW_MS) {
            recent.pollFirst();
        }
        long collecting = recent.stream().mapToLong(r -> r[1]).sum();
        boolean full =
                info.getGcAction().contains("major")
                        || info.getGcName().contains("Old")
                        || info.getGcName().contains("MarkSweep");
        fullInARow = full ? (nearlyFull ? fullInARow + 1 : 0) : fullInARow;
        boolean thrashing = end > WINDOW_MS && collecting > THRASH * WINDOW_MS;
        if (nearlyFull && (thrashing || fullInARow >= FULL_COLLECTIONS)) {
            exhausted =
                    "the heap (%d MB) is full: %d MB still in use after %s collection"
                            .formatted(max >> 20, used >> 20, full ? "a full" : "a");
        }
    }

    /** Ends the run with exit 70 when the heap has been found too small. */
    static void check() {
        String why = exhausted;
        if (why != null) {
            throw outOfMemory(why);
        }
    }

    /** The error a run ends with when memory runs out. */
    static UserError outOfMemory(String why) {
        return new UserError(
                ExitCode.SOFTWARE,
                "out of memory: " + why,
                "Give the JVM more heap, e.g. JAVA_OPTS=-Xmx2g (or java -Xmx2g -jar ...), or"
                        + " split the corpus.");
    }

    /** For tests: forget what was seen. */
    static synchronized void reset() {
        exhausted = null;
        recent.clear();
        fullInARow = 0;
    }
}
