package org.alliancebrief.cli;

import java.util.Objects;
import java.util.Optional;

/** A mistake of the user or of the input, with its exit code and a hint; never a stack trace. */
public final class UserError extends RuntimeException {
    private final ExitCode code;
    private final String hint;

    public UserError(ExitCode code, String message, String hint) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
        this.hint = hint;
    }

    public ExitCode code() {
        return code;
    }

    /** What the user can do about it, as one line; empty when the message says it all. */
    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
