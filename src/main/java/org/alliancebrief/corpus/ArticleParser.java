package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancebrief.corpus.MetaLine.Placement;

/** Turns the decoded text of one file into an {@link Article}. Stateless and thread-safe. */
public final class ArticleParser {
    /** A last line this short with no full stop is a caption under the final picture. */
    private static final int MAX_WORDS_TRAILING_CAPTION = 12;
    private static final int MAX_HEADLINE_WORDS = 30;

    private final Furniture furniture = Furniture.standard();
    private final Outlets outlets = Outlets.standard();

    /** Parses {@code text}, the whole decoded content of {@code file}; the extension picks the format. */
    public Article parse(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        List<String> captions = List.of();
        String plain = text;
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            HtmlText.Page page = HtmlText.extract(text);
            plain = page.text();
            captions = page.captions();
        } else if (name.endsWith(".md") || name.endsWith(".markdown")) {
            plain = MarkdownText.toPlain(text);
        }
        PageLayout layout = PageLayout.of(LineCleaner.lines(plain), furniture, outlets);
        List<MetaLine> meta = new ArrayList<>(layout.meta());
        List<String> clues = new ArrayList<>(layout.outletClues());
        List<String> body = new ArrayList<>(Unwrapper.paragraphs(layout.blocks(), layout.blankSeparated())
                .stream().map(PageLine::unbulleted).filter(p -> !p.isEmpty()).toList());
        String title = layout.title();
        // A page may open with its body rather than a headline: the line stays content and its
        // first sentence names the article.
        boolean derivedTitle = !title.isEmpty() && !headline(title);
        if (derivedTitle) {
            body.add(0, title);
        }
        if (!body.isEmpty()) {
            Optional<Dateline> dateline = Dateline.split(body.get(0), outlets);
            dateline.ifPresent(d -> {
                meta.add(new MetaLine(d.line(), Placement.HEADER));
                clues.add(0, d.line());
                body.set(0, d.rest());
            });
        }
        if (body.size() >= 2 && isTrailingCaption(body.get(body.size() - 1))) {
            meta.add(new MetaLine(body.remove(body.size() - 1), Placement.BODY));
        }
        captions.forEach(c -> meta.add(new MetaLine(LineCleaner.clean(c), Placement.BODY)));
        if (derivedTitle) {
            title = firstSentence(body.get(0));
        }
        ArticleText content = ArticleText.of(title, derivedTitle, body, furniture);
        content.asides().forEach(c -> meta.add(new MetaLine(c, Placement.BODY)));
        String outlet = clues.stream().map(outlets::find).flatMap(Optional::stream).findFirst().orElse("");
        return new Article(file, title, content.text(), content.paragraphs(),
                content.sentences(), meta, outlet);
    }

    /** A headline is one phrase or sentence of at most {@value #MAX_HEADLINE_WORDS} words. */
    private static boolean headline(String line) {
        return line.split(" ").length <= MAX_HEADLINE_WORDS
                && SentenceSplitter.split(line).size() <= 1;
    }

    /** The first sentence of {@code paragraph}, cut to {@value #MAX_HEADLINE_WORDS} words. */
    private static String firstSentence(String paragraph) {
        String first = SentenceSplitter.split(paragraph).get(0).of(paragraph);
        String[] words = first.split(" ");
        return words.length <= MAX_HEADLINE_WORDS ? first
                : String.join(" ", Arrays.asList(words).subList(0, MAX_HEADLINE_WORDS)) + " \u2026";
    }

    private static boolean isTrailingCaption(String paragraph) {
        return !Unwrapper.endsTerminal(paragraph)
                && paragraph.split(" ").length <= MAX_WORDS_TRAILING_CAPTION;
    }
}
