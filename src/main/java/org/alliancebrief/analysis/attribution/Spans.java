package org.alliancebrief.analysis.attribution;

import java.util.LinkedHashSet;
import java.util.Set;
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

    static int first(TokenText.Paragraph p, Quotation q) {
        return q.openToken() + 1;
    }

    static int last(TokenText.Paragraph p, Quotation q) {
        return q.closed() ? q.closeToken() : p.tokenAt(q.words().end());
    }
}
