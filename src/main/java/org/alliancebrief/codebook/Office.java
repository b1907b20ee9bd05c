package org.alliancebrief.codebook;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An office whose holder changes over time, such as the NATO Secretary General, with the phrases
 * that name it ("the secretary general", "the NATO chief") and its holders by date.
 */
public record Office(String id, String label, List<String> aliases, List<Tenure> holders) {
    public Office {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        holders = List.copyOf(holders);
    }

    /** Who held the office on {@code date}, if the codebook says. */
    public Optional<ActorId> holderOn(LocalDate date) {
        return holders.stream().filter(t -> t.covers(date)).map(Tenure::person).findFirst();
    }

    /** One person's term in an office; an open end means "still in office" or "unknown start". */
    public record Tenure(ActorId person, Optional<LocalDate> from, Optional<LocalDate> to) {
        public Tenure {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

        public boolean covers(LocalDate date) {
            return from.map(f -> !date.isBefore(f)).orElse(true)
                    && to.map(t -> !date.isAfter(t)).orElse(true);
        }
    }
}
