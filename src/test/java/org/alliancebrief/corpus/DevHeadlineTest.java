package org.alliancebrief.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.alliancebrief.corpus.dates.DateReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Over the development set of real pages (skipped where it is absent): no headline is a date, a
 * dateline, a stamp or category line, navigation, a counter, a bare number or an outlet's name.
 */
class DevHeadlineTest {
    private static final Path DEV = Path.of("../shared/dev/corpus");

    @Test
    @Timeout(60)
    void noHeadlineIsPageFurniture() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(DEV), "no development set at " + DEV + ": skipped");
        CorpusReader reader = new CorpusReader();
        Outlets outlets = Outlets.standard();
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEV)) {
            for (Path file : files.sorted().toList()) {
                if (!(reader.read(DEV, file) instanceof Article a)) {
                    continue;
                }
                String t = a.title();
                PageLine kind = PageLine.of(t, outlets);
                boolean number = t.chars().noneMatch(Character::isLetter);
                boolean outlet =
                        outlets.find(t).map(o -> LineKey.of(o).equals(LineKey.of(t))).orElse(false);
                boolean dated = DateReader.standard().isDateOnly(t) || Dateline.isAlone(t, outlets);
                boolean timestamp = Character.isDigit(t.charAt(0)) && t.indexOf(':') == 2;
                if (t.isBlank()
                        || number
                        || outlet
                        || dated
                        || timestamp
                        || kind == PageLine.NAVIGATION
                        || kind == PageLine.PUBLISHED
                        || kind == PageLine.DATE
                        || kind == PageLine.DATELINE
                        || t.contains("---")
                        || t.contains(": post")) {
                    bad.add(file.getFileName() + ": " + t);
                }
            }
        }
        assertTrue(bad.isEmpty(), () -> String.join("\n", bad));
    }
}
