package org.alliancebrief.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.brief.template.Section;
import org.alliancebrief.brief.template.SourceListing;

/**
 * The source list: every article in the data file; in the PDF, all of them up to {@link
 * #MAX_LISTED}, beyond that the cited ones in full and the rest counted by outlet and year, so that
 * the PDF keeps to some thirty pages at any corpus size.
 */
final class SourceList {
    /** About eight pages of entries. */
    static final int MAX_LISTED = 250;

    /** Outlets named one by one in the summary; the rest are counted together. */
    static final int OUTLETS_NAMED = 12;

    private final Figures figures;

    SourceList(Figures figures) {
        this.figures = figures;
    }

    Part.Sources part(Section.Sources s, Set<Integer> cited) {
        List<Source> all = new ArrayList<>();
        for (ArticleFindings f : figures.all) {
            all.add(source(f));
        }
        if (s.list() == SourceListing.CITED) {
            List<Source> listed = all.stream().filter(x -> cited.contains(x.number())).toList();
            return new Part.Sources(s.heading(), listed);
        }
        if (all.size() <= MAX_LISTED) {
            return new Part.Sources(s.heading(), all);
        }
        List<Source> listed = all.stream().filter(x -> cited.contains(x.number())).toList();
        List<Source> rest = all.stream().filter(x -> !cited.contains(x.number())).toList();
        return new Part.Sources(s.heading(), all, listed, summary(listed.size(), rest));
    }

    private Source source(ArticleFindings f) {
        return new Source(
                figures.source(f),
                f.id(),
                f.title(),
                Optional.of(f.outlet()),
                f.published().map(p -> p.iso()),
                f.published().map(Wording::date),
                url(f),
                f.file(),
                f.duplicateOf().map(figures::source));
    }

    /** The page's address, where it shows one. */
    private static Optional<String> url(ArticleFindings f) {
        return f.url().isBlank() ? Optional.empty() : Optional.of(f.url());
    }

    private static List<String> summary(int listed, List<Source> rest) {
        List<String> lines = new ArrayList<>();
        lines.add(
                "The "
                        + Wording.count(listed, "source")
                        + " cited in this brief are listed "
                        + "above. The other "
                        + Wording.count(rest.size(), "article")
                        + " read are listed "
                        + "in full, with their numbers, in the data file brief.json (\"sources\") and in "
                        + "articles.csv; they are counted here by outlet and year.");
        Map<String, Long> byOutlet =
                rest.stream()
                        .collect(
                                Collectors.groupingBy(
                                        x -> x.outlet().orElse("no outlet shown"),
                                        TreeMap::new,
                                        Collectors.counting()));
        List<Map.Entry<String, Long>> outlets =
                byOutlet.entrySet().stream()
                        .sorted(
                                Map.Entry.<String, Long>comparingByValue()
                                        .reversed()
                                        .thenComparing(Map.Entry.comparingByKey()))
                        .toList();
        List<String> named =
                outlets.stream()
                        .limit(OUTLETS_NAMED)
                        .map(e -> e.getKey() + " " + Wording.number(e.getValue()))
                        .toList();
        long others = outlets.stream().skip(OUTLETS_NAMED).mapToLong(Map.Entry::getValue).sum();
        lines.add(
                "By outlet: "
                        + String.join("; ", named)
                        + (others > 0
                                ? "; "
                                        + Wording.number(outlets.size() - OUTLETS_NAMED)
                                        + " other outlets "
                                        + Wording.number(others)
                                : "")
                        + ".");
        Map<String, Long> byYear =
                rest.stream()
                        .collect(
                                Collectors.groupingBy(
                                        x ->
                                                x.published()
                                                        .map(p -> p.substring(0, 4))
                                                        .orElse("undated"),
                                        TreeMap::new,
                                        Collectors.counting()));
        lines.add(
                "By year: "
                        + byYear.entrySet().stream()
                                .map(e -> e.getKey() + " " + Wording.number(e.getValue()))
                                .collect(Collectors.joining("; "))
                        + ".");
        return lines;
    }
}
