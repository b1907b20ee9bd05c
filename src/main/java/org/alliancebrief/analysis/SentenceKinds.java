package org.alliancebrief.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.alliancebrief.analysis.text.Lexicon;
import org.alliancebrief.analysis.text.WordList;
import org.alliancebrief.codebook.CreditCues;
import org.alliancebrief.codebook.TermHit;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.HeadlineRow;
import org.alliancebrief.corpus.Span;

/**
 * What kind of sentence each theme hit of an article stands in: an enumeration of areas, a table
 * row, heading or bullet line, a credit or biography line, a row of other stories' headlines. Each
 * sentence is classified once, when a hit first asks, and reads only its own characters and the
 * hits next to it.
 */
final class SentenceKinds {
    /** Distinct themes that make a sentence a list of areas, where every item counts. */
    static final int LIST_THEMES = 3;

    /**
     * Words that may stand between two items of an enumeration besides the comma or conjunction
     * ("cyber defence, the fight against disinformation and ..."); a longer stretch is a clause.
     */
    static final int MAX_GAP_WORDS = 4;

    /**
     * Words before the first item of an enumeration, or after its last one, among which a
     * cooperation cue governs it ("cooperation, including to respond to the ...").
     */
    static final int CUE_WINDOW = 8;

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

    /** A news ticker or a "related stories" row: other stories' headlines in one line. */
    private static final byte TICKER = 5;

    /** The gap between two hits keeps them in one enumeration, or parts them. */
    private static final byte GAP_JOINS = 1;

    private static final byte GAP_PARTS = 2;

    private final Article article;
    private final List<TermHit<ThemeId>> hits;
    private final CreditCues credits;
    private final Lexicon lexicon;
    private final int[] sentenceOf;
    private final byte[] kind;

    /**
     * Per hit, whether the gap after it keeps it in one enumeration with the next ({@link
     * #listGap}), once known: every hit of a run walks the whole run, and more than once.
     */
    private final byte[] gap;

    SentenceKinds(
            Article article, List<TermHit<ThemeId>> hits, CreditCues credits, Lexicon lexicon) {
        this.article = article;
        this.hits = hits;
        this.credits = credits;
        this.lexicon = lexicon;
        List<Span> sentences = article.sentences();
        this.kind = new byte[Math.max(1, sentences.size())];
        this.sentenceOf = new int[hits.size()];
        this.gap = new byte[hits.size()];
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

    /**
     * Whether hit {@code i} stands in a sentence that is no content of the article: a credit, an
     * author's biography, or a row of other stories' headlines.
     */
    boolean ignored(int i) {
        return ignoredSentence(sentenceOf[i]);
    }

    /** Whether sentence {@code s} is a credit, a biography or a row of other stories' headlines. */
    boolean ignoredSentence(int s) {
        byte k = kind(s);
        return k == CREDIT || k == TICKER;
    }

    /** Whether hit {@code i} stands in a table row, a heading or a bullet line. */
    boolean fragment(int i) {
        return kind(sentenceOf[i]) == FRAGMENT;
    }

    /**
     * Whether hit {@code i} is an item of an enumeration: a run of hits of at least {@value
     * #LIST_THEMES} themes, its own included, in one prose sentence, each next to the one before
     * but for a comma or a conjunction and at most {@value #MAX_GAP_WORDS} other words, or one
     * preposition.
     */
    boolean listed(int i) {
        return kind(sentenceOf[i]) == PROSE && themesAround(i, false) >= LIST_THEMES;
    }

    /**
     * Whether hit {@code i} is an item of a list of areas: an enumeration governed by one of the
     * language's cooperation cues ({@link #governed}) in which at least one item is named by a
     * strong term ("space, cyber and maritime domains" is not one).
     */
    boolean listOfAreas(int i) {
        return listed(i) && themesAround(i, true) > 0 && governed(i);
    }

    /**
     * Distinct themes in the enumeration around hit {@code i}, or with {@code strong} its strong
     * hits (counted without a set).
     */
    private int themesAround(int i, boolean strong) {
        int from = runEnd(i, -1);
        int to = runEnd(i, 1);
        if (strong) {
            int strongHits = 0;
            for (int j = from; j <= to; j++) {
                strongHits += hits.get(j).weak() ? 0 : 1;
            }
            return strongHits;
        }
        if (from == to) {
            return 1; // a hit alone, as most are
        }
        Set<ThemeId> themes = new HashSet<>();
        for (int j = from; j <= to; j++) {
            themes.add(hits.get(j).target());
        }
        return themes.size();
    }

    /** The first ({@code step} -1) or last ({@code step} 1) hit of the enumeration around hit i. */
    private int runEnd(int i, int step) {
        int j = i;
        while (j + step >= 0
                && j + step < hits.size()
                && sentenceOf[j + step] == sentenceOf[i]
                && listGap(Math.min(j, j + step))) {
            j += step;
        }
        return j;
    }

    /**
     * Whether a cooperation cue governs the enumeration around hit {@code i}: one stands among the
     * {@value #CUE_WINDOW} words before its first item ("cooperation on cyber, ...") or after its
     * last one ("... as areas of future cooperation"), and no threat cue stands between it and the
     * items ("they cooperate closely but face terrorism, ..."). A list of threats or challenges has
     * none.
     */
    private boolean governed(int i) {
        int from = 0;
        int to = article.text().length();
        if (!article.sentences().isEmpty()) {
            Span sentence = article.sentences().get(sentenceOf[i]);
            from = sentence.start();
            to = sentence.end();
        }
        List<String> before = words(from, hits.get(runEnd(i, -1)).start());
        List<String> after = words(hits.get(runEnd(i, 1)).end(), to);
        before = before.subList(Math.max(0, before.size() - CUE_WINDOW), before.size());
        after = after.subList(0, Math.min(CUE_WINDOW, after.size()));
        return nearestIsCooperation(before.reversed(), true) || nearestIsCooperation(after, false);
    }

    /**
     * Whether, reading {@code words} away from the enumeration, a cooperation cue comes before any
     * threat cue; {@code backwards} when they run against the text (the words before the list).
     */
    private boolean nearestIsCooperation(List<String> words, boolean backwards) {
        int longest =
                Math.max(
                        lexicon.longest(WordList.COOPERATION_CUES),
                        lexicon.longest(WordList.THREAT_CUES));
        for (int w = 0; w < words.size(); w++) {
            String phrase = words.get(w).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            for (int n = w; n < Math.min(words.size(), w + longest); n++) {
                if (n > w) {
                    String next = words.get(n).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                    phrase = backwards ? next + " " + phrase : phrase + " " + next;
                }
                long lists = lexicon.lists(phrase);
                if (WordList.THREAT_CUES.in(lists)) {
                    return false;
                }
                if (WordList.COOPERATION_CUES.in(lists)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of the text between {@code from} and {@code to}, hyphenated ones whole. */
    private List<String> words(int from, int to) {
        String text = article.text();
        List<String> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                int start = i;
                while (i < to
                        && (Character.isLetterOrDigit(text.charAt(i))
                                || text.charAt(i) == '-'
                                        && i + 1 < to
                                        && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else {
                i++;
            }
        }
        return out;
    }

    /**
     * Whether the text between hit {@code j} and the next one keeps them in one enumeration: a
     * comma, semicolon, slash, ampersand or conjunction with at most {@value #MAX_GAP_WORDS} other
     * words ("cyber defence, the fight against terrorism"), or one preposition, which makes both
     * one item ("information exchange in counter-terrorism").
     */
    private boolean listGap(int j) {
        if (gap[j] == UNKNOWN) {
            gap[j] = readGap(j) ? GAP_JOINS : GAP_PARTS;
        }
        return gap[j] == GAP_JOINS;
    }

    private boolean readGap(int j) {
        String text = article.text();
        int to = hits.get(j + 1).start();
        int conjunction = lexicon.longestChars(WordList.LIST_CONJUNCTIONS);
        boolean separator = false;
        int words = 0;
        int wordStart = 0; // the last word read, [wordStart, i)
        int wordEnd = 0;
        int i = hits.get(j).end();
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                wordStart = i;
                i = wordEnd(text, i, to);
                wordEnd = i;
                // a word longer than every conjunction is not looked up (no string made)
                if (i - wordStart <= conjunction
                        && lexicon.has(WordList.LIST_CONJUNCTIONS, text.substring(wordStart, i))) {
                    separator = true;
                } else if (++words > MAX_GAP_WORDS) {
                    return false;
                }
            } else {
                separator |= c == ',' || c == ';' || c == '/' || c == '&';
                i++;
            }
        }
        return separator
                || words == 1
                        && lexicon.has(WordList.PREPOSITIONS, text.substring(wordStart, wordEnd));
    }

    private static int wordEnd(String text, int i, int to) {
        while (i < to && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
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
        if (ticker(text)) {
            return TICKER;
        }
        if (text.indexOf('|') >= 0 || text.length() < MAX_FRAGMENT_CHARS && !closed(text)) {
            return FRAGMENT;
        }
        if (text.length() > MAX_LIST_CHARS) {
            return RUN_ON;
        }
        return PROSE;
    }

    /** Whether a line is a row of other stories' headlines: {@link HeadlineRow}. */
    static boolean ticker(String text) {
        return HeadlineRow.is(text);
    }

    /** Whether a line ends as a sentence does: a stop, a question, a colon, a closing quote. */
    private static boolean closed(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return ".!?:;\"'\u201d\u2019)…".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
