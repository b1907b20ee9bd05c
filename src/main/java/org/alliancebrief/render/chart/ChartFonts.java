package org.alliancebrief.render.chart;

import java.awt.Font;
import java.util.Objects;
import org.openpdf.text.pdf.FontMapper;

/**
 * The faces charts draw with: AWT fonts made from the same TTF bytes as the PDF's embedded fonts,
 * so JFreeChart measures text exactly as the PDF prints it, and the mapper that turns them into
 * those embedded fonts.
 */
public record ChartFonts(Font regular, Font bold, FontMapper mapper) {
    public ChartFonts {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
        Objects.requireNonNull(mapper, "mapper");
    }

    Font regular(float size) {
        return regular.deriveFont(size);
    }

    Font bold(float size) {
        return bold.deriveFont(size);
    }
}
