package org.alliancebrief.cli;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bad-input catalogue run in-process through {@link Main}: every case, its expectation. */
class CatalogueTest {
    @Test
    void everyCaseSaysWhatItExpectsAndNoneWentMissing() {
        CatalogueRunner.assertNoCaseIsMissing(Catalogue.cases());
    }

    @TestFactory
    Stream<DynamicTest> cases() {
        List<Catalogue.Case> cases = Catalogue.cases();
        return cases.stream()
                .filter(c -> !c.viaJar())
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.name(),
                                        c.folder().toUri(),
                                        () -> new CatalogueRunner(c).run()));
    }
}
