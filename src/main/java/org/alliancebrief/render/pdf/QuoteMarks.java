package org.alliancebrief.render.pdf;

/**
 * Quoted words set as English typography sets them: in “ ” with the quotations inside them in ‘ ’,
 * whatever marks the source used, so that no closing mark is ever doubled.
 */
final class QuoteMarks {
    private QuoteMarks() {}

    /** {@code text} between “ and ”, its own double quotation marks turned into ‘ and ’. */
    static String quoted(String text) {
        String t = text.strip();
        // a text wholly inside one pair of marks keeps its words, not the marks
        if (t.length() > 1
                && isDouble(t.charAt(0))
                && isDouble(t.charAt(t.length() - 1))
                && inner(t.substring(1, t.length() - 1)).indexOf('\u201C') < 0
                && noDoubleInside(t.substring(1, t.length() - 1))) {
            t = t.substring(1, t.length() - 1);
        }
        return "\u201C" + inner(t) + "\u201D";
    }

    private static boolean noDoubleInside(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDouble(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDouble(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }

    /** Double marks become single ones; a straight mark opens after a space or an opening. */
    static String inner(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = i == 0 ? ' ' : s.charAt(i - 1);
            switch (c) {
                case '\u201C', '\u201E' -> out.append('\u2018');
                case '\u201D' -> out.append('\u2019');
                case '"' -> out.append(opens(before) ? '\u2018' : '\u2019');
                case '\'' -> out.append(opens(before) ? '\u2018' : '\u2019');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean opens(char before) {
        return Character.isWhitespace(before) || "([{\u2014\u2013-/\u2018".indexOf(before) >= 0;
    }
}
