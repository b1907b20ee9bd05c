package org.alliancebrief.analysis.text;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.corpus.Span;

/**
 * An article's text tokenised once, paragraph by paragraph, with the sentence each token belongs
 * to. Every later stage reads these tokens instead of scanning the string again.
 */
public final class TokenText {
    /** One paragraph's tokens; {@code sentence[k]} is the article-wide sentence of token k. */
    public record Paragraph(int index, Span span, List<Token> tokens, int[] sentence) {
        /** Index of the first token at or after character {@code offset}, or tokens().size(). */
        public int tokenAt(int offset) {
            return firstAt(tokens, offset);
        }

        public int size() {
            return tokens.size();
        }

        /**
         * Whether the paragraph is set in title case, as a headline or heading is: it has at least
         * {@code minWords} words of more than three letters, and more than {@code share} of them
         * are capitalised.
         */
        public boolean titleCase(int minWords, double share) {
            int longer = 0;
            int capitalised = 0;
            for (Token t : tokens) {
                if (t instanceof Token.Word w && w.text().length() > 3) {
                    longer++;
                    capitalised += w.capitalised() ? 1 : 0;
                }
            }
            return longer >= minWords && capitalised > share * longer;
        }

        public Token get(int k) {
            return tokens.get(k);
        }
    }

    private final String text;
    private final List<Paragraph> paragraphs;

    /** {@link #all}, made once: three finders read it for every article. */
    private final List<Token> all;

    private TokenText(String text, List<Paragraph> paragraphs) {
        this.text = text;
        this.paragraphs = List.copyOf(paragraphs);
        this.all = List.copyOf(allTokens());
    }

    /** Tokenises each of {@code paragraphs} of {@code text}, in one pass over each. */
    public static TokenText of(String text, List<Span> paragraphs, List<Span> sentences) {
        List<Paragraph> out = new ArrayList<>();
        int s = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Span span = paragraphs.get(p);
            List<Token> tokens = Tokenizer.tokens(text, span.start(), span.end());
            int[] sentence = new int[tokens.size()];
            for (int k = 0; k < tokens.size(); k++) {
                int at = tokens.get(k).start();
                while (s + 1 < sentences.size() && sentences.get(s + 1).start() <= at) {
                    s++;
                }
                // A token outside any sentence span (the title, a gap) gets its own number.
                sentence[k] = sentences.isEmpty() || sentences.get(s).start() > at ? -1 - p : s;
            }
            out.add(new Paragraph(p, span, List.copyOf(tokens), sentence));
        }
        return new TokenText(text, out);
    }

    public String text() {
        return text;
    }

    public List<Paragraph> paragraphs() {
        return paragraphs;
    }

    /**
     * Every token of the whole text, as {@link Tokenizer#tokens} gives them for the whole of it:
     * the paragraphs' own tokens where white space alone stands between and around them (the
     * tokenizer reads white space as the end of a stretch, so nothing differs), else read again.
     */
    public List<Token> all() {
        return all;
    }

    private List<Token> allTokens() {
        int size = 0;
        for (Paragraph p : paragraphs) {
            size += p.size();
        }
        List<Token> all = new ArrayList<>(size);
        int at = -1; // where the paragraph before ended
        for (Paragraph p : paragraphs) {
            int start = p.span().start();
            if (at < 0 ? !blank(0, start) : start <= at || !blank(at, start)) {
                return Tokenizer.tokens(text, 0, text.length());
            }
            all.addAll(p.tokens());
            at = p.span().end();
        }
        return blank(Math.max(at, 0), text.length())
                ? all
                : Tokenizer.tokens(text, 0, text.length());
    }

    private boolean blank(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first of {@code tokens} (in text order) at or after {@code offset}. */
    public static int firstAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
