package org.alliancebrief.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Dates;
import org.alliancebrief.corpus.MetaLine;
import org.alliancebrief.corpus.Span;

/**
 * Reads an article's publication date from where pages print it: a "Published"/"Posted" line or a
 * date line under the title, or the dateline that opens agency copy and press releases. A date
 * above the title is the day the page was captured, and dates inside the story are events: both
 * are ignored.
 */
final class DateFinder {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));
    private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?"
            + "|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?"
            + "|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
    private static final String WEEKDAY = "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
            + "[a-z]*\\.?,?\\s+)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(WEEKDAY
            + "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + "(?<!\\p{L})" + MONTH
            + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?![\\d./])");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])" + MONTH + ",?\\s+(\\d{4})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern PUBLISHED = Pattern.compile(
            "^\\W*(published|posted|first published|date|issued|released|dated)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UPDATED = Pattern.compile(
            "^\\W*(updated|last updated|modified)\\b", Pattern.CASE_INSENSITIVE);
    /** A dateline: a place in capitals or title case, then the date, then a dash or bracket. */
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'-]{1,40},\\s*(.{6,30}?)\\s*(?:[-\u2013\u2014(:]|/PRNewswire/)");

    /** A dateline standing alone, as the corpus stage sets it aside: "Brussels, 14 June 2021". */
    private static final Pattern DATELINE_ALONE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'-]{1,40},\\s*(.{6,30})$");

    /** The publication date, if the article shows one. */
    Optional<PublishedDate> find(Article article) {
        Optional<PublishedDate> updated = Optional.empty();
        for (MetaLine line : article.meta()) {
            // A "Published ..." line says what it is, wherever it stands; a bare date above the
            // title (the next loop) is the capture date and is never read.
            String text = line.text().strip();
            if (PUBLISHED.matcher(text).find()) {
                Optional<PublishedDate> d = parse(text, true);
                if (d.isPresent()) {
                    return d;
                }
            } else if (UPDATED.matcher(text).find()
                    && line.placement() != MetaLine.Placement.BEFORE_TITLE) {
                updated = updated.or(() -> parse(text, true));
            }
        }
        for (MetaLine line : article.meta()) {
            if (line.placement() == MetaLine.Placement.HEADER && Dates.isDateOnly(line.text())) {
                Optional<PublishedDate> d = parse(line.text().strip(), true);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        Optional<PublishedDate> dateline = dateline(article);
        return dateline.isPresent() ? dateline : updated;
    }

    /**
     * The date of a dateline: one the corpus stage set aside under the title ("Brussels, 14 June
     * 2021", its dash cut off), or one still opening the first paragraphs in a form it leaves
     * there ("Brussels, 14 June 2021: ...").
     */
    private Optional<PublishedDate> dateline(Article article) {
        List<String> dates = new ArrayList<>();
        for (MetaLine line : article.meta()) {
            Matcher m = DATELINE_ALONE.matcher(line.text().strip());
            if (line.placement() == MetaLine.Placement.HEADER && m.matches()) {
                dates.add(m.group(1));
            }
        }
        List<Span> paragraphs = article.paragraphs();
        for (int i = 1; i < Math.min(paragraphs.size(), 3); i++) {
            Matcher m = DATELINE.matcher(paragraphs.get(i).of(article.text()));
            if (m.find()) {
                dates.add(m.group(1));
            }
        }
        return dates.stream().map(d -> parse(d, false)).flatMap(Optional::stream).findFirst();
    }


    /**
     * The first full date in {@code text}; with {@code monthAllowed}, a month and year alone when
     * no day is shown. The evidence runs from the start of the text to the end of the date.
     */
    static Optional<PublishedDate> parse(String text, boolean monthAllowed) {
        Candidate best = null;
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            best = Candidate.better(best, m, m.group(3), month(m.group(2)), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            best = Candidate.better(best, m, m.group(3), month(m.group(1)), m.group(2));
        }
        m = ISO.matcher(text);
        if (m.find()) {
            best = Candidate.better(best, m, m.group(1), Integer.parseInt(m.group(2)),
                    m.group(3));
        }
        m = NUMERIC.matcher(text);
        if (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // Day first, as most European outlets print it, unless that cannot be a date.
            boolean monthFirst = b > 12 && a <= 12;
            best = Candidate.better(best, m, m.group(4), monthFirst ? a : b,
                    String.valueOf(monthFirst ? b : a));
        }
        if (best != null) {
            return best.toDate(text, false);
        }
        if (monthAllowed) {
            m = MONTH_YEAR.matcher(text);
            if (m.find()) {
                return new Candidate(m.start(), m.end(), Integer.parseInt(m.group(2)),
                        month(m.group(1)), 1).toDate(text, true);
            }
        }
        return Optional.empty();
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        Integer n = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        return n == null ? MONTHS.getOrDefault(key.substring(0, 3), 0) : n;
    }

    /** A date found at {@code [start, end)} of the searched text. */
    private record Candidate(int start, int end, int year, int month, int day) {
        static Candidate better(Candidate best, Matcher m, String year, int month, String day) {
            Candidate c = new Candidate(m.start(), m.end(), Integer.parseInt(year), month,
                    Integer.parseInt(day));
            return best == null || c.start < best.start ? c : best;
        }

        Optional<PublishedDate> toDate(String text, boolean monthOnly) {
            if (year < 1990 || year > 2100) {
                return Optional.empty();
            }
            try {
                LocalDate date = LocalDate.of(year, month, day);
                String evidence = text.substring(0, end).strip();
                return Optional.of(new PublishedDate(date, monthOnly, evidence));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
        }
    }
}
