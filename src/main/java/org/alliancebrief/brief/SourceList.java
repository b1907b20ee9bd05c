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
 * the PDF keeps to some thirty pages at any corpus size. The counts come from the run's counters,
 * so that a large corpus need not be held article by article.
 */
final class SourceList {
    /** About eight pages of entries. */
    static final int MAX_LISTED = BriefBuilder.SOURCES_LISTED_UP_TO;

    /** Outlets named one by one in the summary; the rest are counted together. */
    static final int OUTLETS_NAMED = 12;

    private static final String NO_OUTLET = "no outlet shown";
    private static final String UNDATED = "undated";

    private final Figures figures;

    SourceList(Figures figures) {
        this.figures = figures;
    }

    Part.Sources part(Section.Sources s, Set<Integer> cited) {
        List<Source> held = new ArrayList<>();
        figures.read.held().forEach((number, f) -> held.add(source(number, f)));
        List<Source> listed = held.stream().filter(x -> cited.contains(x.number())).toList();
        if (s.list() == SourceListing.CITED) {
            return new Part.Sources(s.heading(), listed);
        }
        int total = figures.read.total();
        if (total <= MAX_LISTED) {
            if (!figures.read.holdsAll()) {
                throw new IllegalStateException(
                        "a source list of %d articles needs them all, but %d are held"
                                .formatted(total, held.size()));
            }
            return new Part.Sources(s.heading(), held);
        }
        return new Part.Sources(s.heading(), held, listed, summary(listed));
    }

    private Source source(int number, ArticleFindings f) {
        return new Source(
                number,
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

    /** The articles not cited, counted by outlet and year: the counts of all, less the cited. */
    private List<String> summary(List<Source> listed) {
        Map<String, Long> byOutlet = new TreeMap<>();
        figures.read
                .byOutlet()
                .forEach((k, n) -> byOutlet.merge(outletKey(k), (long) n, Long::sum));
        Map<String, Long> byYear = new TreeMap<>();
        figures.read.byYear().forEach((k, n) -> byYear.merge(yearKey(k), (long) n, Long::sum));
        for (Source x : listed) {
            less(byOutlet, x.outlet().orElse(NO_OUTLET));
            less(byYear, x.published().map(p -> p.substring(0, 4)).orElse(UNDATED));
        }
        int rest = figures.read.total() - listed.size();
        List<String> lines = new ArrayList<>();
        lines.add(
                "The "
                        + Wording.count(listed.size(), "source")
                        + " cited in this brief are listed "
                        + "above. The other "
                        + Wording.count(rest, "article")
                        + " read are listed "
                        + "in full, with their numbers, in the data file brief.json (\"sources\") and in "
                        + "articles.csv; they are counted here by outlet and year.");
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
        lines.add(
                "By year: "
                        + byYear.entrySet().stream()
                                .map(e -> e.getKey() + " " + Wording.number(e.getValue()))
                                .collect(Collectors.joining("; "))
                        + ".");
        return lines;
    }

    private static String outletKey(String outlet) {
        return outlet.isEmpty() ? NO_OUTLET : outlet;
    }

    private static String yearKey(String year) {
        return year.isEmpty() ? UNDATED : year;
    }

    private static void less(Map<String, Long> counts, String key) {
        counts.computeIfPresent(key, (k, n) -> n > 1 ? n - 1 : null);
    }
}
