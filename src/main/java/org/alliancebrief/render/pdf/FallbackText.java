package org.alliancebrief.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * Text in the brief's font, with every character that font lacks (CJK, Arabic, emoji...) set in an
 * embedded fallback font instead of vanishing. The fallback is read only when needed.
 */
final class FallbackText {
    private static final List<String> FALLBACKS =
            List.of("unifont-fallback.ttf", "unifont-upper-fallback.ttf");

    private List<BaseFont> fallbacks;

    /** {@code text} as chunks: runs the font covers in it, the others in a fallback. */
    Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase(font.getSize() * 1.2f);
        phrase.setFont(font);
        BaseFont base = font.getBaseFont();
        StringBuilder run = new StringBuilder();
        BaseFont runFont = base;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            BaseFont f =
                    Character.isWhitespace(cp) || base.charExists(cp)
                            ? base
                            : fallbackFor(cp, base);
            if (f != runFont && run.length() > 0) {
                phrase.add(new Chunk(run.toString(), with(font, runFont)));
                run.setLength(0);
            }
            runFont = f;
            run.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (run.length() > 0) {
            phrase.add(new Chunk(run.toString(), with(font, runFont)));
        }
        return phrase;
    }

    /** Whether any character of {@code text} needs a fallback. */
    static boolean needsFallback(String text, BaseFont base) {
        return text.codePoints()
                .anyMatch(cp -> !Character.isWhitespace(cp) && !base.charExists(cp));
    }

    private BaseFont fallbackFor(int cp, BaseFont base) {
        for (BaseFont f : fallbacks()) {
            if (f.charExists(cp)) {
                return f;
            }
        }
        return base; // nothing has it: the font's own missing-glyph box, as before
    }

    private static Font with(Font font, BaseFont base) {
        return base == font.getBaseFont()
                ? font
                : new Font(base, font.getSize(), Font.NORMAL, font.getColor());
    }

    private List<BaseFont> fallbacks() {
        if (fallbacks == null) {
            fallbacks = FALLBACKS.stream().map(FallbackText::load).toList();
        }
        return fallbacks;
    }

    private static BaseFont load(String name) {
        try (InputStream in = FallbackText.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IOException("font fonts/" + name + " is not on the classpath");
            }
            return Typography.embedded(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
