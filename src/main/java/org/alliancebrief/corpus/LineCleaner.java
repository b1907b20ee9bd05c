package org.alliancebrief.corpus;

import java.util.List;
import java.util.regex.Pattern;

/** Splits text into lines on any line ending and normalises the spaces inside each line. */
final class LineCleaner {
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n|\u2028|\u2029|\u0085");
    // Tabs, no-break and typographic spaces all read as one space in running text.
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\u00A0\\u1680\\u2000-\\u200A"
            + "\\u202F\\u205F\\u3000 ]+");
    // Invisible characters and stray control characters carry no content.
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD\\x00-\\x08\\x0E-\\x1F\\x7F]");

    private LineCleaner() {}

    /** The lines of {@code text}, each stripped and with single spaces; blank lines are "". */
    static List<String> lines(String text) {
        return LINE_BREAK.splitAsStream(text).map(LineCleaner::clean).toList();
    }

    /** {@code line} with invisible characters removed and every run of spaces made one space. */
    static String clean(String line) {
        String visible = INVISIBLE.matcher(line).replaceAll("");
        return SPACES.matcher(visible).replaceAll(" ").strip();
    }
}
