package org.alliancebrief.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.Office;

/**
 * When an undated article was written, as far as the offices it gives named people say: "Germany's
 * Defence Minister Ursula von der Leyen" puts it within her term in that office. The terms of every
 * such title, intersected.
 */
record OfficePeriod(LocalDate from, LocalDate to) {
    /** A person the article titles with an office, right before the name. */
    record Title(Office office, ActorId person) {}

    /** The period all {@code titles} held by their holders share; empty when none or disjoint. */
    static Optional<OfficePeriod> of(List<Title> titles) {
        LocalDate from = LocalDate.MIN;
        LocalDate to = LocalDate.MAX;
        boolean any = false;
        for (Title t : titles) {
            for (Office.Tenure term : t.office().holders()) {
                if (term.person().equals(t.person())) {
                    from = max(from, term.from().orElse(LocalDate.MIN));
                    to = min(to, term.to().orElse(LocalDate.MAX));
                    any = true;
                    break; // a second term in the same office is rare: the first one counts
                }
            }
        }
        return any && !from.isAfter(to)
                ? Optional.of(new OfficePeriod(from, to))
                : Optional.empty();
    }

    /** Whether {@code term} and this period share a day. */
    boolean overlaps(Office.Tenure term) {
        return !term.from().orElse(LocalDate.MIN).isAfter(to)
                && !term.to().orElse(LocalDate.MAX).isBefore(from);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
