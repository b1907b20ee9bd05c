package org.alliancebrief.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the word lists the actor rules use from {@code lexicon/<language>/} resources. */
final class ActorLexicon {
    private ActorLexicon() {}

    /** The entries of {@code lexicon/en/<name>}: one a line, lower case, '#' starts a comment. */
    static List<String> english(String name) {
        String path = "lexicon/en/" + name;
        List<String> out = new ArrayList<>();
        try (InputStream in = ActorLexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    out.add(entry.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
