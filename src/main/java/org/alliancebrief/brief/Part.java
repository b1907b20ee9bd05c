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
    record TopicSection(String heading, String themeId, String paragraph, List<CitedQuote> quotes)
            implements Part {
        public TopicSection {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(themeId, "themeId");
            Objects.requireNonNull(paragraph, "paragraph");
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * A figure, with a caption that says what is counted.
     *
     * @param id stable name of the figure ("areas", "timeline"), its key in the data file
     * @param number the figure's number as printed, counting only figures drawn
     */
    record Figure(String heading, String id, int number, Chart chart) implements Part {
        public Figure {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(chart, "chart");
        }
    }

    /** What changed since the previous brief given as baseline. */
    record SinceLast(String heading, String intro, Changes changes) implements Part {
        public SinceLast {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(intro, "intro");
            Objects.requireNonNull(changes, "changes");
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
    record Table(
            String heading,
            String intro,
            List<String> columns,
            List<Float> widths,
            List<List<String>> rows)
            implements Part {
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

    /**
     * The numbered list of sources that citations point to.
     *
     * @param sources every source, as the data file lists them; for a corpus too large to hold,
     *     every source held (the ones the brief can cite)
     * @param listed those the PDF prints in full: all of them, or at large sizes the cited ones
     * @param summary when not all are listed: lines counting the rest by outlet and year, and where
     *     the full list is
     */
    record Sources(String heading, List<Source> sources, List<Source> listed, List<String> summary)
            implements Part {
        public Sources {
            Objects.requireNonNull(heading, "heading");
            sources = List.copyOf(sources);
            listed = List.copyOf(listed);
            summary = List.copyOf(summary);
        }

        /** A list printed in full. */
        public Sources(String heading, List<Source> sources) {
            this(heading, sources, sources, List.of());
        }
    }
}
