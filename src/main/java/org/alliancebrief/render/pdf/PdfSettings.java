package org.alliancebrief.render.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * What the PDF needs besides the brief.
 *
 * @param created the document's creation and modification date (SOURCE_DATE_EPOCH when set, so that
 *     two runs give the same bytes)
 * @param version the program's version, written into the creator ("Alliance Brief 1.0.0")
 */
public record PdfSettings(Instant created, String version) {
    public PdfSettings {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(version, "version");
    }
}
