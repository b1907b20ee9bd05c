package org.alliancebrief.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells a sample's language from the function words of each language read ("the", "of", "und",
 * "les"...), listed in {@code lexicon/<code>/function-words.txt}, when they leave no doubt: enough
 * of the sample's words are one language's, and far fewer any other's. A word listed for two
 * languages counts for neither. Otherwise it says nothing, and the n-gram models decide. Counting
 * words is a hash lookup a word; the models cost a thousand times more.
 */
final class FunctionWords {
    /** Fewer hits than this in a sample of 500 characters is no evidence. */
    static final int MIN_HITS = 12;

    /** The leading language must have this many times the hits of the next one. */
    static final int MIN_RATIO = 4;

    private final List<String> codes;

    /** Each function word with the bit of its language (1 << index in codes). */
    private final WordTable languagesOf;

    private FunctionWords(List<String> codes, WordTable languagesOf) {
        this.codes = List.copyOf(codes);
        this.languagesOf = languagesOf;
    }

    /**
     * The function words of {@code codes}, or empty when a language has no list: a language without
     * one would never win the count, so the count could not be trusted.
     */
    static Optional<FunctionWords> of(List<String> codes) {
        if (codes.size() > Integer.SIZE) {
            return Optional.empty();
        }
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String name = "lexicon/" + codes.get(i) + "/function-words.txt";
            if (FunctionWords.class.getResource(name) == null) {
                return Optional.empty();
            }
            int bit = 1 << i;
            ResourceLines.read(name).forEach(w -> bits.merge(w, bit, (a, b) -> a | b));
        }
        // A word of several languages ("de", "la", "die") tells them apart no better than none.
        bits.values().removeIf(b -> Integer.bitCount(b) > 1);
        return Optional.of(new FunctionWords(codes, new WordTable(bits)));
    }

    /** The code of {@code sample}'s language when its function words leave no doubt, else "". */
    String clearLanguage(CharSequence sample) {
        int[] hits = count(sample);
        int best = 0;
        for (int i = 1; i < hits.length; i++) {
            best = hits[i] > hits[best] ? i : best;
        }
        for (int i = 0; i < hits.length; i++) {
            if (i != best && hits[i] * MIN_RATIO > hits[best]) {
                return "";
            }
        }
        return hits[best] >= MIN_HITS ? codes.get(best) : "";
    }

    /** How many words of {@code sample} are function words of each language. */
    int[] count(CharSequence sample) {
        int[] hits = new int[codes.size()];
        int n = sample.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(sample.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int languages = (int) languagesOf.getFolded(sample, start, i);
            for (int l = 0; languages > 0 && l < hits.length; l++) {
                hits[l] += (languages >>> l) & 1;
            }
        }
        return hits;
    }
}
