package org.alliancebrief.analysis;

/** Sentences about nothing the codebook knows, all different, to make a test piece long. */
final class Filler {
    private Filler() {}

    private static final String[] WHO = {
        "The host",
        "A junior aide",
        "The chair",
        "An interpreter",
        "The driver",
        "A reporter",
        "The caterer",
        "A guard",
        "The protocol officer",
        "A photographer"
    };

    private static final String[] DID = {
        "arrived before dawn",
        "complained about the heating",
        "lost a folder of notes",
        "asked for more coffee",
        "read the seating plan twice"
    };

    /**
     * {@code sentences} filler sentences, starting at the {@code offset}-th, in paragraphs of four.
     */
    static String sentences(int sentences, int offset) {
        StringBuilder b = new StringBuilder();
        for (int i = offset; i < offset + sentences; i++) {
            b.append(WHO[i % WHO.length]).append(' ').append(DID[(i / WHO.length) % DID.length]);
            b.append(i % 4 == 3 ? ".\n\n" : ". ");
        }
        return b.toString();
    }
}
