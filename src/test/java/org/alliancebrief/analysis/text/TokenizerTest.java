package org.alliancebrief.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.alliancebrief.analysis.text.Token.Direction;
import org.alliancebrief.analysis.text.Token.QuoteMark;
import org.junit.jupiter.api.Test;

/** Tokens keep exact offsets, case shapes, possessives and the direction of quotation marks. */
class TokenizerTest {
    private static List<Token> tokens(String s) {
        return Tokenizer.tokens(s, 0, s.length());
    }

    @Test
    void wordsKeepOffsetsAndShapes() {
        String s = "NATO's chief, Mark Rutte, met 12,000 troops.";
        List<Token> t = tokens(s);
        Token.Word nato = (Token.Word) t.get(0);
        assertEquals("NATO", nato.text());
        assertEquals(Token.Shape.UPPER, nato.shape());
        assertTrue(((Token.Word) t.get(1)).clitic(), "the possessive is a token of its own");
        for (Token k : t) {
            String piece = s.substring(k.start(), k.end());
            if (k instanceof Token.Word w) {
                assertEquals(w.text(), piece);
            }
        }
        assertEquals(
                "12,000",
                ((Token.Number)
                                t.stream()
                                        .filter(Token.Number.class::isInstance)
                                        .findFirst()
                                        .orElseThrow())
                        .text());
        assertEquals(Token.Shape.CAPITALISED, ((Token.Word) t.get(4)).shape());
    }

    @Test
    void apostrophesInsideWordsAreNoQuotationMarks() {
        List<Token> t = tokens("We don’t know what O'Brien said.");
        assertTrue(t.stream().noneMatch(QuoteMark.class::isInstance), t.toString());
    }

    @Test
    void aStraightDoubleMarkTypedForAContractionsApostropheIsNoQuotationMark() {
        // Pages mangled by their encoding type "We"ll" for "We'll"; a contraction's ending tells.
        List<Token> t = tokens("We\"ll decide, and we don\"t wait; it\"s late.");
        assertTrue(t.stream().noneMatch(QuoteMark.class::isInstance), t.toString());
        assertEquals("We\"ll", ((Token.Word) t.get(0)).text());
        // Glued to a word that ends no contraction, a mark is still a mark.
        List<Token> q = tokens("the\"Eastern Shield\" plan");
        assertEquals(2, q.stream().filter(QuoteMark.class::isInstance).count(), q.toString());
    }

    @Test
    void quotationMarksFaceTheWayTheTextReads() {
        List<QuoteMark> m =
                tokens("He said \"we will\" and ‘they won’t’, «oui» „ja“ the allies’ plan").stream()
                        .filter(QuoteMark.class::isInstance)
                        .map(QuoteMark.class::cast)
                        .toList();
        assertEquals(Direction.OPEN, m.get(0).direction());
        assertEquals(Direction.CLOSE, m.get(1).direction());
        assertEquals(Direction.OPEN, m.get(2).direction());
        assertEquals(Direction.CLOSE, m.get(3).direction());
        assertEquals(Token.Family.ANGLE, m.get(4).family());
        assertEquals('\u201e', m.get(6).mark());
        QuoteMark allies = m.get(m.size() - 1);
        assertTrue(allies.apostrophe(), "a mark after a plural may be an apostrophe");
        assertFalse(m.get(0).apostrophe());
    }

    @Test
    void lexiconListsAreReadByLanguage() {
        Lexicon en = Lexicon.of("en");
        assertTrue(en.has("reporting-verbs", "reaffirms"));
        assertTrue(en.has("reporting-verbs", "Insisted"));
        assertTrue(en.has("determiners", "the"), "a table's first column is its key");
        assertEquals("m", en.table("honorifics").get("mr")[0]);
        assertFalse(en.has("reporting-verbs", "states"), "a noun in most copy");
    }

    @Test
    void givenNamesAreOneTableWithAnOptionalGender() {
        Lexicon en = Lexicon.of("en");
        assertTrue(en.has(WordList.GIVEN_NAMES, "Petra"));
        assertEquals("f", en.table(WordList.GIVEN_NAMES).get("petra")[0]);
        assertEquals("m", en.table(WordList.GIVEN_NAMES).get("jan")[0]);
        assertTrue(en.has(WordList.GIVEN_NAMES, "Andrea"), "a given name of either gender");
        assertEquals(0, en.table(WordList.GIVEN_NAMES).get("andrea").length);
    }

    @Test
    void lexiconLooksUpWordsInAnyCase() {
        Lexicon en = Lexicon.of("en");
        for (String w : List.of("president", "President", "PRESIDENT", "pResident")) {
            assertTrue(en.has(WordList.TITLES, w), w);
        }
        assertTrue(en.has(WordList.GIVEN_NAMES, "Ze\u2019ev"), "a curly apostrophe straightened");
        assertTrue(en.has(WordList.GIVEN_NAMES, "ZE'EV"));
        assertTrue(en.has(WordList.GIVEN_NAMES, "JOSÉ"), "folded beyond ASCII too");
        assertFalse(en.has(WordList.TITLES, "presiden"));
        assertFalse(en.has(WordList.TITLES, "presidents"));
        assertFalse(en.has(WordList.TITLES, ""));
        assertTrue(WordList.TITLES.in(en.lists("president")));
        assertEquals(0, en.lists("President"), "lists() takes a folded word");
    }
}
