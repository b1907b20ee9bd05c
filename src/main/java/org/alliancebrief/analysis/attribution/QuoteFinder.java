package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.Token.Direction;
import org.alliancebrief.analysis.text.Token.Family;
import org.alliancebrief.analysis.text.Token.QuoteMark;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;
import org.alliancebrief.corpus.Span;

/**
 * Finds quotations on tokens, one pass per paragraph, pairing marks in the page's style ({@link
 * QuoteStyle}): double (“ ” " „ and ‘‘ ’’), angle (« », » « and » ») and single (‘ ’ ') marks,
 * quotes inside quotes kept in the outer span, a quotation left open running to its paragraph's end
 * (or to the comma before a reporting clause that ends the paragraph), one whose opening mark is
 * missing running from its paragraph's start. Titles in quotation marks and spans under five words
 * are not quotations.
 */
public final class QuoteFinder {
    /** Quotations shorter than this are scare quotes and titles, not speech. */
    public static final int MIN_WORDS = 5;

    private final Lexicon lexicon;
    private final ClauseTail tails;

    public QuoteFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.tails = new ClauseTail(lexicon);
    }

    /** Quotations of at least {@link #MIN_WORDS} words, the headline's included. */
    public List<Quotation> find(TokenText text) {
        List<Quotation> all = new ArrayList<>();
        QuoteStyle style = QuoteStyle.of(text);
        List<TokenText.Paragraph> paragraphs = text.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            TokenText.Paragraph next = i + 1 < paragraphs.size() ? paragraphs.get(i + 1) : null;
            scan(paragraphs.get(i), next, style, all);
        }
        List<Quotation> kept = new ArrayList<>();
        for (Quotation q : all) {
            if (Spans.words(text.text(), q.words()) >= MIN_WORDS
                    && !title(text, q)
                    && !markup(text, q)) {
                kept.add(q);
            }
        }
        return PullQuotes.dropRepeats(text, kept);
    }

    private void scan(
            TokenText.Paragraph p,
            TokenText.Paragraph next,
            QuoteStyle style,
            List<Quotation> out) {
        int open = -1;
        int lastWeak = -1;
        int nested = 0; // straight double quotes inside a straight-quoted span
        boolean any = false;
        for (int k = 0; k < p.size(); k++) {
            if (!(p.get(k) instanceof QuoteMark m) || insideWord(p, k)) {
                continue;
            }
            if (open < 0) {
                if (style.opens(m)) {
                    open = k;
                    lastWeak = -1;
                    nested = 0;
                } else if (!any
                        && m.family() != Family.SINGLE
                        && style.direction(m) == Direction.CLOSE
                        && m.mark() != '"'
                        && k > 0) {
                    add(p, -1, k, out); // its opening mark is in an earlier paragraph, or lost
                }
                any |= !m.apostrophe();
                continue;
            }
            QuoteMark o = (QuoteMark) p.get(open);
            if (o.family() == Family.SINGLE) {
                if (m.family() == Family.SINGLE && m.direction() != Direction.OPEN) {
                    if (strongClose(p, k)) {
                        add(p, open, k, out);
                        open = -1;
                    } else {
                        lastWeak = k;
                    }
                } else if (m.family() == Family.SINGLE && lastWeak >= 0) {
                    add(p, open, lastWeak, out); // "the allies’ plan’" ended at the last mark
                    open = k;
                    lastWeak = -1;
                }
            } else if (o.mark() == '"'
                    && m.mark() == '"'
                    && m.direction() == Direction.OPEN
                    && k > open + 1) {
                nested++; // "… "a post quoted" …": the outer span goes on
            } else if (nested > 0 && m.family() == Family.DOUBLE) {
                nested--; // a nested span may close with a curly mark: "the "drone wall” idea"
            } else if (style.closes(o, m)) {
                add(p, open, k, out);
                open = -1;
            } else if (m.family() == o.family()
                    && style.direction(m) == Direction.OPEN
                    && m.mark() != '"') {
                add(p, open, -1, k, out); // a new quotation opens: the last one ended unclosed
                open = k;
            }
        }
        if (open >= 0) {
            QuoteMark o = (QuoteMark) p.get(open);
            if (o.family() == Family.SINGLE && lastWeak >= 0) {
                add(p, open, lastWeak, out);
            } else if (o.family() != Family.SINGLE) {
                // "“We will act, the minister said.": the clause ends it, its mark lost.
                int comma = tails.comma(p, open);
                add(p, open, comma, comma >= 0 ? comma + 1 : p.size(), out);
            } else if (open == 0 || continued(next, style)) {
                add(p, open, -1, p.size(), out);
            }
        }
    }

    /**
     * Whether paragraph {@code next} opens with a quotation mark: the convention of a quotation
     * that goes on into the next paragraph, whose own paragraph then ends without a closing mark
     * ("He said: 'We will act. ¶ 'Nobody doubts it.'").
     */
    private static boolean continued(TokenText.Paragraph next, QuoteStyle style) {
        return next != null
                && next.size() > 0
                && next.get(0) instanceof QuoteMark m
                && style.opens(m);
    }

    /** A double mark glued between two words ("Putin”s plan") is a mistyped apostrophe. */
    private static boolean insideWord(TokenText.Paragraph p, int k) {
        QuoteMark m = (QuoteMark) p.get(k);
        return m.family() == Family.DOUBLE
                && k > 0
                && k + 1 < p.size()
                && p.get(k - 1) instanceof Token.Word before
                && before.end() == m.start()
                && p.get(k + 1) instanceof Token.Word after
                && after.start() == m.end();
    }

    /** A single mark after punctuation, or before punctuation or the end, closes for sure. */
    private static boolean strongClose(TokenText.Paragraph p, int k) {
        QuoteMark m = (QuoteMark) p.get(k);
        if (!m.apostrophe()) {
            return true;
        }
        Token next = k + 1 < p.size() ? p.get(k + 1) : null;
        // Only a plural's possessive ends in a bare apostrophe before a word ("the allies’
        // plan"): after any other letter the mark closes ("a ‘robust’ stance").
        return next == null
                || next instanceof Token.Punct
                || next instanceof QuoteMark
                || k > 0 && p.get(k - 1) instanceof Token.Word w && !endsInS(w);
    }

    private static boolean endsInS(Token.Word w) {
        char last = w.text().charAt(w.text().length() - 1);
        return last == 's' || last == 'S';
    }

    private static void add(TokenText.Paragraph p, int open, int close, List<Quotation> out) {
        add(p, open, close, close, out);
    }

    private static void add(
            TokenText.Paragraph p, int open, int close, int end, List<Quotation> out) {
        int from = open + 1;
        if (from >= end) {
            return;
        }
        Span words = new Span(p.get(from).start(), p.get(end - 1).end());
        out.add(new Quotation(words, p.index(), open, close));
    }

    /**
     * A value in markup rather than speech: an HTML attribute ({@code alt="…"}) or a front-matter
     * line ({@code excerpt: "…"}).
     */
    private static boolean markup(TokenText text, Quotation q) {
        if (!q.opened()) {
            return false;
        }
        TokenText.Paragraph p = text.paragraphs().get(q.paragraph());
        int o = q.openToken();
        if (o > 0 && p.get(o - 1) instanceof Token.Punct eq && eq.mark() == '=') {
            return true;
        }
        return o == 2
                && p.get(0) instanceof Token.Word key
                && !key.capitalised()
                && p.get(1) instanceof Token.Punct colon
                && colon.mark() == ':';
    }

    /** The fewest capitalised longer words that make a quoted span a title by their case. */
    private static final int MIN_TITLE_CASE_WORDS = 3;

    /** "the exercise ‘Steadfast Defender Twenty Four’": a title after a title word. */
    private boolean title(TokenText text, Quotation q) {
        if (!q.opened() || !q.closed()) {
            return false;
        }
        TokenText.Paragraph p = text.paragraphs().get(q.paragraph());
        for (int k = q.openToken() - 1; k >= Math.max(0, q.openToken() - 3); k--) {
            if (p.get(k) instanceof Token.Word w) {
                String[] any = lexicon.table(WordList.QUOTED_TITLES).get(w.lower());
                if (any != null && any.length > 0) {
                    return true; // "entitled", "the theme": a title whatever its case
                }
            }
        }
        int longer = 0;
        for (int k = q.openToken() + 1; k < q.closeToken(); k++) {
            Token t = p.get(k);
            if (t instanceof Token.Word w
                    && !w.clitic()
                    && w.text().length() > 3
                    && !w.capitalised()) {
                return false;
            }
            if (t instanceof Token.Punct pu && pu.stop() && k < q.closeToken() - 1) {
                return false; // a sentence; a stop before the closing mark may end a title
            }
            longer += t instanceof Token.Word w && w.text().length() > 3 ? 1 : 0;
        }
        if (longer >= MIN_TITLE_CASE_WORDS && q.paragraph() > 0 && !p.titleCase(1, 0.5)) {
            // "a separate “Industrial Capacity Expansion Pledge”": every longer word capitalised
            // in a paragraph of prose names a thing; speech is written in sentence case. A
            // headline in title case quotes speech that way, so only the body is read so.
            return true;
        }
        for (int k = q.openToken() - 1; k >= Math.max(0, q.openToken() - 3); k--) {
            if (p.get(k) instanceof Token.Word w) {
                if (lexicon.table(WordList.QUOTED_TITLES).containsKey(w.lower())) {
                    return true;
                }
                if (!lexicon.has(WordList.NOT_NAMES, w.text()) && !w.capitalised()) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return false;
    }
}
