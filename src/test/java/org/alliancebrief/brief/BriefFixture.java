package org.alliancebrief.brief;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.analysis.ActorFinding;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.Evidence;
import org.alliancebrief.analysis.PublishedDate;
import org.alliancebrief.analysis.Quote;
import org.alliancebrief.analysis.Speaker;
import org.alliancebrief.analysis.ThemeFinding;
import org.alliancebrief.brief.template.BriefTemplateLoader;
import org.alliancebrief.codebook.ActorEntry;
import org.alliancebrief.codebook.ActorId;
import org.alliancebrief.codebook.ActorKind;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Group;
import org.alliancebrief.codebook.Office;
import org.alliancebrief.codebook.ThemeEntry;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Span;

/** Small, hand-made findings and codebook for brief-building tests. */
final class BriefFixture {
    static final ThemeId MOBILITY = new ThemeId("military-mobility");
    static final ThemeId CYBER = new ThemeId("cyber");
    static final ThemeId SPACE = new ThemeId("space");
    static final ThemeId BURDEN = new ThemeId("burden-sharing");
    static final ThemeId RUSSIA = new ThemeId("russia");
    static final ActorId JENS = new ActorId("jens-stoltenberg");
    static final ActorId KAJA = new ActorId("kaja-kallas");
    static final ActorId NATO = new ActorId("nato");
    static final ActorId POLAND = new ActorId("poland");

    private BriefFixture() {}

    static Codebook codebook() {
        return new Codebook(
                List.of(
                        theme(MOBILITY, "Military mobility", Group.AREA, "military mobility"),
                        theme(CYBER, "Cyber", Group.AREA, "cyber"),
                        theme(SPACE, "Space", Group.AREA, "space"),
                        theme(new ThemeId("exercises"), "Exercises", Group.AREA, "exercise*"),
                        theme(BURDEN, "Burden-sharing", Group.THEME, "burden-sharing"),
                        theme(RUSSIA, "Russia", Group.THEME, "Russia")),
                List.of(
                        actor(JENS, "Jens Stoltenberg", ActorKind.PERSON),
                        actor(KAJA, "Kaja Kallas", ActorKind.PERSON),
                        actor(NATO, "NATO", ActorKind.ORGANISATION),
                        actor(POLAND, "Poland", ActorKind.COUNTRY)),
                List.of(
                        new Office(
                                "nato-secretary-general",
                                "NATO Secretary General",
                                List.of("secretary general"),
                                List.of(
                                        new Office.Tenure(
                                                JENS,
                                                Optional.of(LocalDate.of(2014, 10, 1)),
                                                Optional.of(LocalDate.of(2024, 9, 30)))))),
                List.of());
    }

    /** Six articles over 2019-2023, one undated and one a near-duplicate. */
    static List<ArticleFindings> findings() {
        List<ArticleFindings> all = new ArrayList<>();
        all.add(
                article(
                        "a.txt",
                        2019,
                        List.of(MOBILITY, CYBER, BURDEN),
                        List.of(JENS, NATO),
                        quote(
                                "Our forces must be able to move across Europe quickly, and military "
                                        + "mobility is the key to that",
                                JENS,
                                "Jens Stoltenberg",
                                MOBILITY)));
        all.add(article("b.txt", 2019, List.of(MOBILITY, RUSSIA), List.of(JENS, NATO, POLAND)));
        all.add(
                article(
                        "c.txt",
                        2023,
                        List.of(MOBILITY, CYBER, SPACE, RUSSIA),
                        List.of(KAJA, NATO, POLAND),
                        quote(
                                "We must defend our networks against every cyber attack from whatever "
                                        + "direction it comes",
                                KAJA,
                                "Kaja Kallas",
                                CYBER)));
        all.add(article("d.txt", 2023, List.of(CYBER, RUSSIA, BURDEN), List.of(KAJA, NATO)));
        all.add(article("e.txt", null, List.of(CYBER), List.of(NATO)));
        all.add(
                article("f.txt", 2023, List.of(CYBER, RUSSIA, BURDEN), List.of(KAJA, NATO))
                        .asDuplicateOf("d.txt"));
        return all;
    }

    static CorpusSummary summary(List<ArticleFindings> findings) {
        return findings.stream()
                .map(CorpusSummary::of)
                .reduce(CorpusSummary.empty(), CorpusSummary::merge);
    }

    static Brief brief(String template) {
        List<ArticleFindings> f = findings();
        return new BriefBuilder(codebook(), BriefTemplateLoader.load(Path.of(template)), "1.0.0")
                .build(f, summary(f), List.of(), LocalDate.of(2026, 11, 25), Optional.empty());
    }

    /** The brief compared with {@code baseline}. */
    static Brief brief(String template, Baseline baseline) {
        List<ArticleFindings> f = findings();
        return new BriefBuilder(codebook(), BriefTemplateLoader.load(Path.of(template)), "1.0.0")
                .build(
                        f,
                        summary(f),
                        List.of(),
                        LocalDate.of(2026, 11, 25),
                        Optional.empty(),
                        RunInfo.of("1.0.0"),
                        Optional.of(baseline));
    }

    /**
     * A previous week: 4 articles, mobility in all of them and cyber in one, Stoltenberg and a Mr
     * Vanished quoted, Poland not yet named; a.txt and b.txt already read.
     */
    static Baseline lastWeek() {
        return new Baseline(
                "last/brief.json",
                "2026-11-18",
                4,
                java.util.Map.of("military-mobility", 1.0, "cyber", 0.25, "russia", 0.5),
                java.util.Set.of("Jens Stoltenberg", "Mr Vanished"),
                java.util.Map.of(
                        "jens-stoltenberg",
                        "Jens Stoltenberg",
                        "nato",
                        "NATO",
                        "gone-actor",
                        "Gone Actor"),
                java.util.Set.of("a.txt", "b.txt"));
    }

    private static ThemeEntry theme(ThemeId id, String label, Group group, String term) {
        return new ThemeEntry(id, label, group, "", List.of(term), List.of());
    }

    private static ActorEntry actor(ActorId id, String name, ActorKind kind) {
        return new ActorEntry(id, name, kind, List.of(), List.of(), List.of());
    }

    static Quote quote(String text, ActorId id, String name, ThemeId theme) {
        return new Quote(
                text,
                new Span(0, text.length()),
                Optional.of(new Speaker(name, Optional.of(id), true, name + " said")),
                List.of(theme));
    }

    static ArticleFindings article(
            String file,
            Integer year,
            List<ThemeId> themes,
            List<ActorId> actors,
            Quote... quotes) {
        Optional<PublishedDate> date =
                Optional.ofNullable(year)
                        .map(
                                y ->
                                        new PublishedDate(
                                                LocalDate.of(y, 3, 1),
                                                false,
                                                "Published 1 March " + y));
        List<ThemeFinding> t =
                themes.stream()
                        .map(
                                id ->
                                        new ThemeFinding(
                                                id,
                                                2,
                                                List.of(
                                                        new Evidence(
                                                                "Evidence on "
                                                                        + id
                                                                        + " in "
                                                                        + file
                                                                        + ".",
                                                                new Span(0, 10)))))
                        .toList();
        List<ActorFinding> a =
                actors.stream()
                        .map(
                                id ->
                                        new ActorFinding(
                                                id,
                                                codebook().actor(id).orElseThrow().name(),
                                                codebook().actor(id).orElseThrow().kind(),
                                                3,
                                                true,
                                                false,
                                                List.of(
                                                        new Evidence(
                                                                codebook()
                                                                                .actor(id)
                                                                                .orElseThrow()
                                                                                .name()
                                                                        + " is named in "
                                                                        + file
                                                                        + ".",
                                                                new Span(0, 10)))))
                        .toList();
        return new ArticleFindings(
                file,
                "Title of " + file,
                "",
                date,
                Optional.empty(),
                t,
                a,
                List.of(quotes),
                400,
                List.of());
    }
}
