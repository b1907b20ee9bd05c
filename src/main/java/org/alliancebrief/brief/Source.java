package org.alliancebrief.brief;

import java.util.Objects;

/**
 * One article in the numbered source list.
 *
 * @param outlet the outlet if the text shows one, else ""
 * @param date the publication date as printed, or "undated"
 */
public record Source(int number, String title, String outlet, String date, String file) {
    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(file, "file");
    }
}
