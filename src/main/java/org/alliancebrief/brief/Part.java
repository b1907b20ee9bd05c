package org.alliancebrief.brief;

import java.util.List;
import java.util.Objects;

/** One block of the brief's body, in the order the template gives. */
public sealed interface Part {
    /** The heading printed above the block and used as its bookmark. */
    String heading();

    /** Bullets of the bottom line up front. */
    record KeyFindings(String heading, List<KeyFinding> findings) implements Part {
        public KeyFindings {
            Objects.requireNonNull(heading, "heading");
            findings = List.copyOf(findings);
        }
    }

    /** A section on one leading area or theme: a paragraph from the figures and its best quotes. */
    record TopicSection(String heading, String themeId, String paragraph,
            List<CitedQuote> quotes) implements Part {
        public TopicSection {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(themeId, "themeId");
            Objects.requireNonNull(paragraph, "paragraph");
            quotes = List.copyOf(quotes);
        }
    }

    /** A figure, with a caption that says what is counted. */
    record Figure(String heading, Chart chart) implements Part {
        public Figure {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(chart, "chart");
        }
    }

    /** Plain paragraphs: the methodology note, limits, an introduction. */
    record Text(String heading, List<String> paragraphs) implements Part {
        public Text {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /** A table, such as the codebook annex. */
    record Table(String heading, String intro, List<String> columns, List<Float> widths,
            List<List<String>> rows) implements Part {
        public Table {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(intro, "intro");
            columns = List.copyOf(columns);
            widths = List.copyOf(widths);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The evidence annex: for each key finding, the sentences behind it. */
    record EvidenceAnnex(String heading, String intro, List<KeyFinding> findings) implements Part {
        public EvidenceAnnex {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(intro, "intro");
            findings = List.copyOf(findings);
        }
    }

    /** The numbered list of sources that citations point to. */
    record Sources(String heading, List<Source> sources) implements Part {
        public Sources {
            Objects.requireNonNull(heading, "heading");
            sources = List.copyOf(sources);
        }
    }
}
