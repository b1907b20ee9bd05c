package org.alliancebrief.corpus.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the date grammar cuts text into tokens. */
class DateTokenTest {
    /** Each token as kind, text, and marks: '+' glued, 'o' ordinal, 'd' dotted. */
    private static List<String> tokens(String text) {
        return DateToken.of(text, 0, text.length()).stream()
                .map(
                        t ->
                                t.kind().name().charAt(0)
                                        + ":"
                                        + t.text()
                                        + (t.glued() ? "+" : "")
                                        + (t.ordinal() ? "o" : "")
                                        + (t.dotted() ? "d" : ""))
                .toList();
    }

    @Test
    void readsNumbersWordsAndMarks() {
        assertEquals(List.of("W:septd", "N:3o", "M:,+", "N:2019"), tokens(" Sept. 3RD, 2019"));
        assertEquals(List.of("N:3", "W:rds+"), tokens("3rds"));
        assertEquals(List.of("N:1o", "W:mai"), tokens("1er Mai"));
        assertEquals(List.of("N:4o"), tokens("4º"));
    }

    @Test
    void cutsLongRunsOfDigitsAndKeepsOtherMarks() {
        assertEquals(
                List.of("N:25", "M:.+", "N:06+", "M:.+", "N:201916+", "M::+", "N:51+"),
                tokens("25.06.201916:51"));
        assertEquals(List.of("N:12345678", "N:9+"), tokens("123456789"));
        // a no-break space is no white space to Character.isWhitespace: a mark
        assertEquals(
                List.of("M:\u2013", "M:@+", "M:\u00a0+", "W:\u00e9t\u00e9+"),
                tokens("\t\u2013@\u00a0\u00c9t\u00e9"));
    }
}
