package org.alliancebrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The temporary files of this process, removed by a shutdown hook when the run is stopped by
 * SIGTERM or Ctrl-C, so that no hidden {@code .partial} file is left to pile up.
 */
final class TempFiles {
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(TempFiles::deleteAll, "alliance-brief-cleanup"));
    }

    private TempFiles() {}

    /** A new temporary file in {@code dir} (the system's temporary folder when null). */
    static Path create(Path dir, String prefix, String suffix) throws IOException {
        Path temp =
                dir == null
                        ? Files.createTempFile(prefix, suffix)
                        : Files.createTempFile(dir, prefix, suffix);
        LIVE.add(temp);
        return temp;
    }

    /** {@code temp} became an output: it is no longer this process's to delete. */
    static void forget(Path temp) {
        LIVE.remove(temp);
    }

    /** Deletes {@code temp} now, as far as it can. */
    static void delete(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // best effort: the run is already failing with a clearer message
        }
        LIVE.remove(temp);
    }

    /** How many temporary files are live now (for tests). */
    static int live() {
        return LIVE.size();
    }

    private static void deleteAll() {
        for (Path temp : LIVE) {
            delete(temp);
        }
    }
}
