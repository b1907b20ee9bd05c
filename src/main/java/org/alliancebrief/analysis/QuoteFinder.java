package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.List;
import org.alliancebrief.corpus.Span;

/**
 * Finds the spans between quotation marks: straight or curly double quotes and guillemets, and
 * curly single quotes in copy that uses no double ones. A quotation left open at the end of a
 * paragraph runs to the paragraph's end, as a quotation continued in the next paragraph does.
 */
final class QuoteFinder {
    /** Quotations shorter than this are scare quotes and titles, not speech. */
    static final int MIN_WORDS = 5;

    /** One quoted span: its words, and where its marks stand ({@code close} -1 if left open). */
    record Quoted(Span words, int open, int close, int paragraph) {
        boolean closed() {
            return close >= 0;
        }
    }

    /** Quotations of at least {@link #MIN_WORDS} words in the body (the title is left out). */
    List<Quoted> find(String text, List<Span> paragraphs) {
        List<Quoted> all = new ArrayList<>();
        boolean doubles = text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0
                || text.indexOf('\u00ab') >= 0;
        for (int p = 1; p < paragraphs.size(); p++) {
            scan(text, paragraphs.get(p), p, doubles, all);
        }
        return all.stream().filter(q -> words(q.words().of(text)) >= MIN_WORDS).toList();
    }

    private static void scan(String text, Span para, int index, boolean doubles,
            List<Quoted> out) {
        int open = -1;
        for (int i = para.start(); i < para.end(); i++) {
            char c = text.charAt(i);
            boolean opens = doubles ? c == '\u201c' || c == '\u00ab' || (c == '"' && open < 0)
                    : c == '\u2018' && !letterAt(text, i - 1);
            boolean closes = doubles ? c == '\u201d' || c == '\u00bb' || (c == '"' && open >= 0)
                    : c == '\u2019' && open >= 0 && !letterAt(text, i + 1);
            if (opens && open >= 0 && c != '"') {
                add(text, open, i, -1, index, out); // a new quotation opens: the last one ended
                open = i;
            } else if (opens) {
                open = i;
            } else if (closes && open >= 0) {
                add(text, open, i, i, index, out);
                open = -1;
            }
        }
        if (open >= 0) {
            add(text, open, para.end(), -1, index, out);
        }
    }

    private static void add(String text, int open, int end, int close, int paragraph,
            List<Quoted> out) {
        int s = open + 1;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Quoted(new Span(s, e), open, close, paragraph));
        }
    }

    private static boolean letterAt(String text, int i) {
        return i >= 0 && i < text.length() && Character.isLetterOrDigit(text.charAt(i));
    }

    static int words(String s) {
        int n = 0;
        for (String w : s.trim().split("\\s+")) {
            if (w.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }
}
