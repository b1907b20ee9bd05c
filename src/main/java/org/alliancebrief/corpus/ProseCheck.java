package org.alliancebrief.corpus;

import java.util.Optional;

/**
 * Whether an article's text reads as news prose at all, by a general test: enough words, and enough
 * sentences of running prose (several words, letters rather than symbols, a final stop). Code,
 * lists of links, a two-word note or a table of numbers fail it, whatever the file is called.
 */
final class ProseCheck {
    private static final int MIN_WORDS = 5;
    private static final int MIN_PROSE_SENTENCES = 1;
    private static final int MIN_SENTENCE_WORDS = 3;

    /** Below this share of letters and spaces, a sentence is code or data, not prose. */
    private static final double MIN_LETTER_SHARE = 0.8;

    private ProseCheck() {}

    /** Why {@code a} is not an article, or empty when it reads as one. */
    static Optional<String> whyNot(Article a) {
        String text = a.text();
        int words = 0;
        // Only a count below the minimum is reported: counting stops there.
        for (int i = 0; i < text.length() && words < MIN_WORDS; i++) {
            boolean start =
                    !Character.isWhitespace(text.charAt(i))
                            && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            words += start ? 1 : 0;
        }
        if (words < MIN_WORDS) {
            return Optional.of(
                    "not an article: only %d word%s of text"
                            .formatted(words, words == 1 ? "" : "s"));
        }
        int prose = 0;
        for (int i = 0; i < a.sentences().size() && prose < MIN_PROSE_SENTENCES; i++) {
            prose += isProse(a.sentence(i)) ? 1 : 0;
        }
        return prose >= MIN_PROSE_SENTENCES
                ? Optional.empty()
                : Optional.of("not an article: no running prose (code, data or a list)");
    }

    private static boolean isProse(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()
                || Words.count(s, MIN_SENTENCE_WORDS) < MIN_SENTENCE_WORDS
                || !Unwrapper.endsTerminal(s)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            letters +=
                    Character.isLetter(c)
                                    || c == ' '
                                    || c == ','
                                    || c == '.'
                                    || c == '\''
                                    || c == '\u2019'
                                    || c == '"'
                                    || c == '\u201c'
                                    || c == '\u201d'
                                    || c == '-'
                            ? 1
                            : 0;
        }
        return letters >= s.length() * MIN_LETTER_SHARE;
    }
}
