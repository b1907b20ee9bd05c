package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The counting helpers agree with the splits they replace, on chosen and on random lines. */
class WordsTest {
    private static final List<String> LINES =
            List.of(
                    "",
                    " ",
                    "   ",
                    "one",
                    " one",
                    "one ",
                    "one  two",
                    "  lead and trail  ",
                    "Share on Facebook | Twitter",
                    "4 Min Read",
                    "a - b -- c",
                    "\u00c9lys\u00e9e & Mat\u00edgnon 12/3",
                    "\ud835\udc00bc def");

    @Test
    void countIsTheNumberOfPiecesASplitAtSpacesGives() {
        for (String s : LINES) {
            assertEquals(s.split(" ").length, Words.count(s), "[" + s + "]");
        }
        for (String s : randomLines(" ab-&1\u00e9\t")) {
            assertEquals(s.split(" ").length, Words.count(s), "[" + s + "]");
        }
    }

    @Test
    void countUpToALimitIsTheCountOrOneMore() {
        for (String s : randomLines(" ab-&1\u00e9\t")) {
            for (int limit = 0; limit < 6; limit++) {
                int count = Words.count(s);
                assertEquals(Math.min(count, limit + 1), Words.count(s, limit), "[" + s + "]");
            }
        }
        for (String s : LINES) {
            assertEquals(Words.count(s), Words.count(s, 10), "[" + s + "]");
        }
    }

    @Test
    void linesBreakAtEveryKindOfLineEndAndKeepAnEmptyLastLine() {
        String text = "a\r\nb\rc\n\nd\r\n";
        assertEquals(Arrays.asList(text.split("\r\n|\r|\n", -1)), Words.lines(text));
        assertEquals(List.of(""), Words.lines(""));
        for (String s : randomLines("ab\r\n ")) {
            assertEquals(Arrays.asList(s.split("\r\n|\r|\n", -1)), Words.lines(s), s);
        }
    }

    @Test
    void navigationCountsTheWordsItWouldSplit() {
        for (String s : LINES) {
            assertEquals(Navigation.words(s).length, Navigation.countWords(s, 100), s);
        }
        for (String s : randomLines(" ab-&1:\u00e9|\ud835\udc00")) {
            assertEquals(Navigation.words(s).length, Navigation.countWords(s, 100), s);
        }
        assertEquals(3, Navigation.countWords("one two three four five", 3));
    }

    private static List<String> randomLines(String alphabet) {
        Random random = new Random(7);
        return java.util.stream.IntStream.range(0, 2000)
                .mapToObj(
                        n -> {
                            StringBuilder b = new StringBuilder();
                            int length = random.nextInt(14);
                            for (int i = 0; i < length; i++) {
                                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                            }
                            return b.toString();
                        })
                .toList();
    }
}
