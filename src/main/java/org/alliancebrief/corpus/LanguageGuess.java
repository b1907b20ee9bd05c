package org.alliancebrief.corpus;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language of an article's text, by Lingua's n-gram models restricted to the languages listed
 * in {@code languages.txt}, read from a bounded sample of the text. Thread-safe.
 */
final class LanguageGuess {
    /** A few paragraphs tell the language; more only costs time. */
    private static final int SAMPLE_CHARS = 500;

    /** Below this, the text is too short to tell (a headline, a caption). */
    private static final int MIN_CHARS = 40;

    private static final LanguageGuess DEFAULT =
            new LanguageGuess(ResourceLines.read("languages.txt"));

    private final LanguageDetector detector;

    /** The cheap first test; empty when a language read has no list of function words. */
    private final Optional<FunctionWords> functionWords;

    LanguageGuess(List<String> codes) {
        IsoCode639_1[] iso =
                codes.stream()
                        .map(c -> IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT)))
                        .toArray(IsoCode639_1[]::new);
        detector = LanguageDetectorBuilder.fromIsoCodes639_1(iso).withLowAccuracyMode().build();
        functionWords = FunctionWords.of(codes);
    }

    static LanguageGuess standard() {
        return DEFAULT;
    }

    /** The ISO 639-1 code of {@code text}'s language, or "" when it cannot be told. */
    String of(String text) {
        if (text.length() < MIN_CHARS) {
            return "";
        }
        String sample = text.length() <= SAMPLE_CHARS ? text : text.substring(0, SAMPLE_CHARS);
        String clear = functionWords.map(f -> f.clearLanguage(sample)).orElse("");
        if (!clear.isEmpty()) {
            return clear;
        }
        return byModels(sample);
    }

    /** The language Lingua's models tell for {@code sample}, or "". */
    String byModels(String sample) {
        Language language = detector.detectLanguageOf(sample);
        return language == Language.UNKNOWN
                ? ""
                : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}
