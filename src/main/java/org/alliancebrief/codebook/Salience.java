package org.alliancebrief.codebook;

/**
 * The codebook's salience settings: from how many sentences an article is long, where one sentence
 * outside the headline and lead no longer makes a theme.
 *
 * @param longArticleSentences an article with more sentences than this needs a theme in two
 *     sentences or in its headline or lead; 0 turns the rule off
 */
public record Salience(int longArticleSentences) {
    /** No length rule: the settings of a codebook without a {@code salience:} section. */
    public static final Salience NONE = new Salience(0);

    public Salience {
        if (longArticleSentences < 0) {
            throw new IllegalArgumentException(
                    "longArticleSentences must be >= 0, was " + longArticleSentences);
        }
    }

    /** Whether an article of {@code sentences} sentences is long under this rule. */
    public boolean isLong(int sentences) {
        return longArticleSentences > 0 && sentences > longArticleSentences;
    }
}
