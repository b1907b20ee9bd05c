package org.alliancebrief.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the analyser found in one article. Holds no reference to the article itself, so the
 * article's text can be dropped as soon as it is analysed.
 *
 * @param outlet the outlet or agency the page names, or ""
 * @param duplicateOf the {@link #id} of the earlier article this one repeats
 * @param fingerprint hashes of the article's sentences, used to find near-duplicates
 * @param url the page's address where it shows one, or ""
 * @param language the ISO 639-1 code of the article's language, or ""
 * @param covered the codebook covers the article's language: else it is kept but not counted
 * @param notes warnings about the file for the user ("2 bytes not valid UTF-8 ...")
 * @param input the label of the --input the article came from ("" when not yet known)
 */
public record ArticleFindings(
        String file,
        String title,
        String outlet,
        Optional<PublishedDate> published,
        Optional<String> duplicateOf,
        List<ThemeFinding> themes,
        List<ActorFinding> actors,
        List<Quote> quotes,
        int words,
        List<Long> fingerprint,
        String url,
        String language,
        boolean covered,
        List<String> notes,
        String input) {
    public ArticleFindings {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        themes = List.copyOf(themes);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        fingerprint = List.copyOf(fingerprint);
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
        notes = List.copyOf(notes);
        Objects.requireNonNull(input, "input");
    }

    /** Findings of a page that shows no address and no known language. */
    public ArticleFindings(
            String file,
            String title,
            String outlet,
            Optional<PublishedDate> published,
            Optional<String> duplicateOf,
            List<ThemeFinding> themes,
            List<ActorFinding> actors,
            List<Quote> quotes,
            int words,
            List<Long> fingerprint) {
        this(
                file,
                title,
                outlet,
                published,
                duplicateOf,
                themes,
                actors,
                quotes,
                words,
                fingerprint,
                "",
                "",
                true,
                List.of(),
                "");
    }

    /** Unique across the inputs of a run: the input's label and the path within it. */
    public String id() {
        return input.isEmpty() ? file : input + "/" + file;
    }

    /** The same findings, from the input labelled {@code label}. */
    public ArticleFindings withInput(String label) {
        return new ArticleFindings(
                file,
                title,
                outlet,
                published,
                duplicateOf,
                themes,
                actors,
                quotes,
                words,
                fingerprint,
                url,
                language,
                covered,
                notes,
                label);
    }

    /** Whether the article counts in the figures: not a near-duplicate, in a covered language. */
    public boolean counted() {
        return duplicateOf.isEmpty() && covered;
    }

    /** The same findings, marked as a near-duplicate of {@code earlier}. */
    public ArticleFindings asDuplicateOf(String earlier) {
        return new ArticleFindings(
                file,
                title,
                outlet,
                published,
                Optional.of(earlier),
                themes,
                actors,
                quotes,
                words,
                fingerprint,
                url,
                language,
                covered,
                notes,
                input);
    }

    /**
     * The same findings with what the brief can cite and no more: the quotations, and of each area,
     * theme and actor its first evidence sentence (the one a key finding quotes); no fingerprint or
     * notes. What a bounded run keeps of an article the brief can cite evidence from.
     */
    public ArticleFindings forCitation() {
        return new ArticleFindings(
                file,
                title,
                outlet,
                published,
                duplicateOf,
                themes.stream()
                        .map(t -> new ThemeFinding(t.id(), t.mentions(), first(t.evidence())))
                        .toList(),
                actors.stream()
                        .map(
                                a ->
                                        new ActorFinding(
                                                a.id(),
                                                a.name(),
                                                a.kind(),
                                                a.mentions(),
                                                a.inCodebook(),
                                                a.fuzzy(),
                                                first(a.evidence())))
                        .toList(),
                quotes,
                words,
                List.of(),
                url,
                language,
                covered,
                List.of(),
                input);
    }

    private static List<Evidence> first(List<Evidence> evidence) {
        return evidence.size() <= 1 ? evidence : evidence.subList(0, 1);
    }

    /**
     * The same article with what a source list needs and the quotations of the named {@code
     * speakers} and of unnamed sources (no areas, themes or actors): what a bounded run keeps of an
     * article only those speakers' quotations can be cited from.
     */
    public ArticleFindings quotationsOf(Set<String> speakers) {
        List<Quote> kept =
                quotes.stream()
                        .filter(
                                q ->
                                        q.speaker()
                                                .map(s -> !s.named() || speakers.contains(s.name()))
                                                .orElse(false))
                        .toList();
        return new ArticleFindings(
                file,
                title,
                outlet,
                published,
                duplicateOf,
                List.of(),
                List.of(),
                kept,
                words,
                List.of(),
                url,
                language,
                covered,
                List.of(),
                input);
    }

    /**
     * The same article with only what a source list needs (no themes, actors, quotations or
     * fingerprint): what a bounded run keeps of an article the brief cannot cite.
     */
    public ArticleFindings withoutDetail() {
        return new ArticleFindings(
                file,
                title,
                outlet,
                published,
                duplicateOf,
                List.of(),
                List.of(),
                List.of(),
                words,
                List.of(),
                url,
                language,
                covered,
                List.of(),
                input);
    }
}
