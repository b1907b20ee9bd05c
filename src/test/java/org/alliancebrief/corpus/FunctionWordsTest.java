package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionWordsTest {
    private static final List<String> CODES = ResourceLines.read("languages.txt");

    /** A paragraph in each language read, written for this test. */
    private static final Map<String, String> SAMPLES =
            Map.of(
                    "en",
                    "The ministers of the alliance said on Tuesday that they would send more troops"
                            + " to the east, and that the plan had been agreed with the partners of the"
                            + " union. It is the first time that such a step has been taken by the two"
                            + " sides, which have worked together for years.",
                    "fr",
                    "Les ministres de la défense se sont réunis à Bruxelles pour discuter de la"
                            + " coopération entre les deux organisations. Ils ont dit que le plan était"
                            + " prêt et que les troupes seraient envoyées dans les pays de l'est avant la"
                            + " fin de l'année, selon un communiqué publié par le conseil.",
                    "de",
                    "Die Minister der Allianz haben am Dienstag gesagt, dass sie mehr Truppen in den"
                            + " Osten schicken werden. Der Plan ist mit den Partnern der Union abgestimmt"
                            + " und wird noch in diesem Jahr umgesetzt, wie ein Sprecher des Rates nach"
                            + " dem Treffen in Brüssel erklärte.",
                    "nl",
                    "De ministers van het bondgenootschap hebben op dinsdag gezegd dat zij meer"
                            + " troepen naar het oosten zullen sturen. Het plan is met de partners van de"
                            + " unie besproken en wordt nog dit jaar uitgevoerd, volgens een woordvoerder"
                            + " van de raad die bij het overleg aanwezig was.",
                    "it",
                    "I ministri della difesa si sono riuniti a Bruxelles per discutere della"
                            + " cooperazione tra le due organizzazioni. Hanno detto che il piano è pronto"
                            + " e che le truppe saranno inviate nei paesi dell'est prima della fine"
                            + " dell'anno, secondo una nota del consiglio.",
                    "es",
                    "Los ministros de defensa se reunieron en Bruselas para hablar de la cooperación"
                            + " entre las dos organizaciones. Dijeron que el plan está listo y que las"
                            + " tropas serán enviadas a los países del este antes del final del año, según"
                            + " un comunicado del consejo. También dijeron que los gobiernos pagarán más"
                            + " por las armas, pero que el acuerdo no está cerrado.",
                    "pl",
                    "Ministrowie obrony spotkali się w Brukseli, aby omówić współpracę między"
                            + " obiema organizacjami. Powiedzieli, że plan jest gotowy i że wojska zostaną"
                            + " wysłane do krajów na wschodzie jeszcze przed końcem roku, jak podała rada"
                            + " w komunikacie, który został opublikowany przez jej biuro.");

    private final FunctionWords words = FunctionWords.of(CODES).orElseThrow();

    @Test
    void decidesEachLanguageReadAsTheModelsDo() {
        LanguageGuess models = new LanguageGuess(CODES);
        SAMPLES.forEach(
                (code, text) -> {
                    assertEquals(code, words.clearLanguage(text), text);
                    assertEquals(code, models.byModels(text), text);
                });
    }

    @Test
    void leavesAShortOrMixedSampleToTheModels() {
        assertEquals("", words.clearLanguage("The allies met in Brussels."));
        assertEquals("", words.clearLanguage(SAMPLES.get("en") + " " + SAMPLES.get("de")));
    }

    @Test
    void countsNothingWithoutAListForEveryLanguage() {
        assertTrue(FunctionWords.of(List.of("en", "pt")).isEmpty());
    }
}
