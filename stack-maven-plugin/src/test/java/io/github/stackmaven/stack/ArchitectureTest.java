package io.github.stackmaven.stack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layer table of CONTRIBUTING.md, checked on the compiled main classes: every row's "may use" column, docker-java
 * only in {@code engine.docker}, Maven only in {@code maven}, mojos calling only the application layer, no package
 * cycles. A row added to the table belongs here too.
 */
class ArchitectureTest {
    private static final String ROOT = "io.github.stackmaven.stack";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void layersUseOnlyWhatTheirRowAllows() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("compose").definedBy(ROOT + ".compose")
                .layer("compose.path").definedBy(ROOT + ".compose.path")
                .layer("compose.load").definedBy(ROOT + ".compose.load..")
                .layer("compose.write").definedBy(ROOT + ".compose.write..")
                .layer("event").definedBy(ROOT + ".event..")
                .layer("init").definedBy(ROOT + ".init..")
                .layer("engine").definedBy(ROOT + ".engine")
                .layer("engine.discovery").definedBy(ROOT + ".engine.discovery..")
                .layer("engine.docker").definedBy(ROOT + ".engine.docker..")
                .layer("images").definedBy(ROOT + ".images..")
                .layer("plan").definedBy(ROOT + ".plan..")
                .layer("orchestration").definedBy(ROOT + ".orchestration")
                .layer("orchestration.wait").definedBy(ROOT + ".orchestration.wait..")
                .layer("service").definedBy(ROOT + ".service..")
                .layer("maven").definedBy(ROOT + ".maven..")

                .whereLayer("compose").mayNotAccessAnyLayer()
                .whereLayer("compose.path").mayNotAccessAnyLayer()
                .whereLayer("compose.load").mayOnlyAccessLayers("compose", "compose.path")
                .whereLayer("compose.write").mayOnlyAccessLayers("compose")
                .whereLayer("event").mayNotAccessAnyLayer()
                .whereLayer("init").mayNotAccessAnyLayer()
                .whereLayer("engine").mayOnlyAccessLayers("compose")
                .whereLayer("engine.discovery").mayOnlyAccessLayers("engine")
                .whereLayer("engine.docker").mayOnlyAccessLayers("engine", "engine.discovery", "event")
                .whereLayer("images").mayOnlyAccessLayers("engine", "compose", "event")
                .whereLayer("plan").mayOnlyAccessLayers("compose", "engine", "images")
                .whereLayer("orchestration.wait").mayOnlyAccessLayers("engine")
                .whereLayer("orchestration").mayOnlyAccessLayers("orchestration.wait", "plan", "images", "engine",
                        "compose", "event")
                .whereLayer("service").mayOnlyAccessLayers("orchestration", "orchestration.wait", "plan", "images",
                        "engine", "engine.discovery", "engine.docker", "compose", "compose.load", "compose.write",
                        "compose.path", "init", "event")
                .whereLayer("maven").mayOnlyAccessLayers("service", "event")
                .whereLayer("maven").mayNotBeAccessedByAnyLayer();
        rule.check(main);
    }

    @Test
    void onlyEngineDockerImportsDockerJava() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".engine.docker..")
                .should().dependOnClassesThat().resideInAPackage("com.github.dockerjava..")
                .because("engine.docker is the only package that talks docker-java (CONTRIBUTING.md)")
                .check(main);
    }

    @Test
    void onlyTheMavenAdapterKnowsMaven() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".maven..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .because("the layers below the mojos are tool-neutral: the JUnit extension drives them too")
                .check(main);
    }

    @Test
    void mojosCallOnlyTheApplicationLayer() {
        noClasses().that().haveSimpleNameEndingWith("Mojo")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".orchestration..", ROOT + ".plan..",
                        ROOT + ".images..", ROOT + ".engine..", ROOT + ".compose..", ROOT + ".init..")
                .because("a mojo binds parameters, makes one call to the service layer and translates its errors")
                .check(main);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(main);
    }
}
