package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The news outlets and agencies listed in outlets.txt, found by any of their names: one pass over
 * the text, with the names bucketed by their first character.
 */
public final class Outlets {
    private static final Outlets DEFAULT = new Outlets(ResourceLines.read("outlets.txt"));

    private record Name(String canonical, String alias) {}

    /** The names by first character, longer names first in each bucket. */
    private final Map<Character, List<Name>> byFirst;

    /** Every name, as written, to its canonical one. */
    private final Map<String, String> canonicalOf = new HashMap<>();

    Outlets(List<String> lines) {
        List<Name> all = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\\|", -1);
            String canonical = parts[0].strip();
            for (String alias : parts) {
                if (alias.isBlank()) {
                    continue; // "Name|" or "a||b": no empty name, which would match anywhere
                }
                all.add(new Name(canonical, alias.strip()));
                canonicalOf.put(alias.strip(), canonical);
            }
        }
        // Longer names first, so "Agence France-Presse" wins over a shorter alias inside it.
        all.sort((a, b) -> b.alias.length() - a.alias.length());
        Map<Character, List<Name>> buckets = new HashMap<>();
        for (Name n : all) {
            buckets.computeIfAbsent(n.alias.charAt(0), c -> new ArrayList<>()).add(n);
        }
        buckets.replaceAll((c, names) -> List.copyOf(names));
        byFirst = Map.copyOf(buckets);
    }

    /** The list shipped with the program. */
    static Outlets standard() {
        return DEFAULT;
    }

    /**
     * The canonical name of the listed outlet that {@code name} is, as a whole and in its case
     * ("Associated Press" → "AP"); empty for any other name.
     */
    public static Optional<String> known(String name) {
        return Optional.ofNullable(DEFAULT.canonicalOf.get(name));
    }

    /** The outlet named earliest in {@code text}, by its canonical name. */
    Optional<String> find(String text) {
        for (int i = 0; i < text.length(); i++) {
            List<Name> names = byFirst.get(text.charAt(i));
            if (names == null || i > 0 && isWordChar(text.codePointBefore(i))) {
                continue;
            }
            for (Name n : names) {
                int end = i + n.alias.length();
                // Letters around the name would make "AP" match inside "APEC".
                if (text.startsWith(n.alias, i)
                        && (end == text.length() || !isWordChar(text.codePointAt(end)))) {
                    return Optional.of(n.canonical);
                }
            }
        }
        return Optional.empty();
    }

    /** A letter or an ASCII digit, as {@code [\p{L}\d]} reads them. */
    private static boolean isWordChar(int codePoint) {
        return Character.isLetter(codePoint) || codePoint >= '0' && codePoint <= '9';
    }
}
