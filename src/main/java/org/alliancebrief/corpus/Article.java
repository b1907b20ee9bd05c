package org.alliancebrief.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One article ready for analysis: its cleaned text (title first, then body paragraphs separated by
 * a blank line), with the spans of its paragraphs and sentences in that text.
 *
 * @param file path relative to the input it came from, with '/' separators
 * @param title the headline, or the first sentence when the page shows none
 * @param text the content: no page furniture, hard-wrapped lines joined, repeated sentences
 *     removed; paragraphs separated by "\n\n"
 * @param paragraphs spans of the paragraphs in {@code text}, in order; the first is the title
 * @param sentences spans of the sentences in {@code text}, in order, each inside one paragraph
 * @param captions spans of the photo captions' paragraphs, at the end of {@code text}: their
 *     content counts for actors and themes, but they are no source of quotations
 * @param meta lines removed from the content that describe the page (dates, bylines, captions)
 * @param outlet the news outlet or agency the page names ("Xinhua", "Reuters"), or ""
 * @param url the page's address where it shows one (canonical link, front matter, "Source:" line),
 *     or ""
 * @param language the ISO 639-1 code of the article's language, or "" when not known
 * @param page what the page's front matter or HTML head says about it
 * @param notes what a user should be warned of about this file ("3 bad bytes ...")
 */
public record Article(
        String file,
        String title,
        String text,
        List<Span> paragraphs,
        List<Span> sentences,
        List<Span> captions,
        List<MetaLine> meta,
        String outlet,
        String url,
        String language,
        PageMeta page,
        List<String> notes)
        implements Loaded {
    public Article {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        captions = List.copyOf(captions);
        meta = List.copyOf(meta);
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(page, "page");
        notes = List.copyOf(notes);
    }

    /** The same article, its language set to {@code code}. */
    public Article withLanguage(String code) {
        return new Article(
                file,
                title,
                text,
                paragraphs,
                sentences,
                captions,
                meta,
                outlet,
                url,
                code,
                page,
                notes);
    }

    /** The same article with {@code note} added to its notes. */
    public Article withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Article(
                file,
                title,
                text,
                paragraphs,
                sentences,
                captions,
                meta,
                outlet,
                url,
                language,
                page,
                more);
    }

    /** The text of sentence {@code i}. */
    public String sentence(int i) {
        return sentences.get(i).of(text);
    }
}
