package org.alliancebrief.codebook;

import java.util.List;
import java.util.Locale;

/**
 * The codebook's salience settings: when an article is long, and how much each kind of sentence
 * weighs there towards making a theme.
 *
 * @param longArticleSentences an article with more sentences than this is long; 0 turns the long
 *     article rule off
 * @param weakWeight what a sentence with only weak terms of a theme weighs in a long article (a
 *     sentence with a strong term weighs 1)
 * @param listWeight the factor for a sentence where the theme is one item of an enumeration of
 *     areas, a table row, a heading or a bullet line
 * @param longArticleWeight the weight of sentences a theme needs in a long article outside its
 *     headline and lead
 * @param creditCues lower-case phrases that mark a credit or an author's biography ("senior
 *     fellow", "his research"): a sentence holding one does not count for any theme
 */
public record Salience(
        int longArticleSentences,
        double weakWeight,
        double listWeight,
        double longArticleWeight,
        List<String> creditCues) {
    /** Default weights: a weak term or a list item is half a mention. */
    static final double DEFAULT_WEAK_WEIGHT = 0.5;

    static final double DEFAULT_LIST_WEIGHT = 0.5;

    /** One full mention and at least half another. */
    static final double DEFAULT_LONG_ARTICLE_WEIGHT = 1.5;

    /** No length rule: the settings of a codebook without a {@code salience:} section. */
    public static final Salience NONE = new Salience(0);

    public Salience {
        if (longArticleSentences < 0) {
            throw new IllegalArgumentException(
                    "longArticleSentences must be >= 0, was " + longArticleSentences);
        }
        check("weakWeight", weakWeight, 1);
        check("listWeight", listWeight, 1);
        check("longArticleWeight", longArticleWeight, 100);
        creditCues = creditCues.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The length rule alone, with the default weights and no credit cues. */
    public Salience(int longArticleSentences) {
        this(
                longArticleSentences,
                DEFAULT_WEAK_WEIGHT,
                DEFAULT_LIST_WEIGHT,
                DEFAULT_LONG_ARTICLE_WEIGHT,
                List.of());
    }

    private static void check(String name, double value, double max) {
        if (!(value >= 0 && value <= max)) {
            throw new IllegalArgumentException(
                    "%s must be between 0 and %s, was %s".formatted(name, max, value));
        }
    }

    /** Whether an article of {@code sentences} sentences is long under this rule. */
    public boolean isLong(int sentences) {
        return longArticleSentences > 0 && sentences > longArticleSentences;
    }

    /** Whether {@code sentence} is a credit or biography line by one of the cues. */
    public boolean credit(CharSequence sentence) {
        if (creditCues.isEmpty()) {
            return false;
        }
        String folded = sentence.toString().toLowerCase(Locale.ROOT);
        for (String cue : creditCues) {
            int at = folded.indexOf(cue);
            if (at >= 0
                    && (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                    && (at + cue.length() == folded.length()
                            || !Character.isLetterOrDigit(folded.charAt(at + cue.length())))) {
                return true;
            }
        }
        return false;
    }
}
