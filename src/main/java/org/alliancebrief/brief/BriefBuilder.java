package org.alliancebrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.ArticlesRead;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.PublishedDate;
import org.alliancebrief.brief.template.BriefTemplate;
import org.alliancebrief.brief.template.ChartKind;
import org.alliancebrief.brief.template.Section;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Group;
import org.alliancebrief.codebook.ThemeEntry;
import org.alliancebrief.corpus.Skipped;

/** Builds the {@link Brief} from the findings, following the template. Pure: no I/O, no clock. */
public final class BriefBuilder {
    /**
     * Up to this many articles read, the PDF's source list names every one; beyond, only those the
     * brief cites, and counts the rest by outlet and year.
     */
    public static final int SOURCES_LISTED_UP_TO = 250;

    private final Codebook codebook;
    private final BriefTemplate template;
    private final String version;

    public BriefBuilder(Codebook codebook, BriefTemplate template, String version) {
        this.codebook = codebook;
        this.template = template;
        this.version = version;
    }

    /** The brief of a run with default parameters and no baseline. */
    public Brief build(
            List<ArticleFindings> findings,
            CorpusSummary summary,
            List<Skipped> skipped,
            LocalDate generated,
            Optional<String> title) {
        return build(
                findings,
                summary,
                skipped,
                generated,
                title,
                RunInfo.of(version),
                Optional.empty());
    }

    /**
     * The brief for {@code findings} (in source order, near-duplicates marked), all of them held.
     *
     * @param generated the day the brief is made
     * @param title replaces the template's title when present
     * @param run the run's parameters, recorded in the brief
     * @param baseline a previous brief to compare with
     */
    public Brief build(
            List<ArticleFindings> findings,
            CorpusSummary summary,
            List<Skipped> skipped,
            LocalDate generated,
            Optional<String> title,
            RunInfo run,
            Optional<Baseline> baseline) {
        ArticlesRead read =
                ArticlesRead.of(findings, baseline.map(Baseline::articleIds).orElse(Set.of()));
        return build(read, summary, skipped, generated, title, run, baseline);
    }

    /**
     * The brief for the articles {@code read}: those held are where its evidence, quotations and
     * listed sources come from; its counts over all come from {@code summary} and {@code read}.
     * With a baseline, {@code read} must have counted its unseen articles against the baseline's.
     */
    public Brief build(
            ArticlesRead read,
            CorpusSummary summary,
            List<Skipped> skipped,
            LocalDate generated,
            Optional<String> title,
            RunInfo run,
            Optional<Baseline> baseline) {
        Figures figures = new Figures(codebook, summary, read);
        Map<String, Object> names = names(figures, skipped, run);
        List<KeyFinding> keyFindings =
                new KeyFindingWriter(figures, template.evidencePerFinding())
                        .write(template.keyFindings());
        Optional<Changes> changes = baseline.map(b -> new ChangeFinder(figures).compare(b));
        String briefTitle = title.orElse(template.title());
        List<Part> parts = parts(figures, names, keyFindings, changes);
        if (template.listsCitedOnly()) {
            Citations.Renumbered renumbered = Citations.renumber(parts, keyFindings);
            parts = renumbered.parts();
            keyFindings = renumbered.keyFindings();
        }
        Brief.Cover cover =
                new Brief.Cover(
                        briefTitle,
                        template.subtitle(),
                        new Coverage(template, figures).line(),
                        generated,
                        Wording.fill(
                                template.wording("generated"),
                                Map.of("date", Wording.date(generated))),
                        RunLine.cover(run, figures));
        Brief.Metadata metadata =
                new Brief.Metadata(
                        briefTitle,
                        template.subject(),
                        String.join(", ", template.keywords()),
                        "Alliance Brief " + version,
                        template.language());
        return new Brief(
                cover,
                parts,
                metadata,
                read.articles(),
                read.total(),
                summary,
                skipped,
                keyFindings,
                codebook.themes(),
                run,
                changes);
    }

    private Map<String, Object> names(Figures figures, List<Skipped> skipped, RunInfo run) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("articles", Wording.count(figures.articles(), "article"));
        names.put("dated", figures.summary.dated());
        names.put("undated", figures.articles() - figures.summary.dated());
        names.put("version", version);
        names.put("duplicates", figures.summary.duplicates());
        names.put(
                "skipped",
                skipped.isEmpty()
                        ? ""
                        : " ("
                                + Wording.count(skipped.size(), "file")
                                + " skipped as unreadable or not "
                                + "articles)");
        names.put("codebook_actors", codebook.actors().size());
        names.put("codebook_entries", codebook.themes().size());
        names.put("entries", codebook.themes().size());
        names.put("run", RunLine.methodology(run));
        return names;
    }

    private List<Part> parts(
            Figures figures,
            Map<String, Object> names,
            List<KeyFinding> keyFindings,
            Optional<Changes> changes) {
        List<Part> parts = new ArrayList<>();
        QuoteChooser quotes = new QuoteChooser(figures, codebook);
        Set<Integer> cited = new LinkedHashSet<>();
        // the data file cites the key findings' evidence whether or not the PDF has its annex
        keyFindings.forEach(k -> k.evidence().forEach(e -> cited.add(e.source())));
        int figureNumber = 0;
        Set<String> figureIds = new LinkedHashSet<>();
        for (Section section : template.sections()) {
            switch (section) {
                case Section.KeyFindings s -> {
                    parts.add(new Part.KeyFindings(s.heading(), keyFindings));
                    if (!template.placesChanges()) {
                        changes.ifPresent(c -> parts.add(sinceLast("", "", c)));
                    }
                }
                case Section.Changes s ->
                        changes.ifPresent(c -> parts.add(sinceLast(s.heading(), s.intro(), c)));
                case Section.Topics s ->
                        parts.addAll(new TopicWriter(figures, quotes).write(s, cited));
                case Section.Figure s -> {
                    Part part = figure(figures, s, names, figureNumber + 1, figureIds);
                    figureNumber += part instanceof Part.Figure ? 1 : 0;
                    parts.add(part);
                }
                case Section.Methodology s ->
                        parts.add(
                                new Part.Text(
                                        s.heading(),
                                        s.paragraphs().stream()
                                                .map(p -> Wording.fill(p, names))
                                                .toList()));
                case Section.Evidence s ->
                        parts.add(
                                new Part.EvidenceAnnex(
                                        s.heading(),
                                        s.intro(),
                                        keyFindings.stream()
                                                .filter(k -> !k.evidence().isEmpty())
                                                .toList()));
                case Section.Codebook s -> parts.add(codebookTable(s));
                case Section.Sources s -> parts.add(new SourceList(figures).part(s, cited));
            }
        }
        return parts;
    }

    /** The changes since the baseline; a blank heading or intro takes the default wording. */
    private static Part sinceLast(String heading, String intro, Changes c) {
        String day = c.baselineGenerated();
        try {
            day = Wording.date(LocalDate.parse(day));
        } catch (java.time.format.DateTimeParseException e) {
            // an older or hand-made file: its own words for the day
        }
        return new Part.SinceLast(
                heading.isBlank() ? "Since the last brief" : heading,
                Wording.fill(
                        intro.isBlank()
                                ? "Compared with the brief of {generated} ({baseline})."
                                : intro,
                        Map.of("baseline", c.baseline(), "generated", day)),
                c);
    }

    private Part figure(
            Figures figures,
            Section.Figure s,
            Map<String, Object> names,
            int number,
            Set<String> ids) {
        Map<String, Object> figureNames = new LinkedHashMap<>(names);
        figureNames.put("top", s.top());
        figureNames.put("rows", s.rows());
        figureNames.put("columns", s.columns());
        figureNames.put("articles", Wording.count(figures.articles(), "article"));
        figureNames.put("dated", figures.summary.dated());
        figureNames.put("left_out", leftOut(figures));
        figureNames.put("outside_codebook", outsideCodebook(figures, s));
        String id = s.chart().key();
        for (int n = 2; !ids.add(id); n++) {
            id = s.chart().key() + "-" + n; // the same chart twice keeps a stable key each
        }
        String key = id;
        return new ChartMaker(figures)
                .make(s, figureNames)
                .<Part>map(chart -> new Part.Figure(s.heading(), key, number, chart))
                .orElseGet(
                        () ->
                                new Part.Text(
                                        s.heading(),
                                        List.of(
                                                Wording.fill(
                                                        s.empty().isBlank()
                                                                ? "Not enough data in this corpus for this chart."
                                                                : s.empty(),
                                                        figureNames))));
    }

    /** What the timeline leaves out, as a clause; empty when it leaves out nothing. */
    private static String leftOut(Figures figures) {
        int undated = figures.articles() - figures.summary.dated();
        List<Integer> kept = figures.yearsWithEnoughArticles();
        int sparse =
                figures.summary.articlesByYear().entrySet().stream()
                        .filter(e -> !kept.contains(e.getKey()))
                        .mapToInt(Map.Entry::getValue)
                        .sum();
        List<String> parts = new ArrayList<>();
        if (undated > 0) {
            parts.add(Wording.count(undated, "undated article"));
        }
        if (sparse > 0) {
            parts.add(Wording.count(sparse, "article") + " from years with too few to compare");
        }
        return parts.isEmpty()
                ? ""
                : "; "
                        + Wording.list(parts)
                        + " "
                        + (undated + sparse == 1 ? "is" : "are")
                        + " left out";
    }

    /** For the actor chart: a note when some of its actors are not in the codebook. */
    private static String outsideCodebook(Figures figures, Section.Figure s) {
        var shown =
                s.chart() == ChartKind.ACTOR_AREA
                        ? figures.actors().stream().limit(s.rows())
                        : figures.actorsByMentions().stream().limit(s.top());
        long outside =
                shown.filter(a -> !figures.summary.actors().get(a.id()).inCodebook()).count();
        return outside == 0
                ? ""
                : " Names marked * ("
                        + outside
                        + ") are not in the codebook: "
                        + "the text names them plainly, with a title or as a speaker.";
    }

    private Part codebookTable(Section.Codebook s) {
        int maxTerms = s.terms();
        List<List<String>> rows = new ArrayList<>();
        for (Group group : Group.values()) {
            for (ThemeEntry e : codebook.themes()) {
                if (e.group() != group) {
                    continue;
                }
                List<String> terms = e.terms().stream().limit(maxTerms).toList();
                String more =
                        e.terms().size() > maxTerms
                                ? ", … (" + (e.terms().size() - maxTerms) + " more)"
                                : "";
                rows.add(
                        List.of(
                                e.label(),
                                group.key(),
                                e.id().value(),
                                String.join(", ", terms) + more));
            }
        }
        return new Part.Table(
                s.heading(),
                Wording.fill(s.intro(), Map.of("entries", codebook.themes().size())),
                List.of("Entry", "Group", "Id", "Terms (a selection)"),
                List.of(24f, 9f, 22f, 45f),
                rows);
    }

    /** The line under the title: how many articles, over which dates, how many undated. */
    private record Coverage(BriefTemplate template, Figures figures) {
        String line() {
            Optional<PublishedDate> earliest = figures.read.earliest();
            int undated = figures.articles() - figures.summary.dated();
            // with undated articles, the dates are said to be those of the dated ones only
            String dated =
                    undated > 0 && earliest.isPresent()
                            ? Wording.number(figures.summary.dated())
                            : "";
            String range = "";
            if (earliest.isPresent()) {
                String from = Wording.date(earliest.get());
                String to = Wording.date(figures.read.latest().orElseThrow());
                range =
                        from.equals(to)
                                ? Wording.fill(
                                        template.wording("coverage_single_date"),
                                        Map.of("from", from, "dated", dated))
                                : Wording.fill(
                                        template.wording("coverage_range"),
                                        Map.of("from", from, "to", to, "dated", dated));
                range = " " + range; // fill() strips; the template's leading comma stays attached
                range =
                        range.startsWith(" ,") || range.startsWith(" :")
                                ? range.substring(1)
                                : range;
            }
            String undatedText =
                    undated == 0
                            ? ""
                            : " "
                                    + Wording.fill(
                                            template.wording("coverage_undated"),
                                            Map.of("undated", Wording.number(undated)));
            return Wording.fill(
                            template.wording("coverage"),
                            Map.of(
                                    "articles",
                                    Wording.count(figures.articles(), "article"),
                                    "range",
                                    range,
                                    "undated",
                                    undatedText))
                    .replace(" ,", ",");
        }
    }
}
