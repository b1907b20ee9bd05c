package org.alliancebrief.cli;

import java.nio.file.Path;

/** A process that stages an output and stalls while writing it, to be stopped by a signal. */
final class SlowWriter {
    private SlowWriter() {}

    public static void main(String[] args) throws Exception {
        StagedOutputs outputs = new StagedOutputs();
        outputs.stage(
                Path.of(args[0]),
                out -> {
                    out.write("half a brief".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    out.flush();
                    System.out.println("writing");
                    System.out.flush();
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }
}
