package org.alliancebrief.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.alliancebrief.corpus.Span;
import org.junit.jupiter.api.Test;

/** Evidence is a sentence, not a page: a sentence without full stops is cut with an ellipsis. */
class EvidenceTest {
    @Test
    void aShortSentenceIsKeptWhole() {
        assertEquals("NATO met.", new Evidence("NATO met.", new Span(0, 9)).text());
    }

    @Test
    void aHugeSentenceIsCutAtAWordWithAnEllipsis() {
        String huge = "military mobility and cyber defence ".repeat(40_000);
        String text = new Evidence(huge, new Span(0, huge.length())).text();
        assertTrue(text.length() <= Evidence.MAX_CHARS, text.length() + " chars");
        assertTrue(text.endsWith("…"), text);
        assertTrue(huge.startsWith(text.substring(0, text.length() - 1)));
        assertTrue(!text.substring(0, text.length() - 1).endsWith(" "));
    }

    @Test
    void aHugeWordIsCutWithoutSplittingACharacter() {
        String huge = "😀".repeat(1000);
        String text = new Evidence(huge, new Span(0, huge.length())).text();
        assertTrue(text.length() <= Evidence.MAX_CHARS);
        assertTrue(Character.isLowSurrogate(text.charAt(text.length() - 2)), "whole emoji kept");
    }
}
