package org.alliancebrief.analysis;

/**
 * Which articles a bounded run keeps for the brief: for every key a quotation or evidence sentence
 * is chosen by, the first articles in source order. The brief picks its evidence and quotations in
 * source order from those keys, so the articles it can pick are all kept.
 *
 * <ul>
 *   <li>an area or theme, and an area in a year: the first {@code perKey} articles with evidence,
 *       kept with their evidence and quotations;
 *   <li>a topic and a named speaker: the first {@code perKey} articles with an on-topic quotation
 *       of the speaker; a named speaker: the first {@code perSpeaker} articles quoting the speaker
 *       (the key finding on the most quoted voice cites that many). Of an article only these keys
 *       count, only those speakers' quotations are kept.
 * </ul>
 *
 * @param perKey articles kept per key; {@link Integer#MAX_VALUE} keeps every article in full
 * @param perSpeaker articles kept per speaker
 * @param quoteMinWords shortest quotation a topic section shows (as the brief's quote rule)
 * @param quoteMaxWords longest quotation a topic section shows
 * @param listedUpTo while at most this many articles are read, every one is held, without detail
 *     where it is not kept: a source list that short names each article; beyond it only the
 *     articles kept are held
 */
public record Retention(
        int perKey, int perSpeaker, int quoteMinWords, int quoteMaxWords, int listedUpTo) {
    /** Every article kept in full: small corpora, and tests. */
    public static final Retention ALL =
            new Retention(
                    Integer.MAX_VALUE, Integer.MAX_VALUE, 0, Integer.MAX_VALUE, Integer.MAX_VALUE);

    public Retention {
        if (perKey < 1 || perSpeaker < 1) {
            throw new IllegalArgumentException(
                    "perKey and perSpeaker must be >= 1, were %d and %d"
                            .formatted(perKey, perSpeaker));
        }
        if (listedUpTo < 0) {
            throw new IllegalArgumentException("listedUpTo must be >= 0, was " + listedUpTo);
        }
    }

    /**
     * The first {@code perKey} articles per key and {@code perSpeaker} per speaker, for quotations
     * of 10 to 60 words; every article held while at most {@code listedUpTo} are read.
     */
    public static Retention firstPerKey(int perKey, int perSpeaker, int listedUpTo) {
        return new Retention(perKey, perSpeaker, 10, 60, listedUpTo);
    }

    boolean keepsAll() {
        return perKey == Integer.MAX_VALUE;
    }
}
