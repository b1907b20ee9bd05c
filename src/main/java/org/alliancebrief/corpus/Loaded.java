package org.alliancebrief.corpus;

/** What reading one input file gave: an {@link Article}, or the reason it was {@link Skipped}. */
public sealed interface Loaded permits Article, Skipped {
    /** The file's path relative to the input it came from, with '/' separators. */
    String file();
}
