package org.alliancebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    @Test
    void nestedStraightQuotesBecomeSingleCurlyOnes() {
        assertEquals(
                "\u201CThe minister said, \u2018We will act.\u2019\u201D",
                QuoteMarks.quoted("The minister said, \"We will act.\""));
    }

    @Test
    void nestedCurlyQuotesBecomeSingleAndNoClosingMarkIsDoubled() {
        assertEquals(
                "\u201CHe said \u2018the plan will evolve.\u2019\u201D",
                QuoteMarks.quoted("He said \u201Cthe plan will evolve.\u201D"));
    }

    @Test
    void aTextAlreadyInMarksIsNotMarkedTwice() {
        assertEquals("\u201CWe stand together.\u201D", QuoteMarks.quoted("\"We stand together.\""));
        assertEquals("\u201CNATO\u2019s role\u201D", QuoteMarks.quoted("NATO's role"));
    }
}
