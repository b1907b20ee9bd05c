package org.alliancebrief.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alliancebrief.codebook.CreditCues;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.Span;

/**
 * What kind of sentence each theme hit of an article stands in: an enumeration of areas, a table
 * row, heading or bullet line, a credit or biography line. Each sentence is classified once, when a
 * hit first asks, and reads only its own characters and the hits next to it.
 */
final class SentenceKinds {
    /** Distinct themes that make a sentence a list of areas, where every item counts. */
    static final int LIST_THEMES = 3;

    /** Characters around a hit within which the other items of a list of areas stand. */
    static final int LIST_WINDOW = 80;

    /** Longer "sentences" are tables or blocks the page failed to split, not lists of areas. */
    static final int MAX_LIST_CHARS = 400;

    /** A line shorter than this without closing punctuation is a heading or a bullet item. */
    static final int MAX_FRAGMENT_CHARS = 120;

    private static final byte UNKNOWN = 0;
    private static final byte PROSE = 1;
    private static final byte FRAGMENT = 2;
    private static final byte CREDIT = 3;

    /** Prose too long to be an enumeration: a block the page failed to split. */
    private static final byte RUN_ON = 4;

    private final Article article;
    private final List<TermHit<ThemeId>> hits;
    private final CreditCues credits;
    private final int[] sentenceOf;
    private final byte[] kind;

    SentenceKinds(Article article, List<TermHit<ThemeId>> hits, CreditCues credits) {
        this.article = article;
        this.hits = hits;
        this.credits = credits;
        List<Span> sentences = article.sentences();
        this.kind = new byte[Math.max(1, sentences.size())];
        this.sentenceOf = new int[hits.size()];
        int s = 0;
        for (int i = 0; i < hits.size(); i++) {
            while (s < sentences.size() - 1 && sentences.get(s).end() <= hits.get(i).start()) {
                s++;
            }
            sentenceOf[i] = s;
        }
    }

    int sentenceOf(int hit) {
        return sentenceOf[hit];
    }

    /** Whether hit {@code i} stands in a credit or an author's biography. */
    boolean credit(int i) {
        return kind(sentenceOf[i]) == CREDIT;
    }

    /** Whether hit {@code i} stands in a table row, a heading or a bullet line. */
    boolean fragment(int i) {
        return kind(sentenceOf[i]) == FRAGMENT;
    }

    /**
     * Whether hit {@code i} is an item of an enumeration: hits of at least {@value #LIST_THEMES}
     * themes, its own included, stand within {@value #LIST_WINDOW} characters of it in the same
     * prose sentence.
     */
    boolean listed(int i) {
        return kind(sentenceOf[i]) == PROSE && themesAround(i, false) >= LIST_THEMES;
    }

    /**
     * Whether hit {@code i} is an item of a list of areas: an enumeration in which at least one
     * item is named by a strong term ("space, cyber and maritime domains" is not one).
     */
    boolean listOfAreas(int i) {
        return listed(i) && themesAround(i, true) > 0;
    }

    /** Distinct themes near hit {@code i} in its sentence, or with {@code strong} strong hits. */
    private int themesAround(int i, boolean strong) {
        Set<ThemeId> themes = new HashSet<>();
        int strongHits = hits.get(i).weak() ? 0 : 1;
        themes.add(hits.get(i).target());
        int at = hits.get(i).start();
        for (int step : new int[] {-1, 1}) {
            for (int j = i + step;
                    j >= 0
                            && j < hits.size()
                            && sentenceOf[j] == sentenceOf[i]
                            && Math.abs(hits.get(j).start() - at) <= LIST_WINDOW;
                    j += step) {
                themes.add(hits.get(j).target());
                strongHits += hits.get(j).weak() ? 0 : 1;
            }
        }
        return strong ? strongHits : themes.size();
    }

    private byte kind(int sentence) {
        if (kind[sentence] == UNKNOWN) {
            kind[sentence] = classify(sentence);
        }
        return kind[sentence];
    }

    private byte classify(int sentence) {
        if (article.sentences().isEmpty()) {
            return PROSE;
        }
        Span span = article.sentences().get(sentence);
        String text = span.of(article.text()).strip();
        if (credits.in(text)) {
            return CREDIT;
        }
        if (text.indexOf('|') >= 0 || text.length() < MAX_FRAGMENT_CHARS && !closed(text)) {
            return FRAGMENT;
        }
        if (text.length() > MAX_LIST_CHARS) {
            return RUN_ON;
        }
        return PROSE;
    }

    /** Whether a line ends as a sentence does: a stop, a question, a colon, a closing quote. */
    private static boolean closed(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return ".!?:;\"'\u201d\u2019)…".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
