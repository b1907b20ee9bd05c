package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns an HTML page into plain text (title, then one block a paragraph) and its captions. */
final class HtmlText {
    private static final String DROPPED = "script, style, nav, footer, aside, form, noscript, iframe,"
            + " svg, button, template, select";
    private static final String BLOCK_QUERY = "p, h2, h3, h4, h5, h6, li, blockquote";
    private static final String DATE_QUERY = "meta[property=article:published_time], "
            + "meta[name=article:published_time], meta[itemprop=datePublished], meta[name=pubdate], "
            + "meta[name=publishdate], meta[name=date], meta[name=DC.date.issued], meta[name=dcterms.date]";

    /** The plain text of a page, and the captions of its figures (kept as meta, not content). */
    record Page(String text, List<String> captions) {
        Page {
            captions = List.copyOf(captions);
        }
    }

    private HtmlText() {}

    /** Extracts the readable article from {@code html}. */
    static Page extract(String html) {
        Document doc = Jsoup.parse(html);
        List<String> out = new ArrayList<>();
        String title = title(doc);
        if (!title.isEmpty()) {
            out.add(title);
        }
        published(doc).ifPresent(date -> out.add("Published: " + date));
        doc.select(DROPPED).remove();
        // A page header holds the site's menus; an article's own header holds its headline.
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        List<String> captions = new ArrayList<>();
        for (Element figure : doc.select("figure, figcaption")) {
            String caption = figure.tagName().equals("figcaption") ? figure.text()
                    : figure.select("figcaption").text();
            if (!caption.isBlank() && !captions.contains(caption)) {
                captions.add(caption);
            }
        }
        doc.select("figure, figcaption, h1").remove();
        Element body = doc.body();
        for (Element block : body.select(BLOCK_QUERY)) {
            // Nested blocks (a <p> inside an <li>) would repeat text: keep only the innermost.
            if (block.select(BLOCK_QUERY).stream().anyMatch(e -> e != block)) {
                continue;
            }
            String text = block.text();
            if (!text.isBlank()) {
                out.add(text);
            }
        }
        if (out.size() <= 2 && body.select(BLOCK_QUERY).isEmpty()) {
            // A page of bare text and <br>s: its lines are the paragraphs.
            out.add(body.wholeText());
        }
        return new Page(String.join("\n\n", out), captions);
    }

    private static String title(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        // "<title>Story | Site</title>": the part before the site name is the headline.
        return doc.title().replaceFirst("\\s+[|\u2013\u2014]\\s+[^|\u2013\u2014]*$", "").strip();
    }

    private static Optional<String> published(Document doc) {
        for (Element meta : doc.select(DATE_QUERY)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) {
                return Optional.of(shortDate(content));
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) {
            return Optional.of(shortDate(time.attr("datetime").strip()));
        }
        return Optional.empty();
    }

    private static String shortDate(String value) {
        // "2021-06-14T09:30:00+02:00" → "2021-06-14": the day is what a reader needs.
        return value.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? value.substring(0, 10) : value;
    }
}
