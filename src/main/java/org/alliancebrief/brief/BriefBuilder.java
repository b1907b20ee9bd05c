package org.alliancebrief.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.analysis.PublishedDate;
import org.alliancebrief.codebook.Codebook;
import org.alliancebrief.codebook.Group;
import org.alliancebrief.codebook.ThemeEntry;
import org.alliancebrief.corpus.Skipped;

/** Builds the {@link Brief} from the findings, following the template. Pure: no I/O, no clock. */
public final class BriefBuilder {
    private final Codebook codebook;
    private final BriefTemplate template;
    private final String version;

    public BriefBuilder(Codebook codebook, BriefTemplate template, String version) {
        this.codebook = codebook;
        this.template = template;
        this.version = version;
    }

    /**
     * The brief for {@code findings} (in source order, near-duplicates marked).
     *
     * @param generated the day the brief is made
     * @param title replaces the template's title when present
     */
    public Brief build(List<ArticleFindings> findings, CorpusSummary summary,
            List<Skipped> skipped, LocalDate generated, Optional<String> title) {
        Figures figures = new Figures(codebook, summary, findings);
        Map<String, Object> names = names(figures, skipped);
        int perFinding = template.sections().stream().filter(s -> s.kind().equals("evidence"))
                .findFirst().map(s -> s.number("per_finding", 4)).orElse(4);
        List<KeyFinding> keyFindings = new KeyFindingWriter(figures, perFinding)
                .write(template.keyFindings());
        String briefTitle = title.orElse(template.title());
        List<Part> parts = parts(figures, names, keyFindings);
        Brief.Cover cover = new Brief.Cover(briefTitle, template.subtitle(),
                coverage(figures), generated,
                Wording.fill(template.wording("generated"), Map.of("date", Wording.date(generated))));
        Brief.Metadata metadata = new Brief.Metadata(briefTitle, template.subject(),
                String.join(", ", template.keywords()), "Alliance Brief " + version,
                template.language());
        return new Brief(cover, parts, metadata, findings, summary, skipped, keyFindings,
                codebook.themes());
    }

    private Map<String, Object> names(Figures figures, List<Skipped> skipped) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("articles", Wording.count(figures.articles(), "article"));
        names.put("dated", figures.summary.dated());
        names.put("undated", figures.articles() - figures.summary.dated());
        names.put("version", version);
        names.put("duplicates", figures.summary.duplicates());
        names.put("skipped", skipped.isEmpty() ? ""
                : " (" + Wording.count(skipped.size(), "file") + " skipped as unreadable or not "
                        + "articles)");
        names.put("codebook_actors", codebook.actors().size());
        names.put("codebook_entries", codebook.themes().size());
        names.put("entries", codebook.themes().size());
        return names;
    }

    private String coverage(Figures figures) {
        List<PublishedDate> dates = figures.counted.stream()
                .flatMap(f -> f.published().stream()).sorted(
                        java.util.Comparator.comparing(PublishedDate::date)).toList();
        String range = "";
        if (!dates.isEmpty()) {
            String from = Wording.date(dates.get(0));
            String to = Wording.date(dates.get(dates.size() - 1));
            range = from.equals(to)
                    ? Wording.fill(template.wording("coverage_single_date"), Map.of("from", from))
                    : Wording.fill(template.wording("coverage_range"), Map.of("from", from,
                            "to", to));
            range = " " + range; // fill() strips; the template's leading comma stays attached
            range = range.startsWith(" ,") ? range.substring(1) : range;
        }
        int undated = figures.articles() - figures.summary.dated();
        String undatedText = undated == 0 ? "" : " " + Wording.fill(
                template.wording("coverage_undated"), Map.of("undated", undated));
        return Wording.fill(template.wording("coverage"), Map.of(
                "articles", Wording.count(figures.articles(), "article"),
                "range", range, "undated", undatedText)).replace(" ,", ",");
    }

    private List<Part> parts(Figures figures, Map<String, Object> names,
            List<KeyFinding> keyFindings) {
        List<Part> parts = new ArrayList<>();
        QuoteChooser quotes = new QuoteChooser(figures, codebook);
        Set<Integer> cited = new HashSet<>();
        for (BriefTemplate.Section s : template.sections()) {
            switch (s.kind()) {
                case "key-findings" -> parts.add(new Part.KeyFindings(s.text("heading"),
                        keyFindings));
                case "topics" -> parts.addAll(new TopicWriter(figures, quotes).write(s, cited));
                case "figure" -> parts.add(figure(figures, s, names));
                case "methodology" -> parts.add(new Part.Text(s.text("heading"),
                        s.paragraphs().stream().map(p -> Wording.fill(p, names)).toList()));
                case "evidence" -> {
                    keyFindings.forEach(k -> k.evidence().forEach(e -> cited.add(e.source())));
                    parts.add(new Part.EvidenceAnnex(s.text("heading"), s.text("intro"),
                            keyFindings.stream().filter(k -> !k.evidence().isEmpty()).toList()));
                }
                case "codebook" -> parts.add(codebookTable(s));
                case "sources" -> parts.add(sources(figures, s, cited));
                default -> throw new IllegalStateException("unknown section kind " + s.kind());
            }
        }
        return parts;
    }

    private Part figure(Figures figures, BriefTemplate.Section s, Map<String, Object> names) {
        Map<String, Object> figureNames = new LinkedHashMap<>(names);
        figureNames.put("top", s.number("top", 15));
        figureNames.put("rows", s.number("rows", 12));
        figureNames.put("columns", s.number("columns", 8));
        figureNames.put("articles", Wording.count(figures.articles(), "article"));
        figureNames.put("dated", figures.summary.dated());
        return new ChartMaker(figures).make(s, figureNames)
                .<Part>map(chart -> new Part.Figure(s.text("heading"), chart))
                .orElseGet(() -> new Part.Text(s.text("heading"),
                        List.of(Wording.fill(s.text("empty").isBlank()
                                ? "Not enough data in this corpus for this chart."
                                : s.text("empty"), figureNames))));
    }

    private Part codebookTable(BriefTemplate.Section s) {
        int maxTerms = s.number("terms", 12);
        List<List<String>> rows = new ArrayList<>();
        for (Group group : Group.values()) {
            for (ThemeEntry e : codebook.themes()) {
                if (e.group() != group) {
                    continue;
                }
                List<String> terms = e.terms().stream().limit(maxTerms).toList();
                String more = e.terms().size() > maxTerms
                        ? ", … (" + (e.terms().size() - maxTerms) + " more)" : "";
                rows.add(List.of(e.label(), group.key(), e.id().value(),
                        String.join(", ", terms) + more));
            }
        }
        return new Part.Table(s.text("heading"), Wording.fill(s.text("intro"),
                Map.of("entries", codebook.themes().size())),
                List.of("Entry", "Group", "Id", "Terms (a selection)"),
                List.of(24f, 9f, 22f, 45f), rows);
    }

    private Part sources(Figures figures, BriefTemplate.Section s, Set<Integer> cited) {
        boolean onlyCited = "cited".equals(s.text("list"));
        List<Source> sources = new ArrayList<>();
        for (ArticleFindings f : figures.all) {
            int n = figures.source(f);
            if (onlyCited && !cited.contains(n)) {
                continue;
            }
            String title = f.duplicateOf().map(d -> f.title() + " (near-duplicate of ["
                    + figures.source(d) + "], not counted)").orElse(f.title());
            sources.add(new Source(n, title, f.outlet(),
                    f.published().map(Wording::date).orElse("undated"), f.file()));
        }
        return new Part.Sources(s.text("heading"), sources);
    }
}
