package org.alliancebrief;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's dependencies point one way: cli, render, brief, analysis, then codebook and
 * corpus; layout libraries stay in render, the clock and the environment in cli. Checked on the
 * compiled classes, so fully qualified names count and comments do not.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN =
            new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("org.alliancebrief");

    private static final String CLI = "org.alliancebrief.cli..";

    @Test
    void dependenciesPointDownThePipeline() {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.alliancebrief..")
                .layer("cli")
                .definedBy("org.alliancebrief.cli..")
                .layer("render")
                .definedBy("org.alliancebrief.render..")
                .layer("brief")
                .definedBy("org.alliancebrief.brief..")
                .layer("analysis")
                .definedBy("org.alliancebrief.analysis..")
                .layer("codebook")
                .definedBy("org.alliancebrief.codebook..")
                .layer("corpus")
                .definedBy("org.alliancebrief.corpus..")
                .whereLayer("cli")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("render")
                .mayOnlyBeAccessedByLayers("cli")
                .whereLayer("brief")
                .mayOnlyBeAccessedByLayers("render", "cli")
                .whereLayer("analysis")
                .mayOnlyBeAccessedByLayers("brief", "render", "cli")
                .whereLayer("codebook")
                .mayOnlyBeAccessedByLayers("analysis", "brief", "render", "cli")
                .whereLayer("corpus")
                .mayOnlyBeAccessedByLayers("analysis", "brief", "render", "cli")
                .check(MAIN);
    }

    @Test
    void everyClassBelongsToAStage() {
        noClasses()
                .should()
                .resideOutsideOfPackages(
                        "org.alliancebrief.cli..",
                        "org.alliancebrief.render..",
                        "org.alliancebrief.brief..",
                        "org.alliancebrief.analysis..",
                        "org.alliancebrief.codebook..",
                        "org.alliancebrief.corpus..")
                .check(MAIN);
    }

    @Test
    void drawingAndPdfLibrariesOnlyInRender() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.alliancebrief.render..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.awt..", "javax.imageio..", "org.openpdf..", "org.jfree..")
                .check(MAIN);
    }

    @Test
    void theCommandLineLibraryOnlyInCli() {
        noClasses()
                .that()
                .resideOutsideOfPackage(CLI)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.apache.commons.cli..")
                .check(MAIN);
    }

    @Test
    void clocksEnvironmentAndStandardStreamsOnlyInCli() {
        ArchRule rule =
                noClasses()
                        .that()
                        .resideOutsideOfPackage(CLI)
                        .should()
                        .callMethod(System.class, "getenv")
                        .orShould()
                        .callMethod(System.class, "getenv", String.class)
                        .orShould()
                        .callMethod(System.class, "getProperty", String.class)
                        .orShould()
                        .callMethod(System.class, "getProperty", String.class, String.class)
                        .orShould()
                        .callMethod(System.class, "getProperties")
                        .orShould()
                        .callMethod(System.class, "exit", int.class)
                        .orShould()
                        .callMethod(System.class, "currentTimeMillis")
                        .orShould()
                        .callMethod(Instant.class, "now")
                        .orShould()
                        .callMethod(LocalDate.class, "now")
                        .orShould()
                        .callMethod(LocalDateTime.class, "now")
                        .orShould()
                        .callMethod(ZonedDateTime.class, "now")
                        .orShould()
                        .dependOnClassesThat()
                        .areAssignableTo(Clock.class)
                        .orShould()
                        .accessField(System.class, "out")
                        .orShould()
                        .accessField(System.class, "err")
                        .orShould()
                        .accessField(System.class, "in");
        rule.check(MAIN);
    }
}
