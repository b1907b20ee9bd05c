package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.alliancebrief.corpus.Span;
import org.junit.jupiter.api.Test;

/** {@link Quote#words} counts as the scorer does: split on white space, words with a letter. */
class QuoteWordsTest {
    private static int words(String text) {
        return new Quote(text, new Span(0, text.length()), Optional.empty(), List.of()).words();
    }

    /** The scorer's definition, as the count was first written. */
    private static int bySplit(String text) {
        return (int)
                Arrays.stream(text.trim().split("\\s+"))
                        .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                        .count();
    }

    @Test
    void countsWordsWithALetterOrDigit() {
        assertEquals(7, words("We will not stand by - not now.")); // the dash is no word
        assertEquals(3, words("  the 2nd\tround  "));
        assertEquals(0, words(""));
        assertEquals(0, words(" -- ... "));
    }

    @Test
    void agreesWithTheSplitOnAwkwardText() {
        for (String text :
                List.of(
                        "a\u000Bb\fc\r\nd",
                        "no\u00A0break space stays one word",
                        "\u0001lead and trail\u001F",
                        "\uD835\uDC00 math letter, \uD83D\uDE00 emoji only",
                        "caf\u00E9 \u2014 \u00AB\u00A0oui\u00A0\u00BB",
                        "   ",
                        "one")) {
            assertEquals(bySplit(text), words(text), text);
        }
    }
}
