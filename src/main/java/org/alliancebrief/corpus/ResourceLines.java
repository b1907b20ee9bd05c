package org.alliancebrief.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Reads a list file shipped beside this package: one entry a line, "#" starts a comment line. */
public final class ResourceLines {
    private ResourceLines() {}

    /** The non-blank, non-comment lines of resource {@code name}, stripped. */
    public static List<String> read(String name) {
        try (InputStream in = ResourceLines.class.getResourceAsStream(name)) {
            if (in == null) {
                // A missing list is a packaging bug, not a user error: fail loudly at start-up.
                throw new IllegalStateException("resource " + name + " is missing from the jar");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
