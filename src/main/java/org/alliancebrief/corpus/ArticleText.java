package org.alliancebrief.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An article's content laid out as one string: title, then paragraphs, separated by "\n\n", with
 * the spans of paragraphs and sentences, and each sentence kept only the first time. Sentences that
 * are furniture or asides glued into a paragraph are taken out.
 */
record ArticleText(
        String text,
        List<Span> paragraphs,
        List<Span> sentences,
        List<String> asides,
        List<Span> captions) {
    /** Shorter sentences ("He said no.") may honestly repeat; longer ones repeat by scraping. */
    private static final int MIN_WORDS_TO_DEDUPLICATE = 3;

    ArticleText {
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        asides = List.copyOf(asides);
        captions = List.copyOf(captions);
    }

    /**
     * Lays out {@code title} (one sentence, even if it holds more) and {@code body}. A title {@code
     * derived} from the body's first sentence hides no later repeat of it.
     */
    static ArticleText of(String title, boolean derived, List<String> body, Furniture furniture) {
        return of(title, derived, body, List.of(), furniture);
    }

    /**
     * Lays out {@code title} and {@code body}, then the {@code captionLines}' content (credits
     * taken off, repeats of body sentences left out) as paragraphs of their own at the end, marked
     * in {@link #captions}: who is pictured counts, but a caption quotes no one.
     */
    static ArticleText of(
            String title,
            boolean derived,
            List<String> body,
            List<String> captionLines,
            Furniture furniture) {
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        List<Span> sentences = new ArrayList<>();
        List<String> asides = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (!title.isEmpty()) {
            text.append(title);
            paragraphs.add(new Span(0, title.length()));
            sentences.add(new Span(0, title.length()));
            if (!derived) {
                seen.add(key(title));
            }
        }
        for (String paragraph : body) {
            List<String> kept = new ArrayList<>();
            for (Span s : SentenceSplitter.split(paragraph)) {
                String sentence = furniture.withoutGlued(s.of(paragraph));
                if (sentence.isEmpty()) {
                    continue;
                }
                String key = key(sentence);
                // A caption or a bare date glued into a paragraph describes the page, not the
                // story.
                if (PageLine.isCaption(sentence)
                        || org.alliancebrief.corpus.dates.DateReader.standard()
                                .isDateOnly(sentence)) {
                    asides.add(sentence);
                    continue;
                }
                if (Words.count(sentence, MIN_WORDS_TO_DEDUPLICATE) < MIN_WORDS_TO_DEDUPLICATE
                        || seen.add(key)) {
                    kept.add(sentence);
                }
            }
            if (kept.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            int start = text.length();
            for (String sentence : kept) {
                if (text.length() > start) {
                    text.append(' ');
                }
                sentences.add(new Span(text.length(), text.length() + sentence.length()));
                text.append(sentence);
            }
            paragraphs.add(new Span(start, text.length()));
        }
        List<Span> captions = new ArrayList<>();
        List<String> all = new ArrayList<>(captionLines);
        asides.stream().filter(PageLine::isCaption).forEach(all::add);
        for (String line : all) {
            String caption = Captions.content(line);
            if (caption.isEmpty() || !seen.add(key(caption))) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "\n\n");
            int start = text.length();
            for (Span s : SentenceSplitter.split(caption)) {
                if (text.length() > start) {
                    text.append(' ');
                }
                String sentence = s.of(caption);
                sentences.add(new Span(text.length(), text.length() + sentence.length()));
                text.append(sentence);
            }
            paragraphs.add(new Span(start, text.length()));
            captions.add(new Span(start, text.length()));
        }
        return new ArticleText(text.toString(), paragraphs, sentences, asides, captions);
    }

    // A repeat left without its final full stop (a scraped teaser) is still the same sentence.
    private static String key(String sentence) {
        String s = sentence.strip();
        int end = s.length();
        while (end > 0 && ".!?\u2026".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (isSingleSpaced(s, end)) {
            return end == s.length() ? s : s.substring(0, end); // most sentences: no copying
        }
        StringBuilder out = new StringBuilder(end);
        boolean space = false;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (Words.regexSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    /** Whether {@code s[0, end)} holds no white space but single spaces. */
    private static boolean isSingleSpaced(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (Words.regexSpace(c) && (c != ' ' || i > 0 && s.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }
}
