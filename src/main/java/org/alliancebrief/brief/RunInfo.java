package org.alliancebrief.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of the run that made a brief, so that a reader can tell how it was made.
 *
 * @param inputs the --input paths with the labels that prefix their articles' ids
 * @param since articles published before this day were left out
 * @param until articles published after this day were left out
 * @param baseline the previous data file compared with, if any
 */
public record RunInfo(
        List<Input> inputs,
        Optional<LocalDate> since,
        Optional<LocalDate> until,
        FileUsed codebook,
        FileUsed template,
        Optional<FileUsed> baseline,
        String version) {
    public RunInfo {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(codebook, "codebook");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(version, "version");
    }

    /** One --input: the path as given and its label. */
    public record Input(String path, String label) {
        public Input {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(label, "label");
        }
    }

    /** A file the run read, with its SHA-256 in hex. */
    public record FileUsed(String path, String sha256) {
        public FileUsed {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** A run of the seeds with the default files, for tests and examples. */
    public static RunInfo of(String version) {
        return new RunInfo(
                List.of(new Input("seeds", "seeds")),
                Optional.empty(),
                Optional.empty(),
                new FileUsed("templates/codebook.yaml", "0".repeat(64)),
                new FileUsed("templates/brief.yaml", "0".repeat(64)),
                Optional.empty(),
                version);
    }

    /** Whether a date range narrowed the corpus. */
    public boolean filtered() {
        return since.isPresent() || until.isPresent();
    }
}
