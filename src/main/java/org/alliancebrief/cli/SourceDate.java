package org.alliancebrief.cli;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Reads SOURCE_DATE_EPOCH (reproducible-builds.org): seconds since 1970 that fix all dates. */
final class SourceDate {
    private SourceDate() {}

    static Optional<Instant> from(Map<String, String> env) {
        String value = env.get("SOURCE_DATE_EPOCH");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            if (seconds < 0) {
                throw new NumberFormatException("negative");
            }
            return Optional.of(Instant.ofEpochSecond(seconds));
        } catch (NumberFormatException e) {
            throw new UserError(
                    ExitCode.USAGE,
                    "SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970".formatted(value),
                    "Set it to e.g. $(git log -1 --format=" + '%' + "ct), or unset it.");
        }
    }
}
