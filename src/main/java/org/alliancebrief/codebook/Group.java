package org.alliancebrief.codebook;

import java.util.Locale;

/** Whether a codebook entry is a field of practical cooperation or a political framing. */
public enum Group {
    /** A field of practical cooperation: military mobility, cyber, ... */
    AREA,
    /** A political framing: burden-sharing, complementarity, Russia, ... */
    THEME;

    /** The name used in the codebook and the data file: {@code area} or {@code theme}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
