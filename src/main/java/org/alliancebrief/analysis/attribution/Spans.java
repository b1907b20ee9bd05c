package org.alliancebrief.analysis.attribution;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.IntPredicate;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;

/** Word counts and word sets of quotations, counted as the scorer counts words. */
final class Spans {
    private Spans() {}

    /** Runs of non-space characters with a letter or digit in them: a URL is one word. */
    static int words(String text, org.alliancebrief.corpus.Span span) {
        int n = 0;
        boolean inWord = false;
        boolean counted = false;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                inWord = false;
            } else {
                if (!inWord) {
                    inWord = true;
                    counted = false;
                }
                if (!counted && Character.isLetterOrDigit(c)) {
                    n++;
                    counted = true;
                }
            }
        }
        return n;
    }

    /** The distinct lower-case words of {@code q}, at most {@code max} of them. */
    static Set<String> wordSet(TokenText text, Quotation q, int max) {
        TokenText.Paragraph p = text.paragraphs().get(q.paragraph());
        Set<String> out = new LinkedHashSet<>();
        for (int k = first(p, q); k < last(p, q) && out.size() < max; k++) {
            Token t = p.get(k);
            if (t instanceof Token.Word w && !w.clitic()) {
                out.add(w.lower());
            } else if (t instanceof Token.Number n) {
                out.add(n.text());
            }
        }
        return out;
    }

    /** The most tokens between the dashes of a reporting clause inside a quotation. */
    private static final int DASHED = 12;

    /**
     * The dashes around the first reporting clause that interrupts quotation {@code q} ("“Our
     * cooperation – continued the Secretary General – is vital”", "“… now – the minister stressed –
     * because …”"), as copy translated from other languages interrupts a quotation without closing
     * and reopening its marks: the token indexes of the opening and the closing dash, or null.
     * {@code reporting} tells a reporting verb by its token index.
     */
    static int[] aside(TokenText.Paragraph p, Quotation q, IntPredicate reporting) {
        int end = last(p, q);
        for (int k = Math.max(0, first(p, q)); k < end; k++) {
            if (!dash(p.get(k))) {
                continue;
            }
            boolean verb = false;
            for (int e = k + 1; e < Math.min(end, k + DASHED); e++) {
                Token t = p.get(e);
                if (dash(t)) {
                    if (verb) {
                        return new int[] {k, e};
                    }
                    break;
                }
                if (t instanceof Token.Punct pu && pu.stop() || t instanceof Token.QuoteMark) {
                    break;
                }
                verb |= reporting.test(e);
            }
        }
        return null;
    }

    private static boolean dash(Token t) {
        return t instanceof Token.Punct pu && "\u2013\u2014-".indexOf(pu.mark()) >= 0;
    }

    static int first(TokenText.Paragraph p, Quotation q) {
        return q.openToken() + 1;
    }

    static int last(TokenText.Paragraph p, Quotation q) {
        return q.closed() ? q.closeToken() : p.tokenAt(q.words().end());
    }
}
