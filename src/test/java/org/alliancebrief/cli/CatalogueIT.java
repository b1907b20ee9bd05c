package org.alliancebrief.cli;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The catalogue cases that need a process of their own (signals, time, /proc), on the jar. */
class CatalogueIT {
    @TestFactory
    Stream<DynamicTest> cases() {
        return Catalogue.cases().stream()
                .filter(Catalogue.Case::viaJar)
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        c.name(),
                                        c.folder().toUri(),
                                        () -> new CatalogueRunner(c).run()));
    }
}
