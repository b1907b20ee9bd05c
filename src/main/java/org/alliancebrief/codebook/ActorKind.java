package org.alliancebrief.codebook;

import java.util.Locale;

/** What kind of actor an entry names. */
public enum ActorKind {
    PERSON,
    ORGANISATION,
    COUNTRY;

    /** Made once: the data file asks it of every actor of every article. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The name used in the codebook and the data file: {@code person}, ... */
    public String key() {
        return key;
    }
}
