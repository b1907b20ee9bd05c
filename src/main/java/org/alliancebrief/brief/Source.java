package org.alliancebrief.brief;

import java.util.Objects;
import java.util.Optional;

/**
 * One article in the numbered source list.
 *
 * @param id the article's id, unique across inputs (input label and path within it)
 * @param outlet the outlet if the page names one
 * @param published the publication date, ISO ("2017-12-05" or "2017-12"), if the text shows it
 * @param dateLabel the date as printed ("5 December 2017"), or empty when undated
 * @param url the page's address, if known
 * @param file the path within its input
 * @param duplicateOf the number of the source this one repeats, if it is a near-duplicate
 */
public record Source(
        int number,
        String id,
        String title,
        Optional<String> outlet,
        Optional<String> published,
        Optional<String> dateLabel,
        Optional<String> url,
        String file,
        Optional<Integer> duplicateOf) {
    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(dateLabel, "dateLabel");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        outlet = outlet.map(String::strip).filter(o -> !o.isEmpty());
        url = url.map(String::strip).filter(u -> !u.isEmpty());
    }

    /** A source with the same details under another number (for a list of cited sources). */
    Source renumbered(int n, Optional<Integer> duplicate) {
        return new Source(n, id, title, outlet, published, dateLabel, url, file, duplicate);
    }
}
