package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancebrief.corpus.MetaLine.Kind;
import org.alliancebrief.corpus.MetaLine.Placement;

/** Turns the decoded text of one file into an {@link Article}. Stateless and thread-safe. */
public final class ArticleParser {
    /** A last line this short with no full stop may be a caption under the final picture. */
    private static final int MAX_WORDS_TRAILING_CAPTION = 12;

    /** How many of the body's first paragraphs may open with the story's dateline. */
    private static final int DATELINE_PARAGRAPHS = 3;

    private static final int MAX_HEADLINE_WORDS = 30;

    private final Furniture furniture = Furniture.standard();
    private final Outlets outlets = Outlets.standard();
    private final AuthorBio bio = AuthorBio.standard();
    private final HeadlineLabels labels = HeadlineLabels.standard();

    /**
     * Parses {@code text}, the whole decoded content of {@code file}; extension and content pick
     * the format.
     */
    public Article parse(String file, String text) {
        String name = file.toLowerCase(Locale.ROOT);
        // Only a page opening with a rule is cut into lines here, to read its front matter.
        List<String> raw = FrontMatter.mayOpen(text) ? Words.lines(text) : List.of();
        FrontMatter front = FrontMatter.of(raw);
        String source =
                front.bodyStart() == 0
                        ? text
                        : withFrontMatterBody(
                                front.body(),
                                String.join("\n", raw.subList(front.bodyStart(), raw.size())));
        PageMeta page = front.meta();
        List<String> captions = List.of();
        boolean htmlPage =
                name.endsWith(".html")
                        || name.endsWith(".htm")
                        || PageFormat.looksLikeHtml(source) && !PageFormat.onlyInlineTags(source);
        if (!htmlPage && source.indexOf('<') >= 0) {
            // Text dressed in spans (a PDF or word-processor export): its lines are its layout.
            source = PageFormat.withoutInlineTags(source);
        }
        String plain = source;
        if (htmlPage) {
            HtmlText.Page html = HtmlText.extract(source);
            plain = html.text();
            captions = html.captions();
            page = page.or(html.meta());
        } else if (name.endsWith(".md")
                || name.endsWith(".markdown")
                || front.bodyStart() > 0
                || PageFormat.looksLikeMarkdown(text)) {
            plain = MarkdownText.toPlain(source);
            if (page.title().isEmpty()) {
                page = page.or(PageMeta.NONE.withTitle(MarkdownText.titleHeading(source)));
            }
        }
        List<String> lines =
                Dateline.labelledApart(PageFormat.withoutTimestamps(LineCleaner.lines(plain)));
        PageLayout layout = PageLayout.of(lines, furniture, outlets, page.title(), page.outlet());
        List<MetaLine> meta = new ArrayList<>(layout.meta());
        List<String> clues = new ArrayList<>(layout.outletClues());
        List<String> body =
                new ArrayList<>(
                        Unwrapper.paragraphs(layout.blocks(), layout.blankSeparated()).stream()
                                .map(PageLine::unbulleted)
                                .filter(p -> !p.isEmpty())
                                .toList());
        // The dateline opens the lead, or the paragraph after a standfirst or two.
        for (int i = 0; i < Math.min(DATELINE_PARAGRAPHS, body.size()); i++) {
            Optional<Dateline> dateline = Dateline.split(body.get(i), outlets);
            if (dateline.isPresent()) {
                Dateline d = dateline.get();
                meta.add(new MetaLine(d.line(), Placement.HEADER, Kind.DATELINE));
                clues.add(0, d.line());
                body.set(i, d.rest());
                break;
            }
        }
        if (body.size() >= 2 && isTrailingCaption(body.get(body.size() - 1))) {
            meta.add(new MetaLine(body.remove(body.size() - 1), Placement.BODY, Kind.CAPTION));
        }
        String authors =
                page.author()
                        + meta.stream()
                                .filter(m -> m.kind() == Kind.BYLINE)
                                .map(m -> " " + m.text())
                                .reduce("", String::concat);
        int bios = bio.closing(body, authors.strip());
        for (String b : body.subList(body.size() - bios, body.size())) {
            meta.add(new MetaLine(b, Placement.BODY, Kind.AUTHOR_NOTE));
        }
        body.subList(body.size() - bios, body.size()).clear();
        captions.forEach(
                c -> meta.add(new MetaLine(LineCleaner.clean(c), Placement.BODY, Kind.CAPTION)));
        String title = labels.strip(layout.title());
        if (layout.derived() && !body.isEmpty()) {
            title = firstSentence(body.get(0));
        }
        List<String> captionLines =
                meta.stream().filter(m -> m.kind() == Kind.CAPTION).map(MetaLine::text).toList();
        ArticleText content =
                ArticleText.of(title, layout.derived(), body, captionLines, furniture);
        content.asides().forEach(c -> meta.add(new MetaLine(c, Placement.BODY, Kind.ASIDE)));
        String outlet =
                clues.stream()
                        .map(outlets::find)
                        .flatMap(Optional::stream)
                        .findFirst()
                        .orElse(page.outlet());
        String url = page.url().isEmpty() ? PageFormat.sourceUrl(lines) : page.url();
        return new Article(
                file,
                title,
                content.text(),
                content.paragraphs(),
                content.sentences(),
                content.captions(),
                meta,
                outlet,
                url,
                "",
                page,
                List.of());
    }

    /**
     * The page below its front matter, opened by the text the front matter holds, unless the page
     * repeats that text (a post exported with its body in both places).
     */
    private static String withFrontMatterBody(String body, String page) {
        if (body.isEmpty()) {
            return page;
        }
        String firstLine =
                body.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return page.contains(firstLine) ? page : body + "\n\n" + page;
    }

    /** The first sentence of {@code paragraph}, cut to {@value #MAX_HEADLINE_WORDS} words. */
    private static String firstSentence(String paragraph) {
        String first = SentenceSplitter.split(paragraph).get(0).of(paragraph);
        String[] words = first.split(" ");
        return words.length <= MAX_HEADLINE_WORDS
                ? first
                : String.join(" ", Arrays.asList(words).subList(0, MAX_HEADLINE_WORDS)) + " \u2026";
    }

    /**
     * A short unpunctuated last line is a caption when it reads as one: a credit, or a phrase
     * ending on a name. One ending on an ordinary word is a sentence the excerpt cut off.
     */
    private static boolean isTrailingCaption(String paragraph) {
        if (Unwrapper.endsTerminal(paragraph)
                || Words.count(paragraph, MAX_WORDS_TRAILING_CAPTION)
                        > MAX_WORDS_TRAILING_CAPTION) {
            return false;
        }
        String last = paragraph.substring(paragraph.lastIndexOf(' ') + 1);
        return PageLine.isCaption(paragraph)
                || !last.isEmpty() && Character.isUpperCase(last.charAt(0));
    }
}
