package org.alliancebrief.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A one-line progress bar on standard error (files, MB, MB/s, time left), redrawn at most ten times
 * a second; silent unless standard error is a terminal and the run is not quiet.
 */
final class Progress {
    private static final int WIDTH = 24;
    private final PrintStream err;
    private final boolean shown;
    private final int files;
    private final long bytes;
    private final long start = System.nanoTime();
    private int filesDone;
    private long bytesDone;
    private long lastDrawn;

    Progress(PrintStream err, boolean shown, int files, long bytes) {
        this.err = err;
        this.shown = shown;
        this.files = files;
        this.bytes = bytes;
    }

    /**
     * Whether standard error is a terminal: the launcher says so (it can test the descriptor
     * itself), or the JDK's console does on JDK 22 and later.
     */
    static boolean onTerminal() {
        if (Boolean.getBoolean("alliancebrief.terminal")) {
            return true;
        }
        java.io.Console console = System.console();
        if (console == null || System.getProperty("alliancebrief.terminal") != null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // JDK 21: a console exists only when the streams are a terminal
        }
    }

    boolean shown() {
        return shown;
    }

    /** One more file read, of {@code size} bytes. */
    void advance(long size) {
        filesDone++;
        bytesDone += size;
        long now = System.nanoTime();
        if (shown && (now - lastDrawn > 100_000_000L || filesDone == files)) {
            lastDrawn = now;
            draw(now);
        }
    }

    long bytesDone() {
        return bytesDone;
    }

    int filesDone() {
        return filesDone;
    }

    private void draw(long now) {
        double seconds = (now - start) / 1e9;
        double part = bytes > 0 ? (double) bytesDone / bytes : (double) filesDone / files;
        int filled = (int) Math.round(part * WIDTH);
        double rate = seconds > 0 ? bytesDone / 1e6 / seconds : 0;
        String left = part > 0.01 && seconds > 0.5 ? clock(seconds / part - seconds) + " left" : "";
        err.print(
                String.format(
                        Locale.ROOT,
                        "\r%3d%% [%s%s] %,d/%,d files  %.1f/%.1f MB  " + "%.1f MB/s  %s   ",
                        Math.round(part * 100),
                        "#".repeat(filled),
                        " ".repeat(WIDTH - filled),
                        filesDone,
                        files,
                        bytesDone / 1e6,
                        bytes / 1e6,
                        rate,
                        left));
        err.flush();
    }

    /** Clears the bar so that what follows starts on a clean line. */
    void finish() {
        if (shown && filesDone > 0) {
            err.print("\r" + " ".repeat(100) + "\r");
            err.flush();
        }
    }

    private static String clock(double seconds) {
        long s = Math.max(0, Math.round(seconds));
        return s >= 3600
                ? "%d:%02d:%02d".formatted(s / 3600, s / 60 % 60, s % 60)
                : "%d:%02d".formatted(s / 60, s % 60);
    }
}
