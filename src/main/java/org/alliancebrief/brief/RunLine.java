package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.List;

/** How a run's parameters read in the brief: one line on the cover, a paragraph in the method. */
final class RunLine {
    private RunLine() {}

    /** "Input: seeds · articles published 1 December 2017 or later · codebook … · template …". */
    static String cover(RunInfo run, Figures figures) {
        List<String> parts = new ArrayList<>();
        parts.add((run.inputs().size() == 1 ? "Input: " : "Inputs: ") + inputs(run));
        range(run).ifPresent(parts::add);
        parts.add("codebook " + run.codebook().path() + " (" + shortHash(run.codebook()) + ")");
        parts.add("template " + run.template().path() + " (" + shortHash(run.template()) + ")");
        run.baseline().ifPresent(b -> parts.add("compared with " + b.path()));
        return String.join(" · ", parts);
    }

    /** The methodology's paragraph on the run. */
    static String methodology(RunInfo run) {
        StringBuilder s =
                new StringBuilder("The articles were read from ").append(inputs(run)).append(". ");
        s.append(
                range(run)
                        .map(r -> "Only " + r + " were kept. ")
                        .orElse("No date range was applied. "));
        s.append("Codebook: ")
                .append(run.codebook().path())
                .append(", SHA-256 ")
                .append(run.codebook().sha256())
                .append(". Template: ")
                .append(run.template().path())
                .append(", SHA-256 ")
                .append(run.template().sha256())
                .append(".");
        run.baseline()
                .ifPresent(
                        b ->
                                s.append(" Changes are measured against ")
                                        .append(b.path())
                                        .append(", SHA-256 ")
                                        .append(b.sha256())
                                        .append("."));
        return s.toString();
    }

    private static String inputs(RunInfo run) {
        return Wording.list(run.inputs().stream().map(RunInfo.Input::path).toList());
    }

    private static java.util.Optional<String> range(RunInfo run) {
        if (run.since().isPresent() && run.until().isPresent()) {
            return java.util.Optional.of(
                    "articles published "
                            + Wording.date(run.since().get())
                            + " – "
                            + Wording.date(run.until().get()));
        }
        return run.since()
                .map(d -> "articles published " + Wording.date(d) + " or later")
                .or(
                        () ->
                                run.until()
                                        .map(
                                                d ->
                                                        "articles published "
                                                                + Wording.date(d)
                                                                + " or earlier"));
    }

    private static String shortHash(RunInfo.FileUsed file) {
        return "SHA-256 " + file.sha256().substring(0, Math.min(12, file.sha256().length()));
    }
}
