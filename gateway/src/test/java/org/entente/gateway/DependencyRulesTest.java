package org.entente.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The runtime's code (tests aside) stays general and layered. Plain JUnit tests over ArchUnit's
 * core: its JUnit 5 engine finds no tests on the JUnit 6 platform the Quarkus BOM brings.
 */
class DependencyRulesTest {

    private static final JavaClasses RUNTIME = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente.gateway");

    /** Entente's domain and the other modules build on the gateway, never the other way round. */
    @Test
    void usesNoOtherEntentePackage() {
        noClasses()
                .that()
                .resideInAPackage("org.entente.gateway..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.entente..").and(not(resideInAPackage("org.entente.gateway.."))))
                .check(RUNTIME);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.entente.gateway.(*)..").should().beFreeOfCycles().check(RUNTIME);
    }

    /** Plugins see only the plugin package, so it must not pull the runtime's internals in. */
    @Test
    void pluginPackageStandsAlone() {
        noClasses()
                .that()
                .resideInAPackage("org.entente.gateway.plugin")
                .should()
                .dependOnClassesThat(resideInAPackage("org.entente.gateway..")
                        .and(not(resideInAPackage("org.entente.gateway.plugin"))))
                .check(RUNTIME);
    }
}
