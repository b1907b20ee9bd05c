package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.alliancebrief.codebook.ThemeEntry;

/** Compares the figures with a previous brief's: what rose, fell, appeared and vanished. */
final class ChangeFinder {
    /** Moves smaller than this many points are noise at weekly scale and are not shown. */
    static final double MIN_POINTS = 1.0;

    /** At most this many rises and this many falls. */
    static final int MOVES_EACH_WAY = 3;

    private final Figures figures;

    ChangeFinder(Figures figures) {
        this.figures = figures;
    }

    Changes compare(Baseline before) {
        List<Changes.Move> moves = new ArrayList<>();
        for (ThemeEntry e : figures.codebook.themes()) {
            var tally = figures.summary.themes().get(e.id());
            double now = Wording.share(tally == null ? 0 : tally.articles(), figures.articles());
            double then = before.shares().getOrDefault(e.id().value(), 0.0);
            moves.add(new Changes.Move(e.id().value(), e.label(), e.group().key(), then, now));
        }
        Comparator<Changes.Move> byMove =
                Comparator.comparingDouble((Changes.Move m) -> -Math.abs(m.points()))
                        .thenComparing(Changes.Move::id);
        List<Changes.Move> kept = new ArrayList<>();
        kept.addAll(
                moves.stream()
                        .filter(m -> m.points() >= MIN_POINTS)
                        .sorted(byMove)
                        .limit(MOVES_EACH_WAY)
                        .toList());
        kept.addAll(
                moves.stream()
                        .filter(m -> m.points() <= -MIN_POINTS)
                        .sorted(byMove)
                        .limit(MOVES_EACH_WAY)
                        .toList());
        kept.sort(byMove);

        Set<String> voices = new TreeSet<>(figures.voices().keySet());
        Set<String> voicesBefore = new TreeSet<>(before.voices());
        voicesBefore.removeIf(figures::isDocument); // as now: a document is not a voice
        Set<String> actorIds = new TreeSet<>();
        figures.summary.actors().keySet().forEach(id -> actorIds.add(id.value()));
        Set<String> newActorIds = new TreeSet<>(actorIds);
        newActorIds.removeAll(before.actors().keySet());
        Set<String> goneActorIds = new HashSet<>(before.actors().keySet());
        goneActorIds.removeAll(actorIds);
        int newArticles = figures.read.unseen();
        return new Changes(
                before.path(),
                before.generated(),
                before.articles(),
                figures.articles(),
                newArticles,
                kept,
                minus(voices, voicesBefore),
                minus(voicesBefore, voices),
                newActorIds.stream()
                        .map(
                                id ->
                                        figures.summary.actors().entrySet().stream()
                                                .filter(e -> e.getKey().value().equals(id))
                                                .findFirst()
                                                .map(e -> e.getValue().name())
                                                .orElse(id))
                        .sorted()
                        .toList(),
                before.actorNames(goneActorIds));
    }

    private static List<String> minus(Set<String> a, Set<String> b) {
        return a.stream().filter(x -> !b.contains(x)).sorted().toList();
    }
}
