package org.alliancebrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.corpus.CorpusReader;

/**
 * The checks on the outputs made before any work: each can be written, and none is a file the run
 * reads (an article, the codebook, the template), compared by real path so that a symbolic link or
 * a relative path cannot hide it. Overwriting an input would lose it.
 */
final class OutputChecks {
    private OutputChecks() {}

    /** Throws a {@link UserError} (64 for an input named as output, 73 unwritable) or returns. */
    static void check(RunConfig config) {
        List<Path> outputs = new ArrayList<>();
        for (Path output : List.of(config.output(), config.json())) {
            if (!output.equals(OutputTarget.STANDARD_OUTPUT)) {
                outputs.add(output);
            }
        }
        for (Path output : outputs) {
            notAnInput(output, config);
        }
        if (outputs.size() == 2 && realPath(outputs.get(0)).equals(realPath(outputs.get(1)))) {
            throw new UserError(
                    ExitCode.USAGE,
                    "--output %s and --json %s are the same file"
                            .formatted(outputs.get(0), outputs.get(1)),
                    "Give the data file another name with --json FILE.");
        }
        for (Path output : outputs) {
            StagedOutputs.checkWritable(output);
        }
    }

    private static void notAnInput(Path output, RunConfig config) {
        Path target = realPath(output);
        for (Path file : List.of(config.codebook(), config.template())) {
            if (target.equals(realPath(file))) {
                throw refused(output, "the file " + file + " that this run reads");
            }
        }
        for (Path input : config.inputs()) {
            Path in = realPath(input);
            if (target.equals(in)) {
                throw refused(output, "the input " + input);
            }
            if (Files.isDirectory(in)
                    && target.startsWith(in)
                    && Files.isRegularFile(target)
                    && CorpusReader.readsAsArticle(target)
                    && !hidden(in.relativize(target))) {
                throw refused(output, "an article of the input " + input);
            }
        }
    }

    private static UserError refused(Path output, String what) {
        return new UserError(
                ExitCode.USAGE,
                "refusing to write %s: it is %s, which would be lost".formatted(output, what),
                "Choose another --output/--json, outside the articles read.");
    }

    /** The real path of {@code p}, or of its nearest existing parent joined with the rest. */
    static Path realPath(Path p) {
        Path absolute = p.toAbsolutePath().normalize();
        Path existing = absolute;
        Path rest = absolute.getFileSystem().getPath("");
        while (existing != null) {
            try {
                return existing.toRealPath().resolve(rest);
            } catch (IOException | SecurityException e) {
                if (existing.getFileName() == null) {
                    break;
                }
                rest = existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
        }
        return absolute;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
