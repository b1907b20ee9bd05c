package org.alliancebrief.codebook;

import java.util.regex.Pattern;

/** The stable id of a person, organisation or country, such as {@code jens-stoltenberg}. */
public record ActorId(String value) implements Comparable<ActorId> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ActorId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "actor id '%s' must be lower-case words joined by '-'".formatted(value));
        }
    }

    @Override
    public int compareTo(ActorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
