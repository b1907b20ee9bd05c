package org.alliancebrief.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alliancebrief.analysis.ArticleFindings;
import org.alliancebrief.analysis.CorpusSummary;
import org.alliancebrief.codebook.ThemeEntry;
import org.alliancebrief.corpus.Skipped;

/**
 * What the brief says, in the order the template gives, with every chart's numbers already
 * computed: the renderers lay it out and add nothing.
 *
 * @param cover title block: title, subtitle, the corpus covered, generation date
 * @param parts the body of the brief, in order
 * @param metadata document properties (title, subject, keywords, creator)
 * @param articles the articles held, in source order, for the data file and spreadsheets: every
 *     article read, or, for a corpus too large to hold, those the brief can cite
 * @param articlesRead how many articles were read: the length of the source list
 * @param summary the corpus totals, for the data file
 * @param skipped inputs that were not articles, for the data file
 * @param keyFindings the bottom-line bullets with their figures, for the data file
 * @param themes the codebook's areas and themes (labels and groups), for the data file
 * @param run the parameters of the run that made it
 * @param changes what changed since the baseline, when one was given
 */
public record Brief(
        Cover cover,
        List<Part> parts,
        Metadata metadata,
        List<ArticleFindings> articles,
        int articlesRead,
        CorpusSummary summary,
        List<Skipped> skipped,
        List<KeyFinding> keyFindings,
        List<ThemeEntry> themes,
        RunInfo run,
        Optional<Changes> changes) {
    public Brief {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(summary, "summary");
        parts = List.copyOf(parts);
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        keyFindings = List.copyOf(keyFindings);
        themes = List.copyOf(themes);
    }

    /**
     * The title block.
     *
     * @param coverage one line on the corpus: "5 articles, December 2016 – December 2017 (4
     *     undated)"
     * @param generated the date the brief was made (from SOURCE_DATE_EPOCH when set)
     * @param parameters one line on how it was made: inputs, date range, codebook, baseline
     */
    public record Cover(
            String title,
            String subtitle,
            String coverage,
            LocalDate generated,
            String generatedLabel,
            String parameters) {
        public Cover {
            Objects.requireNonNull(parameters, "parameters");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subtitle, "subtitle");
            Objects.requireNonNull(coverage, "coverage");
            Objects.requireNonNull(generated, "generated");
            Objects.requireNonNull(generatedLabel, "generatedLabel");
        }
    }

    /**
     * All the sources held, as the data file lists them (empty when the template has no list):
     * every article read, or, for a corpus too large to hold, those the brief can cite.
     */
    public List<Source> sources() {
        return parts.stream()
                .filter(Part.Sources.class::isInstance)
                .flatMap(p -> ((Part.Sources) p).sources().stream())
                .toList();
    }

    /** Document properties written into the PDF's Info and XMP metadata. */
    public record Metadata(
            String title, String subject, String keywords, String creator, String language) {
        public Metadata {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(keywords, "keywords");
            Objects.requireNonNull(creator, "creator");
            Objects.requireNonNull(language, "language");
        }
    }
}
