package org.alliancebrief.corpus;

import java.util.Objects;

/**
 * What a page says about itself outside its text: Markdown front matter or HTML meta tags. Every
 * field is "" when the page does not give it.
 *
 * @param title the headline the page declares
 * @param date the publication date as written ("2022-03-25 12:00:00 +0800")
 * @param dateSource where the date stood: "front-matter" or "html-meta"
 * @param dateKey the key or tag it was read from ("post_date", "article:published_time")
 * @param url the page's own address (canonical, og:url, front matter url or permalink)
 * @param author the author the page declares
 * @param outlet the site or outlet name the page declares (og:site_name, front matter source)
 */
public record PageMeta(
        String title,
        String date,
        String dateSource,
        String dateKey,
        String url,
        String author,
        String outlet) {
    public static final PageMeta NONE = new PageMeta("", "", "", "", "", "", "");

    public PageMeta {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateSource, "dateSource");
        Objects.requireNonNull(dateKey, "dateKey");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(outlet, "outlet");
    }

    /** These fields with {@code declared} as the title. */
    PageMeta withTitle(String declared) {
        return new PageMeta(declared, date, dateSource, dateKey, url, author, outlet);
    }

    /** These fields, each filled from {@code other} where this one has none. */
    PageMeta or(PageMeta other) {
        boolean ownDate = !date.isEmpty();
        return new PageMeta(
                title.isEmpty() ? other.title : title,
                ownDate ? date : other.date,
                ownDate ? dateSource : other.dateSource,
                ownDate ? dateKey : other.dateKey,
                url.isEmpty() ? other.url : url,
                author.isEmpty() ? other.author : author,
                outlet.isEmpty() ? other.outlet : outlet);
    }
}
