package org.alliancebrief.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells what a line of a scraped page is: furniture to drop ("Scroll to Top"), a line about the
 * page to keep aside (a date, a byline, a photo caption), or content. The furniture patterns live
 * in {@code furniture.txt} beside this class, so they can grow without code changes.
 */
final class PageLines {
    /** Outlets and agencies whose names mark bylines, credits and datelines. */
    static final List<String> OUTLETS = List.of("Reuters", "Agence France-Presse", "AFP",
            "Associated Press", "AP", "Xinhua", "dpa", "DPA", "ANSA", "EFE", "Anadolu", "TASS",
            "Bloomberg", "Euractiv", "EURACTIV", "Politico", "POLITICO", "Euronews",
            "Deutsche Welle", "DW", "BBC", "DoD News", "UPI", "Kyodo", "Yonhap", "PAP",
            "Ukrinform", "RFE/RL", "Defense News", "Breaking Defense", "EUobserver");
    private static final Pattern OUTLET = Pattern.compile("(?<![\\p{L}])("
            + String.join("|", OUTLETS.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}])");

    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
            + "[a-z]*\\.?";
    private static final String DAY = "(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?";
    private static final Pattern DATE_ONLY = Pattern.compile("(?i)^" + DAY + "(?:"
            + "\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+\\d{4}"
            + "|" + MONTH + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2})?\\S*)?"
            + "|\\d{1,2}[./]\\d{1,2}[./]\\d{4}"
            + ")(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?)?"
            + "\\s*$");
    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\W*(published|posted|first published|updated|last updated|modified|date"
                    + "|issued|released)\\b.{0,80}$");
    private static final Pattern BYLINE = Pattern.compile(
            "^\\W*(?:(?i:by|written by|words by|reporting by|report by|author:?|text:?)\\s+"
                    + "[\\p{Lu}\\[].{0,80}|[\\p{L}-]+\\s+(?:Report|Reporter|Correspondent))$");
    private static final Pattern CAPTION = Pattern.compile("(?i)(?:\\(photo\\b|\\bphoto:"
            + "|\\bphoto (?:by|credit|courtesy)|\\b(?-i:Photo:? [A-Z][\\p{L}/-]+)\\.?$|\\bfile photo\\b"
            + "|\\bphotograph:|\\bimage:|\\bcredit:|\\(\\s*(?:\\d(?:st|nd|rd|th)\\s+)?[lrc]\\b"
            + "[^)]{0,20}\\)|\\bpictured\\b|\\bgetty images\\b)");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^\\(?(?:reporting by|additional reporting|editing by|writing by|compiled by)\\b.*");
    private static final Pattern BREADCRUMB = Pattern.compile(
            "^(?:Home(?=\\p{Lu})|Home\\s*[>\u00bb/|]).*");

    private final List<Pattern> furniture;

    PageLines() {
        this.furniture = loadFurniture();
    }

    /** Whether {@code line} (stripped) is page furniture and no part of any article. */
    boolean furniture(String line) {
        if (BREADCRUMB.matcher(line).matches()) {
            return true;
        }
        for (Pattern p : furniture) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A line showing nothing but a date, perhaps with a weekday and a time. */
    static boolean dateOnly(String line) {
        return DATE_ONLY.matcher(line).matches();
    }

    /** "Published : 06 Dec 2017", "Posted on ...", "Updated ...". */
    static boolean stamp(String line) {
        return STAMP.matcher(line).matches() && line.split("\\s+").length <= 14;
    }

    /** "By Jim Garamone", "DF-Xinhua Report", "Reporting by ...". */
    static boolean byline(String line) {
        return (BYLINE.matcher(line).matches() && line.split("\\s+").length <= 10)
                || CREDIT.matcher(line).matches();
    }

    /** A photo caption or credit: "... Photo Xinhua.", "(Photo: AFP)", "(2nd R, Front)". */
    static boolean caption(String line) {
        return CAPTION.matcher(line).find() && line.split("\\s+").length <= 70;
    }

    /** The first outlet named in {@code line}, or "". */
    static String outletIn(String line) {
        Matcher m = OUTLET.matcher(line);
        return m.find() ? m.group(1) : "";
    }

    private static List<Pattern> loadFurniture() {
        List<Pattern> patterns = new ArrayList<>();
        try (InputStream in = PageLines.class.getResourceAsStream("furniture.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in,
                        StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String p = line.strip();
                if (!p.isEmpty() && !p.startsWith("#")) {
                    patterns.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE
                            | Pattern.UNICODE_CASE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(patterns);
    }

    /** Words that, ending a line, show it breaks mid-sentence. */
    static final Set<String> JOINING_WORDS = Set.of("the", "a", "an", "of", "and", "or", "to",
            "in", "on", "at", "for", "with", "by", "from", "as", "that", "which", "who", "its",
            "their", "his", "her", "our", "is", "are", "was", "were", "be", "has", "have", "had",
            "will", "would", "not", "but", "than", "into", "over", "about");
}
