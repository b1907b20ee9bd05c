package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancebrief.brief.template.Section;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Group;

/** Computes the numbers of each chart the template asks for. */
final class ChartMaker {
    private final Figures figures;

    ChartMaker(Figures figures) {
        this.figures = figures;
    }

    /** The chart for a figure section, or empty when the corpus cannot support it. */
    Optional<Chart> make(Section.Figure section, Map<String, Object> names) {
        String title = section.title().isBlank() ? section.heading() : section.title();
        String caption = Wording.fill(section.caption(), names);
        return switch (section.chart()) {
            case AREAS -> Optional.of(shares(Group.AREA, title, caption));
            case THEMES -> Optional.of(shares(Group.THEME, title, caption));
            case ACTORS -> Optional.of(actors(title, caption, section.top()));
            case ACTOR_AREA -> heatMap(title, caption, section.rows(), section.columns());
            case TIMELINE -> timeline(title, caption, section.series());
        };
    }

    private Chart shares(Group group, String title, String caption) {
        List<Chart.Bars.Row> rows =
                figures.ranked(group).stream()
                        .map(
                                r ->
                                        new Chart.Bars.Row(
                                                r.label(),
                                                List.of(
                                                        Wording.share(
                                                                r.articles(), figures.articles()))))
                        .toList();
        return new Chart.Bars(title, caption, "Share of articles", List.of("Articles"), rows, true);
    }

    private Chart actors(String title, String caption, int top) {
        List<ActorKind> kinds =
                List.of(ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY);
        List<Chart.Bars.Row> rows =
                figures.actorsByMentions().stream()
                        .limit(top)
                        .map(
                                a ->
                                        new Chart.Bars.Row(
                                                marked(a),
                                                kinds.stream()
                                                        .map(
                                                                k ->
                                                                        k == a.kind()
                                                                                ? (double)
                                                                                        a.mentions()
                                                                                : 0.0)
                                                        .toList()))
                        .toList();
        return new Chart.Bars(
                title,
                caption,
                "Mentions",
                List.of("Person", "Organisation", "Country"),
                rows,
                false);
    }

    /** The actor's name, with " *" when the codebook does not know it (the caption says so). */
    private String marked(Figures.RankedActor a) {
        var tally = figures.summary.actors().get(a.id());
        return tally != null && !tally.inCodebook() ? a.name() + " *" : a.name();
    }

    private Optional<Chart> heatMap(String title, String caption, int rowCount, int columnCount) {
        var areas = figures.present(Group.AREA).stream().limit(columnCount).toList();
        var actors = figures.actors().stream().limit(rowCount).toList();
        if (areas.isEmpty() || actors.isEmpty()) {
            return Optional.empty();
        }
        List<List<Integer>> cells = new ArrayList<>();
        for (var actor : actors) {
            var byTheme =
                    figures.summary
                            .actorThemes()
                            .getOrDefault(actor.id(), java.util.Collections.emptySortedMap());
            cells.add(areas.stream().map(a -> byTheme.getOrDefault(a.entry().id(), 0)).toList());
        }
        return Optional.of(
                new Chart.HeatMap(
                        title,
                        caption,
                        actors.stream().map(this::marked).toList(),
                        areas.stream().map(Figures.Ranked::label).toList(),
                        cells));
    }

    private Optional<Chart> timeline(String title, String caption, int seriesCount) {
        var byYear = figures.summary.articlesByYear();
        List<Integer> years = figures.yearsWithEnoughArticles();
        if (years.size() < 2) {
            return Optional.empty();
        }
        List<Chart.Timeline.Line> lines = new ArrayList<>();
        for (var area : figures.present(Group.AREA).stream().limit(seriesCount).toList()) {
            List<Double> values = new ArrayList<>();
            for (int year : years) {
                int with =
                        figures.summary
                                .themesByYear()
                                .getOrDefault(year, java.util.Collections.emptySortedMap())
                                .getOrDefault(area.entry().id(), 0);
                values.add(Wording.share(with, byYear.get(year)));
            }
            lines.add(new Chart.Timeline.Line(area.label(), values));
        }
        return Optional.of(
                new Chart.Timeline(title, caption, "Share of dated articles", years, lines, true));
    }
}
