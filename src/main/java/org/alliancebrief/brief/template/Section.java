package org.alliancebrief.brief.template;

import java.util.List;
import java.util.Objects;

/**
 * One section of the brief's body as the template gives it: one record per {@link SectionKind},
 * holding exactly the settings that kind takes. Sentences the template leaves out are empty;
 * numbers it leaves out hold their defaults.
 */
public sealed interface Section {
    /** The kind this section is, as named under {@code kind:}. */
    SectionKind kind();

    /** The bottom-line bullets under a heading. */
    record KeyFindings(String heading) implements Section {
        public KeyFindings {
            Objects.requireNonNull(heading, "heading");
        }

        @Override
        public SectionKind kind() {
            return SectionKind.KEY_FINDINGS;
        }
    }

    /** What changed since the baseline brief; {@code intro} may use {baseline} and {generated}. */
    record Changes(String heading, String intro) implements Section {
        public Changes {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(intro, "intro");
        }

        @Override
        public SectionKind kind() {
            return SectionKind.CHANGES;
        }
    }

    /**
     * One section per leading area and theme.
     *
     * @param areas how many leading areas get a section
     * @param themes how many leading themes get a section
     * @param quotes at most this many quotations per section
     * @param paragraph the sentence on the topic's figures
     * @param partners the sentence naming the actors most often named with the topic
     * @param noQuotes the sentence added when no quotation addresses the topic
     */
    record Topics(
            int areas, int themes, int quotes, String paragraph, String partners, String noQuotes)
            implements Section {
        public Topics {
            Objects.requireNonNull(paragraph, "paragraph");
            Objects.requireNonNull(partners, "partners");
            Objects.requireNonNull(noQuotes, "noQuotes");
        }

        @Override
        public SectionKind kind() {
            return SectionKind.TOPICS;
        }
    }

    /**
     * One chart.
     *
     * @param chart which chart is drawn
     * @param title the title over the chart; the heading when empty
     * @param empty the sentence printed when the corpus cannot support the chart
     * @param top how many actors the actor chart shows
     * @param rows how many actors the actor-area chart shows
     * @param columns how many areas the actor-area chart shows
     * @param series how many areas the timeline shows
     */
    record Figure(
            ChartKind chart,
            String heading,
            String title,
            String caption,
            String empty,
            int top,
            int rows,
            int columns,
            int series)
            implements Section {
        public Figure {
            Objects.requireNonNull(chart, "chart");
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(caption, "caption");
            Objects.requireNonNull(empty, "empty");
        }

        @Override
        public SectionKind kind() {
            return SectionKind.FIGURE;
        }
    }

    /** The methodology note: paragraphs filled with the run's figures. */
    record Methodology(String heading, List<String> paragraphs) implements Section {
        public Methodology {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
        }

        @Override
        public SectionKind kind() {
            return SectionKind.METHODOLOGY;
        }
    }

    /** The annex of sentences behind the key findings, {@code perFinding} for each. */
    record Evidence(String heading, String intro, int perFinding) implements Section {
        public Evidence {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(intro, "intro");
        }

        @Override
        public SectionKind kind() {
            return SectionKind.EVIDENCE;
        }
    }

    /** The annex of the codebook's areas and themes, with at most {@code terms} terms each. */
    record Codebook(String heading, String intro, int terms) implements Section {
        public Codebook {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(intro, "intro");
        }

        @Override
        public SectionKind kind() {
            return SectionKind.CODEBOOK;
        }
    }

    /** The list of sources: every article read, or only those the brief cites. */
    record Sources(String heading, SourceListing list) implements Section {
        public Sources {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(list, "list");
        }

        @Override
        public SectionKind kind() {
            return SectionKind.SOURCES;
        }
    }
}
