package org.alliancebrief.corpus;

import java.util.Objects;

/**
 * A line taken out of the article's content because it describes the page rather than the story
 * (a date line, a byline, a photo caption), kept so that later stages can read dates from it.
 */
public record MetaLine(String text, Placement placement) {
    /** Where the line stood relative to the article's title and body. */
    public enum Placement {
        /** Above the title: typically the date the page was captured, not published. */
        BEFORE_TITLE,
        /** Between the title and the first paragraph: datelines, bylines, "Published: ...". */
        HEADER,
        /** Inside or after the body: captions, trailing bylines, "Posted on ...". */
        BODY
    }

    public MetaLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(placement, "placement");
    }
}
