package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into the plain text the parser reads: the headline first, the publication
 * date the page declares, then one paragraph per block of the article; navigation, scripts, forms
 * and other page chrome left out. Photo captions become caption lines.
 */
final class HtmlText {
    private static final String CHROME = "script, style, noscript, nav, footer, aside, form, "
            + "iframe, svg, button, template, [role=navigation], [aria-hidden=true], "
            + ".share, .social, .related, .newsletter, .cookie, .advert, .ad";
    private static final String DATE = "meta[property=article:published_time], "
            + "meta[name=date], meta[name=pubdate], meta[name=publish-date], "
            + "meta[itemprop=datePublished], meta[name=dc.date], time[datetime]";

    String toText(String html) {
        Document doc = Jsoup.parse(html);
        String published = publishedDate(doc);
        Element h1 = doc.selectFirst("h1");
        String title = h1 != null ? h1.text() : doc.title();
        List<String> captions = new ArrayList<>();
        for (Element fig : doc.select("figcaption")) {
            captions.add(fig.text());
            fig.remove();
        }
        doc.select(CHROME).remove();
        doc.select("header").stream().filter(h -> h.closest("article") == null)
                .forEach(Element::remove);
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        List<String> out = new ArrayList<>();
        out.add(title);
        if (!published.isEmpty()) {
            out.add("Published: " + published);
        }
        for (Element block : root.select("p, h2, h3, h4, h5, h6, li, blockquote, pre")) {
            if (!block.tagName().equals("li") && !block.children().select("p, li").isEmpty()) {
                continue; // a container: its own blocks are taken one by one
            }
            String text = block.text().strip();
            if (!text.isEmpty() && !text.equals(title)) {
                out.add(text);
            }
        }
        for (String caption : captions) {
            out.add("Photo: " + caption);
        }
        return String.join("\n\n", out);
    }

    private static String publishedDate(Document doc) {
        Element e = doc.selectFirst(DATE);
        if (e == null) {
            return "";
        }
        String value = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
        return value.isBlank() ? e.text().strip() : value.strip();
    }
}
