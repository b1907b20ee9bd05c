package org.alliancebrief.analysis;

import java.util.Objects;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Span;

/**
 * A sentence that supports a finding, copied out of its article with where it stood; a sentence
 * longer than {@link #MAX_CHARS} (a page without full stops) is cut at a word with an ellipsis, so
 * that no data file holds a megabyte per entry.
 */
public record Evidence(String text, Span span) {
    /** The longest evidence kept whole; real sentences are far shorter. */
    public static final int MAX_CHARS = 600;

    public Evidence {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        text = capped(text);
    }

    /**
     * The evidence of sentence {@code s} of {@code article}, made once per article in {@code made}
     * (one slot a sentence): an article's actors and themes often cite the same sentence.
     */
    static Evidence ofSentence(Article article, int s, Evidence[] made) {
        if (made[s] == null) {
            Span span = article.sentences().get(s);
            made[s] = new Evidence(span.of(article.text()), span);
        }
        return made[s];
    }

    private static String capped(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_CHARS - 1);
        if (cut < MAX_CHARS / 2) {
            cut = MAX_CHARS - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }
}
