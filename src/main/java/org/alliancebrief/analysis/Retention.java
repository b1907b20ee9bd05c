package org.alliancebrief.analysis;

/**
 * Which articles a bounded run keeps in full for the brief: for every key a quotation or evidence
 * sentence is chosen by (an area or theme, an area in a year, a speaker, a topic and speaker), the
 * first {@code perKey} articles in source order. The brief picks its evidence and quotations in
 * source order from those keys, so the articles it can pick are all kept.
 *
 * @param perKey articles kept per key; {@link Integer#MAX_VALUE} keeps every article in full
 * @param quoteMinWords shortest quotation a topic section shows (as the brief's quote rule)
 * @param quoteMaxWords longest quotation a topic section shows
 * @param listedUpTo while at most this many articles are read, every one is held, without detail
 *     where it is not kept in full: a source list that short names each article; beyond it only the
 *     articles kept in full are held
 */
public record Retention(int perKey, int quoteMinWords, int quoteMaxWords, int listedUpTo) {
    /** Every article kept in full: small corpora, and tests. */
    public static final Retention ALL =
            new Retention(Integer.MAX_VALUE, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public Retention {
        if (perKey < 1) {
            throw new IllegalArgumentException("perKey must be >= 1, was " + perKey);
        }
        if (listedUpTo < 0) {
            throw new IllegalArgumentException("listedUpTo must be >= 0, was " + listedUpTo);
        }
    }

    /**
     * The first {@code perKey} articles per key, for quotations of 10 to 60 words; every article
     * held while at most {@code listedUpTo} are read.
     */
    public static Retention firstPerKey(int perKey, int listedUpTo) {
        return new Retention(perKey, 10, 60, listedUpTo);
    }

    boolean keepsAll() {
        return perKey == Integer.MAX_VALUE;
    }
}
