package org.alliancebrief.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The word lists of one language, read from {@code lexicon/<lang>/} beside this package's parent:
 * reporting verbs, titles, honorifics, pronouns, document and collective nouns, unnamed-source
 * nouns. Adding a language is adding its files. Immutable once loaded.
 */
public final class Lexicon {
    private static final Map<String, Lexicon> LOADED = new HashMap<>();

    /** Lists whose lines are a key and its values, not phrases. */
    private static final Set<String> TABLES =
            Set.of("determiners", "pronouns", "honorifics", "numbers", "quoted-titles");

    private final String language;
    private final Map<String, Set<String>> words = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String[]>> tables = new ConcurrentHashMap<>();

    private Lexicon(String language) {
        this.language = language;
    }

    /** The lexicon of {@code language} (ISO 639-1), loaded once and shared. */
    public static synchronized Lexicon of(String language) {
        return LOADED.computeIfAbsent(language, Lexicon::new);
    }

    /**
     * Whether {@code word} (any case) is in the list {@code name} ("titles"): a whole entry, or the
     * first word of a line in a table ("the" in {@code determiners}: "the d").
     */
    public boolean has(String name, String word) {
        String w = folded(word);
        return list(name).contains(w) || TABLES.contains(name) && table(name).containsKey(w);
    }

    /** Lower case with a straight apostrophe; the same string when it is already so. */
    private static String folded(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || c == '\u2019') {
                return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            }
        }
        return word;
    }

    /** Every entry of the list {@code name}; a multi-word entry is one string. */
    public Set<String> list(String name) {
        return words.computeIfAbsent(
                name,
                n -> {
                    Set<String> set = new HashSet<>();
                    for (String[] row : rows(n)) {
                        if (n.equals("reporting-verbs")) {
                            set.addAll(List.of(row)); // every form of the verb
                        } else {
                            set.add(String.join(" ", row));
                        }
                    }
                    return Set.copyOf(set);
                });
    }

    /** The list {@code name} as a table: first word of a line → the rest of the line. */
    public Map<String, String[]> table(String name) {
        return tables.computeIfAbsent(
                name,
                n -> {
                    Map<String, String[]> map = new HashMap<>();
                    for (String[] row : rows(n)) {
                        map.put(row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
                    }
                    return Map.copyOf(map);
                });
    }

    /** The longest entry of {@code name} with at most this many words, for bounded look-ups. */
    public int longest(String name) {
        int max = 1;
        for (String e : list(name)) {
            max = Math.max(max, e.split(" ").length);
        }
        return max;
    }

    private List<String[]> rows(String name) {
        String path = "/org/alliancebrief/analysis/lexicon/" + language + "/" + name + ".txt";
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + path);
            }
            BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    rows.add(t.toLowerCase(Locale.ROOT).split("\\s+"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
