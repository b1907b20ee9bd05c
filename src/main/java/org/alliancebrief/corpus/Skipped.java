package org.alliancebrief.corpus;

import java.util.Objects;

/** A file that is not an article, with the reason a user will read: "empty file", "binary file". */
public record Skipped(String file, String reason) implements Loaded {
    public Skipped {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
    }
}
