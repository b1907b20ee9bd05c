package org.alliancebrief.analysis.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.Token;
import org.alliancebrief.analysis.text.TokenText;
import org.alliancebrief.analysis.text.WordList;

/**
 * What the sieves of one article see: its tokens, its mentions outside quotations (in text order,
 * each with its place in that order), its quotations, and the speakers decided so far.
 */
final class Scene {
    final TokenText text;
    final Lexicon lex;
    final List<Quotation> quotes;

    /** Mentions outside quotations, per paragraph, in token order. */
    final List<List<Candidate>> mentions = new ArrayList<>();

    /** Every mention of the article in text order. */
    final List<Candidate> all = new ArrayList<>();

    final Map<Candidate, Integer> order;

    /** The speaker decided for each quotation so far (null: none, or not yet). */
    final Referent[] decided;

    /** The mention that attributed each quotation, when one did. */
    final Candidate[] cue;

    /** Documents named in a reporting clause ("X said in a statement") → who issued them. */
    final Map<Candidate, Candidate> issuedBy = new IdentityHashMap<>();

    Scene(TokenText text, Lexicon lex, List<Quotation> quotes, List<List<Candidate>> found) {
        this.text = text;
        this.lex = lex;
        this.quotes = quotes;
        this.decided = new Referent[quotes.size()];
        this.cue = new Candidate[quotes.size()];
        int total = 0;
        for (List<Candidate> list : found) {
            total += list.size();
        }
        this.order = new IdentityHashMap<>(total * 2);
        List<boolean[]> quoted = new ArrayList<>();
        for (TokenText.Paragraph p : text.paragraphs()) {
            quoted.add(new boolean[p.size()]);
        }
        for (Quotation q : quotes) {
            boolean[] in = quoted.get(q.paragraph());
            int end = Spans.last(text.paragraphs().get(q.paragraph()), q);
            for (int k = Math.max(0, q.openToken()); k < end && k < in.length; k++) {
                in[k] = true;
            }
            int[] aside = Spans.aside(paragraph(q.paragraph()), q, asideVerb(q.paragraph()));
            if (aside != null) { // "“… – continued the minister – …”": the clause is narrative
                Arrays.fill(in, aside[0], aside[1] + 1, false);
            }
        }
        for (int p = 0; p < found.size(); p++) {
            List<Candidate> kept = new ArrayList<>();
            for (Candidate c : found.get(p)) {
                if (!quoted.get(p)[c.first()]) {
                    kept.add(c);
                    order.put(c, all.size());
                    all.add(c);
                }
            }
            mentions.add(kept);
        }
    }

    /** Tells the reporting verbs of paragraph {@code p} by token index. */
    IntPredicate asideVerb(int p) {
        return k -> word(p, k, WordList.REPORTING_VERBS);
    }

    TokenText.Paragraph paragraph(int p) {
        return text.paragraphs().get(p);
    }

    Token token(int p, int k) {
        return paragraph(p).get(k);
    }

    /** The mention of paragraph {@code p} that starts at token {@code k}, or null. */
    Candidate startingAt(int p, int k) {
        for (Candidate c : window(p, k)) {
            if (c.first() == k) {
                return c;
            }
        }
        return null;
    }

    /** The mention of paragraph {@code p} that ends at token {@code k}, or null. */
    Candidate endingAt(int p, int k) {
        for (Candidate c : window(p, k)) {
            if (c.last() == k) {
                return c;
            }
        }
        return null;
    }

    /** The mentions of paragraph {@code p} lying inside tokens {@code [from, to)}. */
    List<Candidate> between(int p, int from, int to) {
        List<Candidate> out = new ArrayList<>();
        List<Candidate> list = mentions.get(p);
        for (int i = firstAtOrAfter(list, from); i < list.size() && list.get(i).last() < to; i++) {
            out.add(list.get(i));
        }
        return out;
    }

    /** A few mentions around token {@code k}: found by binary search, so look-ups stay cheap. */
    private List<Candidate> window(int p, int k) {
        List<Candidate> list = mentions.get(p);
        int i = firstAtOrAfter(list, k - 12);
        return list.subList(i, Math.min(list.size(), i + 16));
    }

    private static int firstAtOrAfter(List<Candidate> list, int token) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).first() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence number of token {@code k} of paragraph {@code p}. */
    int sentence(int p, int k) {
        return paragraph(p).sentence()[k];
    }

    boolean word(int p, int k, WordList list) {
        TokenText.Paragraph para = paragraph(p);
        return k >= 0
                && k < para.size()
                && para.get(k) instanceof Token.Word w
                && list.in(lex.lists(w.lower()));
    }

    /**
     * Whether the word at {@code k} is a reporting verb with a subject of its own ("said",
     * "warns"), not a participle ("saying", "adding").
     */
    boolean finiteReporting(int p, int k) {
        return word(p, k, WordList.REPORTING_VERBS)
                && !(paragraph(p).get(k) instanceof Token.Word w && w.lower().endsWith("ing"));
    }

    /** Whether {@code c} opens a subordinate clause ("While NATO had the plans, …"). */
    boolean subordinate(Candidate c) {
        return word(c.paragraph(), c.first() - 1, WordList.SUBORDINATORS);
    }

    String phrase(int p, int from, int to) {
        TokenText.Paragraph para = paragraph(p);
        return text.text().substring(para.get(from).start(), para.get(to).end());
    }
}
