package org.alliancebrief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.brief.Baseline;
import org.alliancebrief.brief.RunInfo;
import org.alliancebrief.render.json.BaselineReader;

/** The run's parameters as the brief records them, and the baseline it compares with. */
final class RunParameters {
    private RunParameters() {}

    /** Labels for the inputs: the folder's name ("reuters"), made unique with "-2", "-3". */
    static List<String> labels(List<Path> inputs) {
        Set<String> used = new HashSet<>();
        List<String> labels = new ArrayList<>();
        for (Path input : inputs) {
            Path abs = input.toAbsolutePath().normalize();
            Path named = Files.isDirectory(abs) || abs.getParent() == null ? abs : abs.getParent();
            String base = named.getFileName() == null ? "input" : named.getFileName().toString();
            String label = base;
            for (int n = 2; !used.add(label); n++) {
                label = base + "-" + n;
            }
            labels.add(label);
        }
        return labels;
    }

    static RunInfo of(RunConfig config, List<Path> inputs, List<String> labels, String version) {
        List<RunInfo.Input> given = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            given.add(new RunInfo.Input(inputs.get(i).toString(), labels.get(i)));
        }
        return new RunInfo(
                given,
                config.since(),
                config.until(),
                used(config.codebook()),
                used(config.template()),
                config.baseline().map(RunParameters::used),
                version);
    }

    /** The previous data file, or a clear error: 66 when missing, 65 when not a data file. */
    static Optional<Baseline> baseline(RunConfig config) {
        if (config.baseline().isEmpty()) {
            return Optional.empty();
        }
        Path file = config.baseline().get();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UserError(
                    ExitCode.NO_INPUT,
                    "baseline not found: " + file,
                    "Give --baseline the brief.json of an earlier run.");
        }
        try {
            return Optional.of(new BaselineReader().read(file));
        } catch (BaselineReader.BadBaseline e) {
            throw new UserError(
                    ExitCode.DATA_ERR,
                    "bad baseline: " + e.getMessage(),
                    "Give --baseline the brief.json of an earlier run.");
        } catch (IOException e) {
            throw new UserError(
                    ExitCode.IO_ERR,
                    "cannot read baseline %s: %s".formatted(file, e.getMessage()),
                    null);
        }
    }

    private static RunInfo.FileUsed used(Path file) {
        return new RunInfo.FileUsed(file.toString(), sha256(file));
    }

    static String sha256(Path file) {
        try (InputStream in =
                new DigestInputStream(
                        Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}
