package org.alliancebrief.render.pdf;

import java.awt.Color;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.alliancebrief.render.chart.ChartFonts;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;

/**
 * The brief's one type family (Liberation Sans, embedded as Identity-H subsets) and its colours.
 * Made afresh for each document: a BaseFont collects the glyphs it has printed, and its subset
 * prefix comes from a random source seeded here, so the bytes repeat.
 */
final class Typography {
    static final Color ACCENT = new Color(0x1B, 0x36, 0x5D);
    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color MUTED = new Color(0x5F, 0x63, 0x68);
    static final Color TINT = new Color(0xED, 0xF1, 0xF6);
    static final Color ZEBRA = new Color(0xEC, 0xEF, 0xF4);
    static final Color RULE = new Color(0xC8, 0xCE, 0xD6);

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final ChartFonts chartFonts;
    private final FallbackText fallback = new FallbackText();

    private Typography(byte[] regularTtf, byte[] boldTtf, byte[] italicTtf) throws IOException {
        this.regular = embedded("LiberationSans-Regular.ttf", regularTtf);
        this.bold = embedded("LiberationSans-Bold.ttf", boldTtf);
        this.italic = embedded("LiberationSans-Italic.ttf", italicTtf);
        try {
            java.awt.Font awtRegular = awt(regularTtf);
            java.awt.Font awtBold = awt(boldTtf);
            this.chartFonts = new ChartFonts(awtRegular, awtBold, mapper(awtRegular, awtBold));
        } catch (FontFormatException e) {
            throw new IOException("bundled Liberation font is unreadable", e);
        }
    }

    static Typography load() {
        try {
            return new Typography(
                    ttf("LiberationSans-Regular.ttf"),
                    ttf("LiberationSans-Bold.ttf"),
                    ttf("LiberationSans-Italic.ttf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} in {@code font}, with characters the font lacks in the fallback font. */
    org.openpdf.text.Phrase text(String text, Font font) {
        return fallback.phrase(text, font);
    }

    /** A paragraph of {@code text}: its spacing in {@code font}, its characters all shown. */
    org.openpdf.text.Paragraph paragraph(float leading, String text, Font font) {
        org.openpdf.text.Paragraph p = new org.openpdf.text.Paragraph(leading, "", font);
        p.add(text(text, font));
        return p;
    }

    Font font(float size, Color color) {
        return new Font(regular, size, Font.NORMAL, color);
    }

    Font boldFont(float size, Color color) {
        return new Font(bold, size, Font.NORMAL, color);
    }

    Font italicFont(float size, Color color) {
        return new Font(italic, size, Font.NORMAL, color);
    }

    private static byte[] ttf(String name) throws IOException {
        try (InputStream in = Typography.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null) {
                throw new IOException(
                        "font /liberation/"
                                + name
                                + " is not on the classpath"
                                + " (openpdf-fonts-extra missing?)");
            }
            return in.readAllBytes();
        }
    }

    static BaseFont embedded(String name, byte[] ttf) throws IOException {
        BaseFont font =
                BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        font.setSecureRandom(seeded(name));
        // OpenPDF's CIDSet lists only the glyphs used while the subset keeps every glyph slot,
        // which PDF/A-2 rule 6.2.11.4.2 rejects; the set is optional there, so leave it out.
        font.setIncludeCidSet(false);
        return font;
    }

    // SHA1PRNG seeded before its first use is a fixed sequence: the subset prefix repeats.
    private static SecureRandom seeded(String name) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(name.hashCode());
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG is required by the Java platform", e);
        }
    }

    private static java.awt.Font awt(byte[] ttf) throws IOException, FontFormatException {
        return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
    }

    // Every AWT font a chart asks for becomes one of the embedded faces: never a base-14 font.
    private FontMapper mapper(java.awt.Font awtRegular, java.awt.Font awtBold) {
        return new FontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                if (font.getFontName().equals(awtBold.getFontName())) {
                    return bold;
                }
                if (font.getFontName().equals(awtRegular.getFontName())) {
                    return regular;
                }
                return font.isBold() ? bold : regular;
            }

            @Override
            public java.awt.Font pdfToAwt(BaseFont font, int size) {
                return (font == bold ? awtBold : awtRegular).deriveFont((float) size);
            }
        };
    }
}
