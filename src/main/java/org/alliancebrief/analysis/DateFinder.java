package org.alliancebrief.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.alliancebrief.analysis.PublishedDate.Kind;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.MetaLine;
import org.alliancebrief.corpus.MetaLine.Placement;
import org.alliancebrief.corpus.Span;
import org.alliancebrief.corpus.Words;
import org.alliancebrief.corpus.dates.DateLexicon.StampKind;
import org.alliancebrief.corpus.dates.DateReader;
import org.alliancebrief.corpus.dates.DateReader.Stamped;
import org.alliancebrief.corpus.dates.FoundDate;
import org.alliancebrief.corpus.dates.FoundDate.Order;

/**
 * Reads an article's publication date from ranked candidates, each with its evidence and kind
 * ({@link Kind}, best first): the page's front matter or HTML meta; a "Published"/"Posted" stamp or
 * a dated byline anywhere in a meta line; a date line under the headline ("Wire Agency, May 15,
 * 2015" too); a dateline; an "Updated" stamp; a dated line above the headline that is not the
 * capture date; a dateline without year when the page shows the year elsewhere; the lead's own date
 * ("on Friday (8 July 2016)"); a caption's date; last, when the page shows nothing else, the day of
 * the event the lead reports ("met on 10 January 2023"). Never a capture date ("Retrieved ...", a
 * bare date opening the file), a date in a quotation, nor one deeper in the story. A numeric date
 * with slashes that reads either way ("05/06/2019") is read as the page's other dates are written,
 * day first when they do not tell.
 */
final class DateFinder {
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2100;

    /** The lead is the opening of the story: its first paragraphs and sentences. */
    private static final int LEAD_PARAGRAPHS = 2;

    private static final int LEAD_SENTENCES = 3;
    private static final int MIN_LEAD_WORDS = 8;

    /** A photo credit in brackets ("(Agency Photo/Jane Doe)") is short. */
    private static final int MAX_CREDIT_CHARS = 40;

    private final DateReader reader = DateReader.standard();

    /** How many meta lines after a bare date an "updated" stamp may stand and still revise it. */
    private static final int UPDATED_AFTER = 2;

    /** What the dates a page shows tell about the others: their order, the latest of them. */
    private static final class Clues {
        private int dayFirst;
        private int monthFirst;
        private LocalDate latest;

        void saw(FoundDate d) {
            dayFirst += d.order() == Order.DAY_FIRST ? 1 : 0;
            monthFirst += d.order() == Order.MONTH_FIRST ? 1 : 0;
            if (d.hasYear() && !d.monthOnly() && (latest == null || d.date().isAfter(latest))) {
                latest = d.date();
            }
        }

        /** {@code d} as the page writes its dates: month first only if the others say so. */
        FoundDate read(FoundDate d) {
            return monthFirst > dayFirst ? d.monthFirst() : d;
        }

        boolean showsLaterThan(FoundDate d) {
            return latest != null && latest.isAfter(d.date());
        }
    }

    /** The publication date, if the article shows one. */
    Optional<PublishedDate> find(Article article) {
        Best best = new Best();
        Clues clues = new Clues();
        String declared = article.page().date();
        if (!declared.isEmpty()) {
            Kind kind =
                    article.page().dateSource().equals("html-meta")
                            ? Kind.HTML_META
                            : Kind.FRONT_MATTER;
            reader.first(declared)
                    .ifPresent(
                            d -> best.offer(d, article.page().dateKey() + ": " + declared, kind));
        }
        int yearElsewhere = 0;
        FoundDate yearless = null;
        String yearlessText = null;
        FoundDate pageDate = null; // the last bare date line, and its number among the meta lines
        String pageDateText = null;
        int pageDateLine = 0;
        int lineNo = 0;
        for (MetaLine line : article.meta()) {
            if (line.placement() == Placement.CAPTURE) {
                continue;
            }
            lineNo++;
            String text = line.text();
            List<Stamped> dates =
                    line.kind() == MetaLine.Kind.DATE
                            ? reader.headerDate(text)
                                    .map(
                                            d ->
                                                    List.of(
                                                            new Stamped(
                                                                    d, null, d.start(), false,
                                                                    false)))
                                    .orElse(List.of())
                            : reader.stamped(text, line.kind() == MetaLine.Kind.DATELINE);
            if (dates.stream().anyMatch(d -> d.stamp() == StampKind.CAPTURE)) {
                continue;
            }
            for (Stamped s : dates) {
                FoundDate d = s.date();
                if (!d.hasYear()) {
                    if (line.kind() == MetaLine.Kind.DATELINE && yearless == null) {
                        yearless = d;
                        yearlessText = text;
                    }
                    continue;
                }
                yearElsewhere = yearElsewhere == 0 ? d.year() : yearElsewhere;
                clues.saw(d);
                Kind kind = kind(line, s);
                if (kind == Kind.UPDATED
                        && pageDate != null
                        && lineNo - pageDateLine <= UPDATED_AFTER) {
                    // "20 Mar. 2025 - | Last updated: 25 Mar. 2025": the date the revision
                    // follows in the page's header is the first publication.
                    best.offer(pageDate, pageDateText, Kind.DATE_LINE);
                }
                if (kind != null) {
                    int from = s.stamp() == null ? 0 : s.stampStart();
                    best.offer(d, text.substring(from, d.dateEnd()).strip(), kind);
                }
                if (kind == Kind.PAGE_DATE) {
                    pageDate = d;
                    pageDateText = text.substring(0, d.dateEnd()).strip();
                    pageDateLine = lineNo;
                }
            }
            yearElsewhere = yearElsewhere == 0 ? copyrightYear(text) : yearElsewhere;
        }
        lead(article, best, clues);
        boolean yearlessWins =
                best.kind == null || best.kind.compareTo(Kind.DATELINE_YEAR_ELSEWHERE) > 0;
        if (yearless != null && yearlessWins) {
            int year =
                    yearElsewhere != 0
                            ? yearElsewhere
                            : best.date != null ? best.date.year() : urlYear(article.url());
            if (year != 0) {
                best.offer(
                        yearless.inYear(year),
                        yearlessText.substring(0, yearless.dateEnd()).strip(),
                        Kind.DATELINE_YEAR_ELSEWHERE);
            }
        }
        return best.result(clues);
    }

    /** The kind of candidate a dated meta line gives, or null if it gives none. */
    private static Kind kind(MetaLine line, Stamped s) {
        if (s.stamp() == StampKind.PUBLISHED) {
            return Kind.STAMP;
        }
        if (s.stamp() == StampKind.UPDATED) {
            return Kind.UPDATED;
        }
        return switch (line.kind()) {
            case STAMP, BYLINE, SOURCE -> Kind.STAMP;
            case DATE ->
                    switch (line.placement()) {
                        case HEADER -> Kind.DATE_LINE;
                        case BEFORE_TITLE, BODY -> Kind.PAGE_DATE;
                        case CAPTURE -> null;
                    };
            case DATELINE -> Kind.DATELINE;
            case CAPTION, ASIDE -> isFilePhoto(line.text()) ? null : Kind.CAPTION;
            default -> null;
        };
    }

    /**
     * The lead's own date: "met today (9 May 2024)", "on Friday (8 July 2016)"; else, when nothing
     * on the page is later, the day of the event its first sentence reports: "met on 10 January
     * 2023" (later sentences give the background: "the war that began on 24 February 2022").
     */
    private void lead(Article article, Best best, Clues clues) {
        List<Span> paragraphs = article.paragraphs();
        String text = article.text();
        int sentences = 0;
        int prose = 0;
        FoundDate event = null;
        String eventText = null;
        for (int p = 1; p < paragraphs.size() && prose < LEAD_PARAGRAPHS; p++) {
            Span para = paragraphs.get(p);
            String paragraph = para.of(text);
            // Headings and captions above the story are not its lead.
            if (article.captions().contains(para)
                    || Words.count(paragraph) < MIN_LEAD_WORDS
                    || !endsSentence(paragraph)
                    || endsWithCredit(paragraph)) {
                continue;
            }
            prose++;
            for (Span s : article.sentences()) {
                if (!para.contains(s)) {
                    continue;
                }
                int index = sentences++;
                if (index >= LEAD_SENTENCES) {
                    continue;
                }
                String sentence = s.of(text);
                for (Stamped d : reader.stamped(sentence, false)) {
                    clues.saw(d.date());
                    if (d.afterWeekday() || d.stamp() == StampKind.TODAY) {
                        best.offer(
                                d.date(),
                                sentence.substring(d.stampStart(), d.date().end())
                                        .replaceFirst("^\\(", "")
                                        .strip(),
                                Kind.LEAD);
                    } else if (index == 0
                            && event == null
                            && d.onDay()
                            && !d.date().monthOnly()
                            && !insideQuotation(text, para.start(), s.start() + d.date().start())) {
                        event = d.date();
                        eventText = sentence.substring(d.date().start(), d.date().dateEnd());
                    }
                }
            }
        }
        // A date before another the page shows is a past step of the story, not its day.
        if (event != null && !clues.showsLaterThan(event)) {
            best.offer(event, eventText, Kind.EVENT);
        }
    }

    /**
     * Whether offset {@code at} of {@code text} stands inside a quotation opened after {@code
     * from}.
     */
    private static boolean insideQuotation(String text, int from, int at) {
        boolean straight = false;
        boolean low = false;
        int curly = 0;
        for (int i = from; i < at; i++) {
            switch (text.charAt(i)) {
                case '"' -> straight = !straight;
                case '\u201e' -> low = true;
                case '\u201c' -> {
                    if (low) {
                        low = false; // „...“ closes with the mark English opens with
                    } else {
                        curly++;
                    }
                }
                case '\u201d', '\u00bb' -> curly = Math.max(0, curly - 1);
                case '\u00ab' -> curly++;
                default -> {}
            }
        }
        return straight || low || curly > 0;
    }

    private static boolean endsSentence(String paragraph) {
        String p = paragraph.stripTrailing();
        return !p.isEmpty() && ".!?\"\u201d\u2019)".indexOf(p.charAt(p.length() - 1)) >= 0;
    }

    /** "... arrives in Brussels on July 15, 2025. (Agency)": a photo caption and its credit. */
    private static boolean endsWithCredit(String paragraph) {
        String p = paragraph.stripTrailing();
        int open = p.lastIndexOf('(');
        if (!p.endsWith(")") || open < 2 || p.length() - open > MAX_CREDIT_CHARS) {
            return false;
        }
        String before = p.substring(0, open).stripTrailing();
        return before.endsWith(".") && Character.isUpperCase(p.charAt(open + 1));
    }

    private static boolean isFilePhoto(String caption) {
        String c = caption.toLowerCase(Locale.ROOT);
        return c.contains("file photo")
                || c.contains("archive photo")
                || c.contains("file picture");
    }

    /**
     * Where the copyright mark of {@code text} ends, less one: "©", "(c)" or "Copyright" (the word
     * before a year); -1 when there is none.
     */
    private static int copyrightMark(String text) {
        int at = text.indexOf('\u00a9');
        if (at >= 0) {
            return at;
        }
        int c = text.indexOf("(c)");
        c = c >= 0 ? c : text.indexOf("(C)");
        if (c >= 0) {
            return c + 2;
        }
        int word = text.indexOf("Copyright");
        return word >= 0 ? word + "Copyright".length() - 1 : -1;
    }

    private static int copyrightYear(String text) {
        int at = copyrightMark(text);
        if (at < 0) {
            return 0;
        }
        for (int i = at + 1; i + 4 <= text.length() && i < at + 6; i++) {
            String four = text.substring(i, i + 4);
            if (four.chars().allMatch(Character::isDigit)) {
                return Integer.parseInt(four);
            }
        }
        return 0;
    }

    /** The year in a page address's path ("/2017/11/14/"), or 0. */
    private static int urlYear(String url) {
        for (int i = url.indexOf("/20");
                i >= 0 && i + 6 <= url.length();
                i = url.indexOf("/20", i + 1)) {
            String four = url.substring(i + 1, i + 5);
            if (four.chars().allMatch(Character::isDigit)
                    && (i + 5 == url.length()
                            || url.charAt(i + 5) == '/'
                            || url.charAt(i + 5) == '-')) {
                return Integer.parseInt(four);
            }
        }
        return 0;
    }

    /** The best candidate so far: the first of the best kind. */
    private static final class Best {
        private FoundDate date;
        private String evidence;
        private Kind kind;

        void offer(FoundDate d, String evidence, Kind k) {
            if (!d.hasYear() || d.year() < MIN_YEAR || d.year() > MAX_YEAR) {
                return;
            }
            if (kind == null || k.compareTo(kind) < 0) {
                date = d;
                this.evidence = evidence;
                kind = k;
            }
        }

        Optional<PublishedDate> result(Clues clues) {
            if (kind == null) {
                return Optional.empty();
            }
            FoundDate d = clues.read(date);
            return Optional.of(new PublishedDate(d.date(), d.monthOnly(), evidence, kind));
        }
    }
}
