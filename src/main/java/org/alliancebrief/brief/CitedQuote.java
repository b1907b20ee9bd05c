package org.alliancebrief.brief;

import java.util.Objects;

/**
 * A quotation chosen for the brief, with what a reader needs to check it.
 *
 * @param speaker the speaker's name
 * @param role the speaker's office or description at the time, or "" when unknown
 * @param date the article's date as printed ("6 December 2017"), or "undated"
 * @param source the number of the article in the source list
 */
public record CitedQuote(String text, String speaker, String role, String date, int source) {
    public CitedQuote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speaker, "speaker");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(date, "date");
    }
}
