package org.alliancebrief.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alliancebrief.corpus.WordTable;

/**
 * The word lists of one language, read from {@code lexicon/<lang>/} beside this package's parent:
 * reporting verbs, titles, honorifics, pronouns, document and collective nouns, unnamed-source
 * nouns ({@link WordList}). Adding a language is adding its files. Every list is read when the
 * lexicon is made, into one table from a folded word to the lists that hold it, so a token is
 * looked up once for all of them. Immutable and thread-safe.
 */
public final class Lexicon {
    private static final Map<String, Lexicon> LOADED = new HashMap<>();

    private final Map<WordList, Set<String>> entries = new EnumMap<>(WordList.class);
    private final Map<WordList, Map<String, String[]>> tables = new EnumMap<>(WordList.class);

    /** Each entry (and each table's key) → the bits of the lists that hold it. */
    private final WordTable masks;

    /** The most words an entry of each list has; asked for every enumeration in a text. */
    private final Map<WordList, Integer> longest = new EnumMap<>(WordList.class);

    /** The most characters an entry of each list has, to rule a longer word out unread. */
    private final Map<WordList, Integer> longestChars = new EnumMap<>(WordList.class);

    private Lexicon(String language) {
        Map<String, Long> bits = new HashMap<>();
        for (WordList list : WordList.values()) {
            List<String[]> rows = rows(language, list.file());
            Set<String> set = new HashSet<>();
            for (String[] row : rows) {
                if (list == WordList.REPORTING_VERBS) {
                    set.addAll(List.of(row)); // every form of the verb
                } else {
                    set.add(String.join(" ", row));
                }
            }
            entries.put(list, Set.copyOf(set));
            longest.put(list, mostWords(entries.get(list)));
            longestChars.put(
                    list, entries.get(list).stream().mapToInt(String::length).max().orElse(0));
            if (list.table) {
                Map<String, String[]> map = new HashMap<>();
                for (String[] row : rows) {
                    map.put(row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
                }
                tables.put(list, Map.copyOf(map));
                set.addAll(map.keySet()); // a table's first column counts as one of its words
            }
            for (String word : set) {
                bits.merge(word, list.bit(), (a, b) -> a | b);
            }
        }
        masks = new WordTable(bits);
    }

    /** The lexicon of {@code language} (ISO 639-1), loaded once and shared. */
    public static synchronized Lexicon of(String language) {
        return LOADED.computeIfAbsent(language, Lexicon::new);
    }

    /**
     * The lists that hold {@code folded} (lower case, straight apostrophe, as {@link
     * Token.Word#lower()} gives it) as bits ({@link WordList#in}); 0 for none.
     */
    public long lists(String folded) {
        return Math.max(0, masks.get(folded));
    }

    /**
     * Whether {@code word} (any case) is in {@code list}: a whole entry, or the first word of a
     * line in a table ("the" in {@code determiners}: "the d").
     */
    public boolean has(WordList list, String word) {
        // Most words are ASCII: looked up folded as they are read, without a folded copy.
        return list.in(
                ascii(word)
                        ? Math.max(0, masks.getFolded(word, 0, word.length()))
                        : lists(folded(word)));
    }

    /** Whether every character of {@code word} is ASCII: its folding is a per-character one. */
    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** {@link #has(WordList, String)} with the list's file name ("titles"). */
    public boolean has(String name, String word) {
        return has(WordList.named(name), word);
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
        return entries.get(WordList.named(name));
    }

    /** The table {@code list}: first word of a line → the rest of the line. */
    public Map<String, String[]> table(WordList list) {
        Map<String, String[]> table = tables.get(list);
        if (table == null) {
            throw new IllegalArgumentException(list.file() + " is a list, not a table");
        }
        return table;
    }

    /** {@link #table(WordList)} by the list's file name ("honorifics"). */
    public Map<String, String[]> table(String name) {
        return table(WordList.named(name));
    }

    /** The longest entry of {@code list} has this many words, for bounded look-ups. */
    public int longest(WordList list) {
        return longest.get(list);
    }

    /**
     * The most characters an entry of {@code list} has: a longer word is in no entry of it, in any
     * case (folding to lower case makes no word shorter).
     */
    public int longestChars(WordList list) {
        return longestChars.get(list);
    }

    private static int mostWords(Set<String> entries) {
        int max = 1;
        for (String e : entries) {
            max = Math.max(max, e.split(" ").length);
        }
        return max;
    }

    private static List<String[]> rows(String language, String name) {
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
