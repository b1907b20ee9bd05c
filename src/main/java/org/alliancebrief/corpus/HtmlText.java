package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Turns an HTML page into plain text (title, then one block a paragraph) and its captions. */
final class HtmlText {
    private static final String DROPPED =
            "script, style, nav, footer, aside, form, noscript, iframe,"
                    + " svg, button, template, select";
    private static final String BLOCK_QUERY = "p, h2, h3, h4, h5, h6, li, blockquote";
    private static final String DATE_QUERY =
            "meta[property=article:published_time], "
                    + "meta[name=article:published_time], meta[itemprop=datePublished], meta[name=pubdate], "
                    + "meta[name=publishdate], meta[name=date], meta[name=DC.date.issued], meta[name=dcterms.date]";

    /** The plain text of a page, the captions of its figures, and what its head says about it. */
    record Page(String text, List<String> captions, PageMeta meta) {
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
        PageMeta meta = meta(doc, title);
        doc.select(DROPPED).remove();
        // A page header holds the site's menus; an article's own header holds its headline.
        for (Element header : doc.select("header")) {
            if (header.closest("article") == null) {
                header.remove();
            }
        }
        List<String> captions = new ArrayList<>();
        for (Element figure : doc.select("figure, figcaption")) {
            String caption =
                    figure.tagName().equals("figcaption")
                            ? figure.text()
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
        return new Page(String.join("\n\n", out), captions, meta);
    }

    private static String title(Document doc) {
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text();
        }
        // "<title>Story | Site</title>": the part before the site name is the headline.
        return doc.title().replaceFirst("\\s+[|\u2013\u2014]\\s+[^|\u2013\u2014]*$", "").strip();
    }

    private static PageMeta meta(Document doc, String title) {
        String date = "";
        String key = "";
        for (Element meta : doc.select(DATE_QUERY)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) {
                date = content;
                key =
                        meta.hasAttr("property")
                                ? meta.attr("property")
                                : meta.hasAttr("name") ? meta.attr("name") : meta.attr("itemprop");
                break;
            }
        }
        if (date.isEmpty()) {
            date = jsonLdDate(doc);
            key = date.isEmpty() ? "" : "datePublished";
        }
        Element time = doc.selectFirst("time[datetime]");
        if (date.isEmpty() && time != null && !time.attr("datetime").isBlank()) {
            date = time.attr("datetime").strip();
            key = "time datetime";
        }
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url.isEmpty()) {
            url = attr(doc, "meta[property=og:url]", "content");
        }
        String author = attr(doc, "meta[name=author]", "content");
        String outlet = attr(doc, "meta[property=og:site_name]", "content");
        return new PageMeta(
                title,
                date,
                date.isEmpty() ? "" : "html-meta",
                key,
                url.startsWith("http") ? url : "",
                author,
                outlet);
    }

    private static String attr(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? "" : e.attr(attribute).strip();
    }

    /** "datePublished" of the page's JSON-LD, read without a JSON parser (a quoted value). */
    private static String jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            int at = json.indexOf("\"datePublished\"");
            if (at < 0) {
                continue;
            }
            int open = json.indexOf('"', json.indexOf(':', at) + 1);
            int close = open < 0 ? -1 : json.indexOf('"', open + 1);
            if (close > open && close - open < 60) {
                return json.substring(open + 1, close).strip();
            }
        }
        return "";
    }
}
