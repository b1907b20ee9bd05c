package org.alliancebrief.corpus;

import java.util.regex.Pattern;

/** Shapes of written dates: "Monday January 13, 2025", "06 Dec 2017, 19:39", "2017-12-06". */
public final class Dates {
    private static final String WEEKDAY = "(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
            + "(?:day|sday|nesday|rsday|urday)?\\.?";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
            + "|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String TIME = "(?:,?\\s*(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s*\\(?[A-Z]{2,5}(?:[+-]\\d{1,2})?\\)?)?)?";
    /** One date, optionally with weekday and time of day. */
    static final String DATE = "(?:" + WEEKDAY + ",?\\s+)?(?:"
            + MONTH + "\\s+" + DAY + ",?\\s+\\d{4}"
            + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+\\d{4}"
            + "|" + MONTH + "\\s+\\d{4}"
            + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}"
            + "|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)"
            + TIME;

    private static final Pattern ONLY_DATE =
            Pattern.compile("(?i)(?:" + WEEKDAY + "\\s*[,|]?\\s*)?" + DATE + "\\s*[.|]?");
    private static final Pattern ANY_DATE = Pattern.compile("(?i)(?<![\\w])" + DATE);

    private Dates() {}

    /** Whether the whole of {@code line} is a date. */
    public static boolean isDateOnly(String line) {
        return ONLY_DATE.matcher(line.strip()).matches();
    }

    /** Whether {@code text} contains a date somewhere. */
    static boolean containsDate(String text) {
        return ANY_DATE.matcher(text).find();
    }
}
