package org.alliancebrief.codebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass automaton over the real codebook, checked against a phrase-by-phrase oracle. */
class PhraseAutomatonTest {
    private static final Codebook CODEBOOK =
            CodebookLoader.load(Path.of("templates/codebook.yaml"));

    private static List<String> themes(String text) {
        return CODEBOOK.scan(text).themes().stream()
                .map(h -> h.target().value() + "=" + text.substring(h.start(), h.end()))
                .toList();
    }

    private static List<String> actors(String text) {
        return CODEBOOK.scan(text).actors().stream()
                .map(h -> h.target().value() + "=" + text.substring(h.start(), h.end()))
                .toList();
    }

    @Test
    void onePassYieldsEveryKind() {
        String text =
                "The NATO chief met Polish troops near the border; the joint declaration "
                        + "spoke of military mobility.";
        CodebookHits hits = CODEBOOK.scan(text);
        assertEquals(List.of("nato"), hits.actors().stream().map(h -> h.target().value()).toList());
        assertEquals("nato-secretary-general", hits.offices().get(0).target().id());
        assertEquals("eu-nato-joint-declaration", hits.statements().get(0).target().id());
        assertEquals("poland", hits.demonyms().get(0).target().value());
        assertTrue(themes(text).contains("military-mobility=military mobility"));
    }

    @Test
    void foldsCaseSpacesHyphensAndApostrophes() {
        assertEquals(List.of("burden-sharing=burden  sharing"), themes("fair burden  sharing"));
        assertEquals(List.of("burden-sharing=Burden-Sharing"), themes("Burden-Sharing rows"));
        assertTrue(
                themes("on Ukraine\u2019s reconstruction")
                        .contains("ukraine-support=Ukraine\u2019s reconstruction"));
        assertTrue(themes("cyberattacks rose").contains("cyber=cyberattacks"));
    }

    @Test
    void capitalisedPhrasesKeepTheirCase() {
        assertEquals(List.of("united-states=US"), actors("the US said"));
        assertEquals(List.of("united-states=U.S."), actors("the U.S. said"));
        assertEquals(List.of(), actors("let us say"));
        assertEquals(List.of("nato=Nato", "nato=NATO"), actors("Nato and NATO, not NaTo"));
    }

    @Test
    void wordsMustBeWhole() {
        assertEquals(List.of(), actors("a natoism"));
        assertEquals(List.of(), themes("nuclearly spacey"));
    }

    @Test
    void longestMatchWinsAndExclusionsHold() {
        assertEquals(
                List.of("hybrid-coe=Hybrid CoE"),
                actors("the Hybrid CoE in Helsinki").subList(0, 1));
        assertFalse(
                actors("under Berlin Plus arrangements").stream()
                        .anyMatch(a -> a.startsWith("germany")));
        assertFalse(
                themes("Moscow exercises restraint").stream()
                        .anyMatch(t -> t.startsWith("exercises")));
        assertEquals(List.of(), themes("there is a space for dialogue"));
    }

    @Test
    void aLetterAfterADigitStartsAWord() {
        assertEquals(List.of("nato=NATO"), actors("00:11NATO ministers"));
        assertEquals(List.of(), actors("x1NATOx"));
    }

    @Test
    void agreesWithCheckingEveryPhraseAtEveryPosition() {
        List<Phrase> phrases = new ArrayList<>();
        for (ThemeEntry t : CODEBOOK.themes()) {
            for (String term : t.terms()) {
                phrases.add(
                        Phrase.of(
                                t.id(), 0, term, false, false, Phrase.exclusions(t.exclusions())));
            }
            for (String term : t.weak()) {
                phrases.add(
                        Phrase.of(t.id(), 0, term, false, true, Phrase.exclusions(t.exclusions())));
            }
        }
        // Separators of every kind (runs, hyphen runs, a dash, no-break space), case variants
        // and '*' phrases, which the automaton confirms on the matched span alone.
        String[] words =
                ("military mobility Russia's cyber-attacks attack space for dialogue "
                                + "exercises restraint US us hybrid threats , . the nuclear power plant EU "
                                + "defence spending 5% of GDP burden - sharing strategic autonomy cyber "
                                + "information exchange\n\n women, peace and security "
                                + "burden--sharing burden -sharing Burden-Sharing NATO's Nato NATO "
                                + "support supported Ukraine \u2013 Ukraine\u2019s cyber\u00a0defence "
                                + "join joined the EU troop movements deploy deployed troops")
                        .split(" ");
        Random random = new Random(7);
        for (int round = 0; round < 160; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                // Words glued to the next now and then: a phrase inside a longer word ("xcyber",
                // "defenceEU") must not match, wherever the automaton's state began.
                b.append(words[random.nextInt(words.length)])
                        .append(
                                random.nextInt(7) == 0
                                        ? ""
                                        : random.nextInt(5) == 0
                                                ? "  "
                                                : random.nextInt(9) == 0 ? "-" : " ");
            }
            String text = b.toString();
            assertEquals(oracle(phrases, text), themes(text), text);
        }
    }

    /** Every phrase tried at every word start, exclusions checked, longest match first. */
    private static List<String> oracle(List<Phrase> phrases, String text) {
        List<TermHit<Object>> all = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            for (Phrase p : phrases) {
                int end = p.matchAt(text, i);
                if (end > 0 && !p.excluded(text, i, end)) {
                    all.add(new TermHit<>(p.target(), i, end, false));
                }
            }
        }
        all.sort(
                Comparator.<TermHit<Object>>comparingInt(TermHit::start)
                        .thenComparingInt(h -> -(h.end() - h.start())));
        List<String> kept = new ArrayList<>();
        int until = 0;
        for (TermHit<Object> h : all) {
            if (h.start() >= until) {
                kept.add(h.target() + "=" + text.substring(h.start(), h.end()));
                until = h.end();
            }
        }
        return kept;
    }

    @Test
    void runsInLinearTimeOnHostileInput() {
        String hostile = "us ".repeat(300_000) + "a".repeat(500_000) + "-".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CODEBOOK.scan(hostile));
    }
}
