package org.alliancebrief.corpus;

import java.util.List;
import java.util.regex.Pattern;
import org.alliancebrief.corpus.dates.DateLexicon.StampKind;
import org.alliancebrief.corpus.dates.DateReader;

/** What a single line of a page is when it is not content: a date, a byline, a caption... */
enum PageLine {
    /**
     * A date on its own: "Monday, May 6, 2024", "06/12/2017"; above the story also one among a few
     * header words, "Wire Service, May 15, 2015" ({@link PageLayout} tells those).
     */
    DATE,
    /** "Published : 06 Dec 2017, 19:39", "Posted on March 3, 2019 by admin", "• Published". */
    PUBLISHED,
    /** "By Jim Garamone", "DF-Xinhua Report", "Reporting by X; Editing by Y". */
    BYLINE,
    /** A photo caption or credit: "(Photo: AFP)", "... (2nd R, Front) ... Photo Xinhua.". */
    CAPTION,
    /** Where the story comes from: "Source: Euractiv", "© AFP 2023", "— AP". */
    SOURCE,
    /** A note about the author at the end: "The author is a fellow at ...". */
    AUTHOR_NOTE,
    /** A dateline standing alone: "Vilnius, 4 March 2024.", "ROME, 29 March 2025, 15:14". */
    DATELINE,
    /**
     * Site navigation: a menu or icon row, a section label, a counter, a category line, a number, a
     * row of other stories' headlines.
     */
    NAVIGATION,
    /** Anything else: content, as far as one line can tell. */
    CONTENT;

    /** A line this long that holds a stamp and its date is a header line, not prose. */
    private static final int MAX_WORDS_STAMP_LINE = 14;

    /** A caption or an author's note is a sentence or two; a longer line is a paragraph. */
    private static final int MAX_WORDS_CAPTION = 60;

    private static final DateReader DATES = DateReader.standard();

    /** One of these words, in any case, or a bracket or slash, stands in every caption mark. */
    private static final CaseFold CAPTION_WORDS =
            new CaseFold(List.of("photo", "image", "picture", "credit", "caption", "getty"));

    private static final Pattern BULLET = Pattern.compile("^[•·▪◦‣●■*-]+\\s*");

    /**
     * Credit labels a site prints after a caption, before ": ", sometimes glued to its last word.
     */
    private static final List<String> CREDIT_LABELS = List.of("Image", "Photo", "Picture");

    /**
     * {@code line} with a space before a credit label glued to the caption's last word ("… Michael
     * FallonImage: Getty Images"), so that the name stays a name. One scan for ": "; most lines
     * hold none.
     */
    static String withCreditApart(String line) {
        for (int colon = line.indexOf(": "); colon > 0; colon = line.indexOf(": ", colon + 2)) {
            for (String label : CREDIT_LABELS) {
                int at = colon - label.length();
                if (at > 0
                        && line.startsWith(label, at)
                        && Character.isLowerCase(line.charAt(at - 1))) {
                    return line.substring(0, at) + " " + line.substring(at);
                }
            }
        }
        return line;
    }

    private static final Pattern PUBLISHED_START =
            Pattern.compile(
                    "(?i)(?:first |last )?(?:published|posted|updated|last updated|date)\\b\\s*(?:on|at)?\\s*:?.*");
    private static final Pattern BY =
            Pattern.compile(
                    "(?:By|BY|Written by|Words by|Author:|Story by)\\s+\\p{Lu}[\\p{L}.'’-]*(?:[\\s,&]+\\S+){0,7}");
    private static final Pattern CREDITS =
            Pattern.compile(
                    "\\(?(?:Additional )?(?:[Rr]eporting|[Rr]eported|[Ee]diting|[Ww]riting|[Cc]ompiled|"
                            + "[Ee]dited)\\s+by\\b.*");
    private static final Pattern REPORT =
            Pattern.compile(
                    "(?:\\p{Lu}{1,4}-)?\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)? (?:Report|Reports|Staff)");
    // Case-insensitive only around words: (?i) would make \p{Lu} match lower case too.
    private static final Pattern CAPTION_MARK =
            Pattern.compile(
                    "\\((?i:photo|photograph|image|picture|pic|file photo)\\b[^)]*\\)"
                            + "|\\(\\s*(?:\\d(?:st|nd|rd|th)\\s+)?(?:L|R|C|[Ll]eft|[Rr]ight|[Cc]ent(?:re|er))"
                            + "(?:\\s*,\\s*(?i:front|back|rear|top|bottom|row)[^)]*)?\\s*\\)"
                            + "|(?i:\\bfile photo\\b)"
                            + "|\\b[Pp]hotos?\\s*(?::|by|/|(?i:credit):?)?\\s*\\p{Lu}[\\p{L}./& -]{1,40}\\.?$"
                            + "|^(?i:photo|image|picture|credit|caption)\\s*:"
                            + "|\\b\\p{Lu}{3,}/\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+)*\\b"
                            + "|(?i:\\bgetty images\\b)");

    // A line is a caption only if each of its sentences is; else it is a paragraph mentioning one.
    private static boolean isCaptionLine(String line) {
        return SentenceSplitter.split(line).stream().allMatch(s -> isCaption(s.of(line)));
    }

    /** Whether {@code sentence} reads as a photo caption or credit. */
    static boolean isCaption(String sentence) {
        return mayBeCaption(sentence) && CAPTION_MARK.matcher(sentence).find();
    }

    /**
     * Every caption mark holds a bracket, a slash or one of a few words: most sentences hold none.
     */
    private static boolean mayBeCaption(String s) {
        if (hasCaptionBracket(s) || hasCaptionSlash(s)) {
            return true;
        }
        return CAPTION_WORDS.foundIn(s);
    }

    /**
     * Whether a bracket opens as a caption mark's does: on a word sought ("(Photo", "(file") or a
     * place in the picture ("(L)", "(2nd R", "(centre"), whatever the case; else the words are
     * looked for.
     */
    private static boolean hasCaptionBracket(String s) {
        for (int at = s.indexOf('('); at >= 0; at = s.indexOf('(', at + 1)) {
            int i = at + 1;
            while (i < s.length() && Words.regexSpace(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && "0123456789LRClrcPpIiFf".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a slash stands after a capital, as in an agency credit ("AFP/Getty"). */
    private static boolean hasCaptionSlash(String s) {
        for (int at = s.indexOf('/', 1); at > 0; at = s.indexOf('/', at + 1)) {
            if (Character.isUpperCase(s.codePointBefore(at))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern SOURCE_LINE =
            Pattern.compile(
                    "(?i:source|sources|via|credit)\\s*:\\s*\\S.{0,60}"
                            + "|(?:©|\\([Cc]\\)|(?i:copyright))\\s*.{1,80}"
                            + "|[—–-]{1,2}\\s*\\p{Lu}[\\p{L}. -]{0,30}");
    private static final Pattern AUTHOR =
            Pattern.compile(
                    "(?:The author|About the author|The writer|The views expressed|\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+"
                            + " (?:writes|reports) for)\\b.*");

    /**
     * Whether a stamp phrase ("Published", "Updated on", "Retrieved") announces a date in {@code
     * l}.
     */
    private static boolean hasStamp(String l) {
        return DATES.stamped(l, false).stream()
                .anyMatch(d -> d.stamp() != null && d.stamp() != StampKind.TODAY);
    }

    /** {@code line} without a leading bullet ("• Published" → "Published"). */
    static String unbulleted(String line) {
        String l = line.strip();
        // Most lines open with no bullet: no matcher for them.
        return l.isEmpty() || "•·▪◦‣●■*-".indexOf(l.charAt(0)) < 0
                ? l
                : BULLET.matcher(l).replaceFirst("");
    }

    /**
     * {@code text} (a line without its bullet) without the number of an ordered list item ("1. Skip
     * to content", "2) Menu"): one or two digits, a '.' or ')' and a space before a letter.
     */
    static String unnumbered(String text) {
        int i = 0;
        while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
            i++;
        }
        boolean numbered =
                i > 0
                        && i <= 2
                        && i + 2 < text.length()
                        && (text.charAt(i) == '.' || text.charAt(i) == ')')
                        && text.charAt(i + 1) == ' '
                        && Character.isLetter(text.charAt(i + 2));
        return numbered ? text.substring(i + 2) : text;
    }

    /** What {@code line} is, judged on its own; {@code outlets} tells a source line from prose. */
    static PageLine of(String line, Outlets outlets) {
        String l = unbulleted(line);
        if (l.isEmpty()) {
            return CONTENT;
        }
        int words = Words.count(l, MAX_WORDS_CAPTION); // compared with bounds up to this
        if (DATES.isDateOnly(l)) {
            return DATE;
        }
        if (words <= MAX_WORDS_STAMP_LINE && hasStamp(l)
                || words <= 8 && !l.endsWith(".") && PUBLISHED_START.matcher(l).matches()) {
            return PUBLISHED;
        }
        if (words <= 12 && Dateline.isAlone(l, outlets)) {
            return DATELINE;
        }
        if (words <= 25 && CREDITS.matcher(l).matches()) {
            return BYLINE;
        }
        if (words <= 8
                && !l.endsWith(".")
                && (BY.matcher(l).matches()
                        || REPORT.matcher(l).matches() && outlets.find(l).isPresent())) {
            return BYLINE;
        }
        if (words <= 12 && SOURCE_LINE.matcher(l).matches() && outlets.find(l).isPresent()) {
            return SOURCE;
        }
        // A caption is a sentence or two; a longer line is a paragraph that mentions a photo.
        if (words <= MAX_WORDS_CAPTION && isCaptionLine(l)) {
            return CAPTION;
        }
        if (words <= MAX_WORDS_CAPTION && AUTHOR.matcher(l).matches()) {
            return AUTHOR_NOTE;
        }
        return Navigation.standard().matches(l) || HeadlineRow.is(l) ? NAVIGATION : CONTENT;
    }
}
