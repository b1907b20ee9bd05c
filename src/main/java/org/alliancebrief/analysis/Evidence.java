package org.alliancebrief.analysis;

import java.util.Objects;
import org.alliancebrief.corpus.Span;

/** A sentence that supports a finding, copied out of its article with where it stood. */
public record Evidence(String text, Span span) {
    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
