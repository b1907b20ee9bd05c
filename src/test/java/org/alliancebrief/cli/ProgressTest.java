package org.alliancebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The progress bar: drawn on a terminal, cleared at the end, absent otherwise. */
class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void drawsFilesMegabytesAndRateThenClearsTheLine() {
        Progress p = new Progress(err, true, 4, 4_000_000);
        for (int i = 0; i < 4; i++) {
            p.advance(1_000_000);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("100% [########################] 4/4 files  4.0/4.0 MB"), drawn);
        assertTrue(drawn.contains("MB/s"), drawn);
        p.finish();
        String all = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(all.endsWith(" \r"), "the line is cleared: " + all);
        assertEquals(4_000_000, p.bytesDone());
    }

    @Test
    void staysSilentWhenNotShown() {
        Progress p = new Progress(err, false, 2, 100);
        p.advance(50);
        p.advance(50);
        p.finish();
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
        assertEquals(2, p.filesDone());
    }

    @Test
    void memoryErrorExitsWithSeventyAndTheHeapHint() {
        UserError e = MemoryGuard.outOfMemory("the heap (64 MB) is full");
        assertEquals(ExitCode.SOFTWARE, e.code());
        assertTrue(e.getMessage().startsWith("out of memory: the heap (64 MB)"));
        assertTrue(e.hint().orElseThrow().contains("-Xmx"));
    }
}
