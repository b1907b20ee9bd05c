package org.alliancebrief.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.alliancebrief.codebook.ActorEntry;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;

/**
 * Resolves misspelt two-word names of codebook people ("Kaya Callas", "Naftali Bennet") to the
 * people they mean: each word of the text's pair must be within one edit (a letter added, dropped,
 * changed, or two swapped) of the codebook's. Candidates come from an index of every name word with
 * one letter deleted, so each capitalised word costs a few hash lookups, not a scan of the
 * codebook. Two-word names of organisations are looked up by their first word, which must match,
 * and their second, when long, may be two edits off ("European Parlaimant").
 */
final class FuzzyNames {
    /** Words shorter than this are too short to tell a typo from another name. */
    private static final int MIN_WORD = 4;

    /** A surname must be this long before one edit is read as a typo, not another family. */
    private static final int MIN_SURNAME = 6;

    private record Name(ActorEntry actor, String first, String last) {}

    /** A long word of an organisation's name may be this many edits off. */
    private static final int MIN_LONG_WORD = 8;

    private final Map<String, List<Name>> byDeletion = new HashMap<>();

    /** Two-word names of organisations by their first word, folded. */
    private final Map<String, List<Name>> organisations = new HashMap<>();

    FuzzyNames(Codebook codebook) {
        for (ActorEntry a : codebook.actors()) {
            if (a.kind() == ActorKind.ORGANISATION) {
                String[] w = a.name().strip().split("\\s+");
                if (w.length == 2 && w[1].length() >= MIN_LONG_WORD) {
                    organisations
                            .computeIfAbsent(fold(w[0]), k -> new ArrayList<>())
                            .add(new Name(a, fold(w[0]), fold(w[1])));
                }
            }
            if (a.kind() != ActorKind.PERSON) {
                continue;
            }
            List<String> forms = new ArrayList<>(a.aliases());
            forms.add(a.name());
            for (String form : forms) {
                String[] w = form.strip().split("\\s+");
                if (w.length != 2 || w[0].length() < MIN_WORD || w[1].length() < MIN_WORD) {
                    continue;
                }
                Name name = new Name(a, fold(w[0]), fold(w[1]));
                for (String key : deletions(name.last())) {
                    byDeletion.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
                }
            }
        }
    }

    /** The person or organisation a capitalised pair of words misspells, or null. */
    ActorEntry resolve(String first, String last) {
        if (first.length() < MIN_WORD || last.length() < MIN_SURNAME) {
            return null;
        }
        String f = fold(first);
        String l = fold(last);
        for (Name n : organisations.getOrDefault(f, List.of())) {
            // One letter more or less at most: "Commissioner" is no typo of "Commission".
            if (Math.abs(l.length() - n.last().length()) <= 1
                    && !l.equals(n.last())
                    && distance(l, n.last(), 3) <= 2) {
                return n.actor();
            }
        }
        for (String key : deletions(l)) {
            for (Name n : byDeletion.getOrDefault(key, List.of())) {
                int d = distance(f, n.first()) + distance(l, n.last());
                if (d >= 1 && distance(f, n.first()) <= 1 && distance(l, n.last()) <= 1) {
                    return n.actor();
                }
            }
        }
        return null;
    }

    /** The word itself and every form of it with one letter deleted. */
    private static List<String> deletions(String word) {
        List<String> out = new ArrayList<>(word.length() + 1);
        out.add(word);
        for (int i = 0; i < word.length(); i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
        }
        return out;
    }

    static String fold(String word) {
        return unmarked(word).toLowerCase(Locale.ROOT);
    }

    /**
     * {@code word} without its diacritics ("Černochová" → "Cernochova"), case kept; ASCII is
     * returned as it is, without a copy.
     */
    static String unmarked(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 0x80) {
                return MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFKD))
                        .replaceAll("");
            }
        }
        return word; // nothing to decompose, no marks to drop
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Edit distance with adjacent swaps (optimal string alignment), capped at 2. */
    static int distance(String a, String b) {
        return distance(a, b, 2);
    }

    /** Edit distance with adjacent swaps (optimal string alignment), capped at {@code cap}. */
    private static int distance(String a, String b, int cap) {
        if (Math.abs(a.length() - b.length()) >= cap) {
            return cap;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] =
                        Math.min(
                                Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1
                        && j > 1
                        && a.charAt(i - 1) == b.charAt(j - 2)
                        && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return Math.min(cap, d[a.length()][b.length()]);
    }
}
