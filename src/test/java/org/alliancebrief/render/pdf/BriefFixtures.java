package org.alliancebrief.render.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.brief.Brief;
import org.alliancebrief.brief.Chart;
import org.alliancebrief.brief.CitedQuote;
import org.alliancebrief.brief.KeyFinding;
import org.alliancebrief.brief.Part;
import org.alliancebrief.brief.RunInfo;
import org.alliancebrief.brief.Source;

/** Realistic briefs for the renderer: the five seeds, a stress corpus, a one-article corpus. */
final class BriefFixtures {
    static final List<String> AREAS =
            List.of(
                    "Military mobility",
                    "Hybrid threats",
                    "Cyber defence",
                    "Counter-terrorism",
                    "Information sharing",
                    "Partner capacity building",
                    "Women, peace and security",
                    "Resilience and critical infrastructure",
                    "Emerging and disruptive technologies",
                    "Space",
                    "Climate and security",
                    "Disinformation",
                    "Maritime security and migration",
                    "Defence industry and capabilities",
                    "Exercises",
                    "Arms control and non-proliferation",
                    "Crisis management and operations");
    static final List<String> THEMES =
            List.of(
                    "Burden-sharing",
                    "Complementarity",
                    "Transatlantic bond",
                    "Russia",
                    "Enlargement",
                    "Support to Ukraine",
                    "China");

    private BriefFixtures() {}

    static Brief seeds() {
        List<Source> sources =
                List.of(
                        source(
                                1,
                                "NATO Seeks Increased Cooperation With European Union",
                                "DoD News",
                                "undated",
                                "000_089c42e186a406ac.txt"),
                        source(
                                2,
                                "EU and NATO step up cooperation on military mobility and cyber",
                                "",
                                "5 December 2017",
                                "001_7e2c9d5fef53f0b6.txt"),
                        source(
                                3,
                                "Joint declaration by the Presidents of the European Council and the Commission and the Secretary General of NATO",
                                "consilium.europa.eu",
                                "8 July 2016",
                                "002_b972bb4e826b5ab8.txt"),
                        source(
                                4,
                                "Łódź forum: Poland urges closer EU–NATO work on hybrid threats",
                                "Reuters",
                                "14 March 2017",
                                "003_923bce7df373b75d.txt"),
                        source(
                                5,
                                "Mogherini: \"Complementarity, not competition\" with NATO",
                                "EUobserver",
                                "6 December 2017",
                                "004_d1e30d472ceaf14d.txt"));
        KeyFinding mobility =
                finding(
                        "leading-areas",
                        "Military mobility and hybrid threats lead the corpus: each is named in 4 of 5 articles (80%).",
                        List.of(
                                new KeyFinding.EvidenceItem(
                                        "NATO and the EU will aim to make military mobility a flagship and a priority for our cooperation.",
                                        1),
                                new KeyFinding.EvidenceItem(
                                        "Ministers agreed to strengthen resilience against hybrid threats, including through the European Centre of Excellence in Helsinki.",
                                        4)));
        KeyFinding speakers =
                finding(
                        "top-speakers",
                        "Jens Stoltenberg is quoted most often (6 quotations), ahead of Federica Mogherini (4).",
                        List.of(
                                new KeyFinding.EvidenceItem(
                                        "“I expect we will agree to take NATO-EU cooperation to a new level,” he added.",
                                        1),
                                new KeyFinding.EvidenceItem(
                                        "“This is not about competition, it is about complementarity,” Mogherini said.",
                                        5)));
        KeyFinding dated =
                finding(
                        "coverage",
                        "Four of the five articles are dated, between July 2016 and December 2017; one shows no date.",
                        List.of(new KeyFinding.EvidenceItem("Published : 06 Dec 2017", 5)));
        List<KeyFinding> findings = List.of(mobility, speakers, dated);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.KeyFindings("Key findings", findings));
        parts.add(figure("Areas of cooperation", areaBars(5, 5, false)));
        parts.add(
                new Part.TopicSection(
                        "Military mobility",
                        "military-mobility",
                        "Military mobility appears in four of the five articles. The texts present it as the flagship of the second joint declaration: moving troops and equipment across Europe quickly, with the EU funding dual-use transport infrastructure and NATO setting the military requirements.",
                        List.of(
                                new CitedQuote(
                                        "Our forces must be able to move more quickly and easily. So NATO and the EU will aim to make military mobility a flagship and a priority for our cooperation.",
                                        "Jens Stoltenberg",
                                        "NATO Secretary General",
                                        "undated",
                                        1),
                                new CitedQuote(
                                        "Military mobility is a concrete example of how the EU and NATO complement each other.",
                                        "Federica Mogherini",
                                        "EU High Representative",
                                        "6 December 2017",
                                        5))));
        parts.add(
                new Part.TopicSection(
                        "Hybrid threats and cyber",
                        "hybrid-threats",
                        "Hybrid threats and cyber defence are named together in three articles, usually with the Helsinki Centre of Excellence and exchanges of staff during crises.",
                        List.of(
                                new CitedQuote(
                                        "We face hybrid attacks from Łódź to Lisbon; no single institution can answer them alone.",
                                        "Mateusz Morawiecki",
                                        "",
                                        "14 March 2017",
                                        4))));
        parts.add(figure("Who is named with which area", heatMap(8, 9, 5)));
        parts.add(figure("Attention over time", timeline(List.of(2016, 2017), 3)));
        parts.add(
                new Part.Text(
                        "Method and limits",
                        List.of(
                                "The brief counts what five news articles say about NATO–EU cooperation. An area or theme counts for an article when one of its codebook terms appears in the text; an actor counts when the text names them, an office held at the article's date included.",
                                "Quotations are direct speech between quotation marks, attributed to the speaker the sentence names. Figures are counts of articles, not of mentions, so a long article weighs as much as a short one. Five articles are a small sample: read the shares as a description of this corpus, not of the debate at large.")));
        parts.add(
                new Part.EvidenceAnnex(
                        "Evidence annex",
                        "For each key finding, the sentences behind its figures, with the source they come from.",
                        findings));
        parts.add(codebook(24));
        parts.add(new Part.Sources("Sources", sources));
        return brief(
                "NATO–EU Cooperation in the News",
                "What five articles say about the partnership, its areas and its voices",
                "5 articles, July 2016 – December 2017 (1 undated)",
                findings,
                parts);
    }

    static Brief stress() {
        Random random = new Random(42);
        int articles = 2000;
        List<Source> sources = new ArrayList<>();
        for (int n = 1; n <= articles; n++) {
            String title =
                    n % 7 == 0
                            ? "An exceptionally long headline about the future of the transatlantic partnership, the European Union's strategic compass, military mobility corridors and burden-sharing debates in the run-up to summit number "
                                    + n
                            : "NATO and EU officials discuss cooperation, item " + n;
            sources.add(
                    source(
                            n,
                            title,
                            n % 3 == 0 ? "" : "Outlet " + (n % 40),
                            n % 11 == 0 ? "undated" : (1 + n % 28) + " March " + (2010 + n % 17),
                            String.format("%04d_article.txt", n)));
        }
        String longQuote =
                "We have to be honest with each other about what this partnership can and cannot deliver, because citizens on both sides of the Atlantic expect their institutions to spend money wisely, to avoid duplication, to protect critical infrastructure against hybrid attacks, and to keep the door open to partners who share our values and our concern for a rules-based order";
        List<KeyFinding> findings = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            List<KeyFinding.EvidenceItem> evidence = new ArrayList<>();
            for (int e = 0; e < 12; e++) {
                evidence.add(
                        new KeyFinding.EvidenceItem(
                                "Evidence sentence "
                                        + e
                                        + " for finding "
                                        + k
                                        + ": officials said cooperation on resilience, cyber defence and military mobility had deepened considerably since the previous joint declaration was signed.",
                                1 + random.nextInt(articles)));
            }
            findings.add(
                    finding(
                            "finding-" + k,
                            "Finding "
                                    + k
                                    + ": across 2,000 articles, the most frequent area of cooperation is named in 1,234 articles (61.7%), a share that has grown in each of the last five years and now exceeds every other area by a wide margin.",
                            evidence));
        }
        List<Part> parts = new ArrayList<>();
        parts.add(new Part.KeyFindings("Key findings", findings));
        parts.add(figure("Areas of cooperation", areaBars(articles, 24, true)));
        parts.add(figure("Actors named most often", actorBars(40, random)));
        parts.add(figure("Areas by source type", stackedBars(random)));
        for (int t = 0; t < 3; t++) {
            List<CitedQuote> quotes = new ArrayList<>();
            for (int q = 0; q < 3; q++) {
                quotes.add(
                        new CitedQuote(
                                longQuote + " (" + t + "." + q + ").",
                                "Speaker With A Rather Long Double-Barrelled Name " + q,
                                "Deputy Assistant Secretary General for Emerging Security Challenges and Strategic Foresight",
                                (q + 1) + " June 2024",
                                1 + random.nextInt(articles)));
            }
            parts.add(
                    new Part.TopicSection(
                            "Topic "
                                    + (t + 1)
                                    + ": resilience, critical infrastructure and the protection of undersea cables in the Baltic and North Seas",
                            "resilience",
                            "This section summarises a very large corpus. ".repeat(12),
                            quotes));
        }
        parts.add(figure("Who is named with which area", heatMap(40, 24, 400)));
        List<Integer> years = new ArrayList<>();
        for (int y = 2010; y <= 2026; y++) {
            years.add(y);
        }
        parts.add(figure("Attention over time", timeline(years, 7)));
        parts.add(
                new Part.Text(
                        "Method and limits",
                        List.of(
                                "A methodology paragraph that is long enough to wrap across several lines. "
                                        .repeat(10),
                                "Second paragraph. ".repeat(30))));
        parts.add(
                new Part.EvidenceAnnex(
                        "Evidence annex", "Sentences behind each key finding.", findings));
        parts.add(codebook(80));
        parts.add(new Part.Sources("Sources", sources));
        return brief(
                "An Unusually Long Title for a Policy Brief on NATO–EU Cooperation, Burden-Sharing and the Transatlantic Bond in an Era of Strategic Competition",
                "A stress test with two thousand articles, forty actors and very long quotations that must wrap cleanly",
                "2,000 articles, March 2010 – March 2026 (182 undated)",
                findings,
                parts);
    }

    static Brief single() {
        KeyFinding only =
                finding(
                        "leading-areas",
                        "Only one article was found; it names military mobility.",
                        List.of(
                                new KeyFinding.EvidenceItem(
                                        "Military mobility remains a priority.", 1)));
        List<Part> parts =
                List.of(
                        new Part.KeyFindings("Key findings", List.of(only)),
                        figure(
                                "Areas of cooperation",
                                new Chart.Bars(
                                        "Articles by area",
                                        "Share of the 1 article that names each area.",
                                        "Share of articles",
                                        List.of("Articles"),
                                        List.of(
                                                new Chart.Bars.Row(
                                                        "Military mobility", List.of(1.0))),
                                        true)),
                        figure(
                                "Attention over time",
                                new Chart.Timeline(
                                        "Areas over time",
                                        "No dated articles in the corpus.",
                                        "Articles",
                                        List.of(),
                                        List.of(),
                                        false)),
                        figure("Who is named with which area", heatMap(1, 1, 1)),
                        new Part.EvidenceAnnex("Evidence annex", "", List.of(only)),
                        new Part.Sources(
                                "Sources",
                                List.of(source(1, "A single article", "", "undated", "only.txt"))));
        return brief("One Article", "", "1 article (undated)", List.of(only), parts);
    }

    /**
     * A tall figure that cannot share the page of the one before it, followed by a short section
     * that fits under that one and a long section that does not: the figure must not land between
     * the long section's paragraphs.
     */
    static Brief waitingFigure() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            paragraphs.add(
                    ("Paragraph %d of the method. Every figure is computed from the articles by the"
                                    + " rules below, and the data file holds the same figures with"
                                    + " the sentences behind them; a reader can trace each number"
                                    + " back to the text it came from. End of paragraph %d.")
                            .formatted(i, i));
        }
        List<Part> parts =
                List.of(
                        figure("Areas of cooperation", areaBars(40, 8, true)),
                        figure("Who is named with which area", heatMap(26, 12, 9)),
                        new Part.Text(
                                "Emphasis over time",
                                List.of("The timeline needs dated articles from two years [1].")),
                        new Part.Text("Methodology", paragraphs),
                        new Part.Sources(
                                "Sources",
                                List.of(source(1, "An article", "", "undated", "a.txt"))));
        return brief("Waiting Figure", "", "40 articles (undated)", List.of(), parts);
    }

    private static Brief brief(
            String title,
            String subtitle,
            String coverage,
            List<KeyFinding> findings,
            List<Part> parts) {
        List<Part> numbered = new ArrayList<>();
        int n = 0;
        for (Part p : parts) {
            numbered.add(
                    p instanceof Part.Figure f
                            ? new Part.Figure(f.heading(), f.id(), ++n, f.chart())
                            : p);
        }
        return new Brief(
                new Brief.Cover(
                        title,
                        subtitle,
                        coverage,
                        LocalDate.of(2026, 11, 25),
                        "25 November 2026",
                        "Input: seeds · codebook templates/codebook.yaml"),
                numbered,
                new Brief.Metadata(
                        title,
                        "NATO–EU cooperation as reported in the news",
                        "NATO, European Union, cooperation, defence",
                        "Alliance Brief",
                        "en"),
                List.of(),
                0,
                CorpusSummary.empty(),
                List.of(),
                findings,
                List.of(),
                RunInfo.of("1.0.0"),
                Optional.empty());
    }

    private static int figures;

    /** A figure numbered in the order the fixtures make them. */
    private static Part.Figure figure(String heading, Chart chart) {
        return new Part.Figure(heading, "figure-" + (++figures), figures, chart);
    }

    /** A source as the source list shows it; "" and "undated" mean not known. */
    private static Source source(int n, String title, String outlet, String date, String file) {
        return new Source(
                n,
                "input/" + file,
                title,
                Optional.of(outlet),
                Optional.empty(),
                date.equals("undated") ? Optional.empty() : Optional.of(date),
                n % 2 == 0 ? Optional.of("https://example.org/news/" + n) : Optional.empty(),
                file,
                Optional.empty());
    }

    private static KeyFinding finding(
            String id, String text, List<KeyFinding.EvidenceItem> evidence) {
        return new KeyFinding(id, text, Map.of("articles", 4), evidence);
    }

    private static Chart.Bars areaBars(int articles, int count, boolean percent) {
        List<String> labels = new ArrayList<>(AREAS);
        labels.addAll(THEMES);
        List<Chart.Bars.Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double n = Math.max(1, articles - i * (articles / Math.max(count, 1) + 1) * 0.8);
            rows.add(
                    new Chart.Bars.Row(
                            labels.get(i % labels.size()),
                            List.of(percent ? n / articles : Math.rint(n))));
        }
        return new Chart.Bars(
                "Articles by area of cooperation",
                "Number of the "
                        + articles
                        + " articles that name each area at least once; an article can name several.",
                percent ? "Share of articles" : "Articles",
                List.of("Articles"),
                rows,
                percent);
    }

    private static Chart.Bars actorBars(int actors, Random random) {
        List<Chart.Bars.Row> rows = new ArrayList<>();
        for (int i = 0; i < actors; i++) {
            rows.add(
                    new Chart.Bars.Row(
                            actorName(i), List.of((double) (900 - i * 21 - random.nextInt(5)))));
        }
        return new Chart.Bars(
                "Actors named most often",
                "Articles naming each actor (top 40).",
                "Articles",
                List.of("Articles"),
                rows,
                false);
    }

    private static Chart.Bars stackedBars(Random random) {
        List<Chart.Bars.Row> rows = new ArrayList<>();
        for (String area : AREAS) {
            rows.add(
                    new Chart.Bars.Row(
                            area,
                            List.of(
                                    (double) random.nextInt(300),
                                    (double) random.nextInt(200),
                                    (double) random.nextInt(100))));
        }
        return new Chart.Bars(
                "Areas by type of source",
                "Articles by area, split by the kind of outlet.",
                "Articles",
                List.of("Agency copy", "Official press releases", "Blogs and commentary"),
                rows,
                false);
    }

    static String actorName(int i) {
        List<String> names =
                List.of(
                        "Jens Stoltenberg",
                        "Federica Mogherini",
                        "Mark Rutte",
                        "Josep Borrell",
                        "Ursula von der Leyen",
                        "Kaja Kallas",
                        "NATO",
                        "European Union",
                        "European Commission",
                        "European External Action Service and its Crisis Management and Planning Directorate",
                        "Poland",
                        "Łódź city council",
                        "Ukraine",
                        "Russia",
                        "United States",
                        "China");
        return i < names.size() ? names.get(i) : "Actor number " + i;
    }

    private static Chart.HeatMap heatMap(int rows, int columns, int scale) {
        List<String> columnLabels = new ArrayList<>(AREAS);
        columnLabels.addAll(THEMES);
        List<String> rowLabels = new ArrayList<>();
        List<List<Integer>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowLabels.add(actorName(r));
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                int v =
                        ((r * 7 + c * 13) % 11 == 0)
                                ? 0
                                : Math.max(0, scale - (r * 37 + c * 53) % (scale + 1));
                row.add(scale == 1 ? 1 : v);
            }
            cells.add(row);
        }
        return new Chart.HeatMap(
                "Actors by area",
                "Articles in which an actor and an area are both named.",
                rowLabels,
                columnLabels.subList(0, columns),
                cells);
    }

    private static Chart.Timeline timeline(List<Integer> years, int series) {
        List<Chart.Timeline.Line> lines = new ArrayList<>();
        for (int s = 0; s < series; s++) {
            List<Double> values = new ArrayList<>();
            for (int y = 0; y < years.size(); y++) {
                values.add((double) ((s + 1) * (y + 2) % 9 + s));
            }
            lines.add(new Chart.Timeline.Line(AREAS.get(s), values));
        }
        return new Chart.Timeline(
                "Leading areas by year",
                "Dated articles per year that name each of the leading areas.",
                "Articles",
                years,
                lines,
                false);
    }

    private static Part.Table codebook(int rows) {
        List<List<String>> data = new ArrayList<>();
        List<String> labels = new ArrayList<>(AREAS);
        labels.addAll(THEMES);
        for (int r = 0; r < rows; r++) {
            String label = labels.get(r % labels.size());
            data.add(
                    List.of(
                            label.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'),
                            label,
                            r % 4 == 0 ? "theme" : "area",
                            "military mobility; troop movements; dual-use infrastructure; Schengen for the military; cross-border movement permissions; "
                                    + (r % 3 == 0 ? "rail gauge; bridges; ports; airfields" : "")));
        }
        return new Part.Table(
                "Annex: codebook",
                "The areas and themes counted, with the terms that signal them.",
                List.of("Id", "Label", "Group", "Terms"),
                List.of(2f, 2.2f, 0.8f, 5f),
                data);
    }
}
