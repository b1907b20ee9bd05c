package org.alliancebrief.corpus;

import java.util.Objects;

/**
 * A line taken out of the article's content because it describes the page rather than the story (a
 * date line, a byline, a photo caption), kept so that later stages can read dates from it.
 *
 * @param kind what the line is, as the corpus stage judged it
 */
public record MetaLine(String text, Placement placement, Kind kind) {
    /** Where the line stood relative to the article's title and body. */
    public enum Placement {
        /**
         * The first line of the file, a bare date, and a site's clock repeating that day in the
         * lines it opens: the day the page was saved, never published.
         */
        CAPTURE,
        /** Above the title, below other page lines: a page's own date or navigation. */
        BEFORE_TITLE,
        /** Between the title and the first paragraph: datelines, bylines, "Published: ...". */
        HEADER,
        /** Inside or after the body: captions, trailing bylines, "Posted on ...". */
        BODY
    }

    /** What a meta line is. */
    public enum Kind {
        /** A date alone on its line, or among a few header words ("Wire Service, May 15, 2015"). */
        DATE,
        /** A line with a stamp phrase: "Published : 06 Dec 2017", "Last updated: ...". */
        STAMP,
        /** "By Jim Garamone", "Reporting by ...". */
        BYLINE,
        /** A photo caption or credit. */
        CAPTION,
        /** "Source: Euractiv", "© AFP 2023". */
        SOURCE,
        /** A note about the author. */
        AUTHOR_NOTE,
        /** A dateline, alone or split off the first paragraph. */
        DATELINE,
        /** Menus, labels, counters. */
        NAVIGATION,
        /** A short line under the headline: a kicker or standfirst. */
        KICKER,
        /** A caption or date glued into a paragraph and taken out of it. */
        ASIDE
    }

    public MetaLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(kind, "kind");
    }

    static Kind of(PageLine line) {
        return switch (line) {
            case DATE -> Kind.DATE;
            case PUBLISHED -> Kind.STAMP;
            case BYLINE -> Kind.BYLINE;
            case CAPTION -> Kind.CAPTION;
            case SOURCE -> Kind.SOURCE;
            case AUTHOR_NOTE -> Kind.AUTHOR_NOTE;
            case DATELINE -> Kind.DATELINE;
            case NAVIGATION -> Kind.NAVIGATION;
            case CONTENT -> Kind.KICKER;
        };
    }
}
