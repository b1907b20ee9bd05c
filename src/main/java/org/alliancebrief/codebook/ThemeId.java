package org.alliancebrief.codebook;

import java.util.regex.Pattern;

/** The stable id of a cooperation area or political theme, such as {@code military-mobility}. */
public record ThemeId(String value) implements Comparable<ThemeId> {
    private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ThemeId {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException(
                    "theme id '%s' must be lower-case words joined by '-'".formatted(value));
        }
    }

    @Override
    public int compareTo(ThemeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
