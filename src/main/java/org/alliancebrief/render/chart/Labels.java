package org.alliancebrief.render.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;

/** Fits chart labels into the room they have, cutting long ones with an ellipsis. */
final class Labels {
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";

    private Labels() {}

    static double width(String text, Font font) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }

    /** The text itself when it fits in {@code room} points, else its longest prefix plus "…". */
    static String fit(String text, Font font, double room) {
        String clean = text.strip();
        if (width(clean, font) <= room) {
            return clean;
        }
        int low = 0;
        int high = clean.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (width(clean.substring(0, mid).stripTrailing() + ELLIPSIS, font) <= room) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        if (low > 0 && Character.isHighSurrogate(clean.charAt(low - 1))) {
            low--;
        }
        return clean.substring(0, low).stripTrailing() + ELLIPSIS;
    }

    /** The widest of {@code texts} in {@code font}, in points. */
    static double widest(Iterable<String> texts, Font font) {
        double widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, width(text.strip(), font));
        }
        return widest;
    }
}
