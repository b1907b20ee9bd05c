package org.alliancebrief.analysis.attribution;

import org.alliancebrief.corpus.Span;

/**
 * One quoted span: its words, the paragraph it stands in and the tokens of its marks.
 *
 * @param openToken token index of the opening mark, or -1 when the span starts the paragraph
 *     without one (a quotation continued from the paragraph before)
 * @param closeToken token index of the closing mark (or of the comma before a reporting clause that
 *     ends a quotation whose closing mark is missing), or -1 when the span runs to the paragraph's
 *     end unclosed
 */
public record Quotation(Span words, int paragraph, int openToken, int closeToken) {
    public boolean closed() {
        return closeToken >= 0;
    }

    public boolean opened() {
        return openToken >= 0;
    }
}
