package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The news outlets and agencies listed in outlets.txt, found by any of their names. */
final class Outlets {
    private static final Outlets DEFAULT = new Outlets(ResourceLines.read("outlets.txt"));

    private record Name(String canonical, Pattern pattern) {}

    private final List<Name> names;

    Outlets(List<String> lines) {
        List<Name> all = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            String canonical = parts[0].strip();
            for (String alias : parts) {
                if (alias.isBlank()) {
                    continue; // "Name|" or "a||b": no empty name, which would match anywhere
                }
                // Letters around the name would make "AP" match inside "APEC".
                all.add(
                        new Name(
                                canonical,
                                Pattern.compile(
                                        "(?<![\\p{L}\\d])"
                                                + Pattern.quote(alias.strip())
                                                + "(?![\\p{L}\\d])")));
            }
        }
        // Longer names first, so "Agence France-Presse" wins over a shorter alias inside it.
        all.sort((a, b) -> b.pattern.pattern().length() - a.pattern.pattern().length());
        names = List.copyOf(all);
    }

    /** The list shipped with the program. */
    static Outlets standard() {
        return DEFAULT;
    }

    /** The outlet named earliest in {@code text}, by its canonical name. */
    Optional<String> find(String text) {
        String best = null;
        int bestAt = Integer.MAX_VALUE;
        for (Name n : names) {
            Matcher m = n.pattern.matcher(text);
            if (m.find() && m.start() < bestAt) {
                best = n.canonical;
                bestAt = m.start();
            }
        }
        return Optional.ofNullable(best);
    }
}
