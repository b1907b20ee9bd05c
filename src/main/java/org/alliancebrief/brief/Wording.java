package org.alliancebrief.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancebrief.analysis.PublishedDate;

/** How figures are written in the brief: counts with their noun, shares, dates, lists. */
final class Wording {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z0-9_]+)}");
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Wording() {}

    /** "1 article", "5 articles". */
    static String count(long n, String noun) {
        return number(n) + " " + (n == 1 ? noun : plural(noun));
    }

    /** "2,000": thousands grouped, as English prose writes them. */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String plural(String noun) {
        return switch (noun) {
            case "person" -> "people";
            default ->
                    noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        };
    }

    /**
     * "40%"; "<1%" for a share that is not zero but rounds to it, and ">99%" for one that is not
     * whole but rounds to 100%, so that 3,553 of 3,568 never reads as all of them.
     */
    static String percent(double share) {
        long rounded = Math.round(share * 100);
        if (rounded == 0 && share > 0) {
            return "<1%";
        }
        if (rounded == 100 && share < 1) {
            return ">99%";
        }
        return rounded + "%";
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "0%" : part >= whole ? "100%" : percent(share(part, whole));
    }

    static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    static String date(LocalDate day) {
        return DAY.format(day);
    }

    static String date(PublishedDate published) {
        return published.monthOnly()
                ? MONTH.format(published.date())
                : DAY.format(published.date());
    }

    /** "A", "A and B", "A, B and C". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1))
                + " and "
                + items.get(items.size() - 1);
    }

    /**
     * Quoted words as a brief shows them: without the comma or colon that closed them in the
     * running sentence ("... to a new level," he said), which would dangle on its own.
     */
    static String quoted(String words) {
        return words.strip().replaceAll("[\\s,;:\u2013\u2014-]+$", "");
    }

    /** Fills {name} placeholders; the loader has already checked that every name is known. */
    static String fill(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            String text =
                    value instanceof Integer || value instanceof Long
                            ? number(((Number) value).longValue())
                            : value == null ? "" : value.toString();
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }

    /** Whether every placeholder of {@code template} has a value. */
    static boolean complete(String template, Map<String, ?> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (values.get(m.group(1)) == null) {
                return false;
            }
        }
        return true;
    }

    /** Shortens {@code text} to at most {@code max} characters at a word boundary, with "…". */
    static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
