package org.alliancebrief.render.chart;

import java.awt.Color;
import java.util.List;

/**
 * The chart colours: the Okabe–Ito palette (safe for the common colour-vision deficiencies) for
 * series, and light-to-dark tints of its blue for quantities. All opaque and flat, which PDF/A and
 * print both like.
 */
final class Palette {
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color GRID = new Color(0xD9, 0xD9, 0xD9);
    static final Color EMPTY_CELL = new Color(0xF4, 0xF4, 0xF4);

    /** Okabe–Ito, reordered so that neighbouring stacked segments contrast in lightness. */
    private static final List<Color> SERIES =
            List.of(
                    new Color(0x00, 0x72, 0xB2), // blue
                    new Color(0xE6, 0x9F, 0x00), // orange
                    new Color(0x00, 0x9E, 0x73), // bluish green
                    new Color(0xD5, 0x5E, 0x00), // vermillion
                    new Color(0x56, 0xB4, 0xE9), // sky blue
                    new Color(0xCC, 0x79, 0xA7), // reddish purple
                    new Color(0x00, 0x00, 0x00), // black
                    new Color(0xF0, 0xE4, 0x42)); // yellow, last: faint as a line on white

    private static final Color LIGHT = new Color(0xDD, 0xEB, 0xF6);
    private static final Color DARK = new Color(0x08, 0x2A, 0x54);

    private Palette() {}

    static Color series(int index) {
        return SERIES.get(Math.floorMod(index, SERIES.size()));
    }

    /** A tint of the palette's blue for a share {@code t} in [0, 1]; 0 is the lightest. */
    static Color ramp(double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color(
                mix(LIGHT.getRed(), DARK.getRed(), u),
                mix(LIGHT.getGreen(), DARK.getGreen(), u),
                mix(LIGHT.getBlue(), DARK.getBlue(), u));
    }

    /** White or near-black, whichever reads better on {@code background}. */
    static Color textOn(Color background) {
        double luma =
                0.2126 * background.getRed()
                        + 0.7152 * background.getGreen()
                        + 0.0722 * background.getBlue();
        return luma < 140 ? Color.WHITE : INK;
    }

    private static int mix(int a, int b, double u) {
        return (int) Math.round(a + (b - a) * u);
    }
}
