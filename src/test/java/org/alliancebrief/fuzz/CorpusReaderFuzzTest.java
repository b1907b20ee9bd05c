package org.alliancebrief.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.alliancebrief.corpus.Article;
import org.alliancebrief.corpus.CorpusReader;
import org.alliancebrief.corpus.Loaded;
import org.alliancebrief.corpus.Skipped;

/**
 * Any bytes, under any of the names read: an article or a reason, never an exception. Seeds in
 * {@code CorpusReaderFuzzTestInputs}; a longer run: see README, Development.
 */
class CorpusReaderFuzzTest {
    private static final String[] NAMES = {"a.txt", "a.md", "a.html", "a.htm"};
    private final CorpusReader reader = new CorpusReader();

    @FuzzTest(maxDuration = "10m")
    void anyBytesGiveAnArticleOrAReason(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        Loaded loaded = reader.parse(name, data.consumeRemainingAsBytes());
        assertNotNull(loaded);
        switch (loaded) {
            case Article a -> assertFalse(a.text().isBlank());
            case Skipped s -> assertFalse(s.reason().isBlank());
        }
    }
}
