package org.alliancebrief.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alliancebrief.codebook.ThemeId;
import org.alliancebrief.corpus.Span;

/**
 * One direct quotation: the exact words between the quotation marks, where they stand in the
 * article, who said them (if the text says), and the areas and themes they touch.
 */
public record Quote(String text, Span span, Optional<Speaker> speaker, List<ThemeId> themes) {
    public Quote {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(speaker, "speaker");
        themes = themes.stream().distinct().sorted().toList();
    }

    /**
     * Number of words, counted as the scorer counts them: the runs of characters between the spaces
     * of a regular expression's {@code \\s} that hold a letter or a digit. A loop, not a split: the
     * brief, the data file and the spreadsheets ask it of every quotation.
     */
    public int words() {
        int count = 0;
        boolean letters = false; // the word being read holds a letter or a digit
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                count += letters ? 1 : 0;
                letters = false;
            } else {
                letters |= Character.isLetterOrDigit(c);
            }
        }
        return count + (letters ? 1 : 0);
    }
}
