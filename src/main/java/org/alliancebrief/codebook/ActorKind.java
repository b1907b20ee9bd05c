package org.alliancebrief.codebook;

import java.util.Locale;

/** What kind of actor an entry names. */
public enum ActorKind {
    PERSON,
    ORGANISATION,
    COUNTRY;

    /** The name used in the codebook and the data file: {@code person}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
