package org.alliancebrief.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One run's settings, parsed and checked from the command line.
 *
 * @param since keep only articles published on or after this date
 * @param until keep only articles published on or before this date
 * @param verbosity -1 quiet, 0 normal, 1 verbose
 * @param csv the folder of the spreadsheets (articles.csv, counts.csv, quotes.csv); none when the
 *     PDF goes to standard output or a device and no folder is given
 * @param baseline a previous run's data file to compare with
 */
record RunConfig(
        List<Path> inputs,
        Path output,
        Path json,
        Path codebook,
        Path template,
        Optional<String> title,
        Optional<LocalDate> since,
        Optional<LocalDate> until,
        int verbosity,
        Optional<Path> csv,
        Optional<Path> baseline) {
    RunConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(baseline, "baseline");
    }

    /** Settings with the spreadsheets beside the PDF and no baseline. */
    RunConfig(
            List<Path> inputs,
            Path output,
            Path json,
            Path codebook,
            Path template,
            Optional<String> title,
            Optional<LocalDate> since,
            Optional<LocalDate> until,
            int verbosity) {
        this(
                inputs,
                output,
                json,
                codebook,
                template,
                title,
                since,
                until,
                verbosity,
                besidePdf(output),
                Optional.empty());
    }

    /**
     * The folder of {@code pdf} ("." for a bare file name), or none when the PDF is not a file in a
     * folder: standard output, or a device or pipe such as /dev/null.
     */
    static Optional<Path> besidePdf(Path pdf) {
        if (pdf.equals(OutputTarget.STANDARD_OUTPUT)
                || (java.nio.file.Files.exists(pdf) && !java.nio.file.Files.isRegularFile(pdf))) {
            return Optional.empty();
        }
        Path parent = pdf.getParent();
        return Optional.of(parent == null ? Path.of(".") : parent);
    }

    /** Whether an output is {@code -}: then standard output carries it, and nothing else. */
    boolean writesToStandardOutput() {
        return output.equals(OutputTarget.STANDARD_OUTPUT)
                || json.equals(OutputTarget.STANDARD_OUTPUT);
    }

    boolean quiet() {
        return verbosity < 0;
    }

    boolean verbose() {
        return verbosity > 0;
    }
}
