package org.alliancebrief.brief;

import java.util.List;
import java.util.Objects;

/**
 * What changed since the brief given as baseline.
 *
 * @param baseline the previous data file as given
 * @param baselineGenerated the day the previous brief was made
 * @param previousArticles articles counted then
 * @param currentArticles articles counted now
 * @param newArticles articles read now whose id the previous brief lacks
 * @param moves areas and themes whose share moved most, largest move first
 */
public record Changes(
        String baseline,
        String baselineGenerated,
        int previousArticles,
        int currentArticles,
        int newArticles,
        List<Move> moves,
        List<String> newVoices,
        List<String> vanishedVoices,
        List<String> newActors,
        List<String> vanishedActors) {
    public Changes {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(baselineGenerated, "baselineGenerated");
        moves = List.copyOf(moves);
        newVoices = List.copyOf(newVoices);
        vanishedVoices = List.copyOf(vanishedVoices);
        newActors = List.copyOf(newActors);
        vanishedActors = List.copyOf(vanishedActors);
    }

    /** One area or theme: share of articles then and now, in [0, 1]. */
    public record Move(String id, String label, String group, double previous, double current) {
        public Move {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(group, "group");
        }

        /** The change in percentage points, rounded to one decimal. */
        public double points() {
            return Math.round((current - previous) * 1000) / 10.0;
        }
    }
}
