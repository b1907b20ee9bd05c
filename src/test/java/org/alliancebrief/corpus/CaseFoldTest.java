package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CaseFoldTest {
    private final CaseFold words = new CaseFold(List.of("photo", "credit", "li"));

    @Test
    void findsWordsInAnyCaseAsALowerCasedCopyWould() {
        for (String text :
                List.of(
                        "A PHOTO of the summit",
                        "Credits roll",
                        "no mark here",
                        "pHoTo",
                        "\u212Aelvin", // the Kelvin sign lowers to k
                        "a L\u0130 b", // the dotted capital I lowers to i and a combining dot
                        "\u0130photo",
                        "phot",
                        "")) {
            String lower = text.toLowerCase(Locale.ROOT);
            boolean expected =
                    lower.contains("photo") || lower.contains("credit") || lower.contains("li");
            assertEquals(expected, words.foundIn(text), text);
        }
    }

    @Test
    void tellsAWordAtAPlace() {
        assertEquals(true, CaseFold.startsAt("x <DIV class", 2, "<div"));
        assertEquals(false, CaseFold.startsAt("x <DI", 2, "<div"));
        assertEquals(true, CaseFold.startsWith("SOURCE: AFP", "source:"));
    }
}
