package org.entente.relations;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The relations are a gateway plugin like any other (tests aside: they wire a gateway by hand).
 * Plain JUnit tests over ArchUnit's core, as in the gateway's DependencyRulesTest.
 */
class DependencyRulesTest {

    private static final JavaClasses RELATIONS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente.relations");

    /**
     * The gateway only through its plugin SPI, org.entente.gateway.plugin, so that its planner,
     * executor and configuration can change without the relations noticing. Nothing else of the
     * gateway is needed, so nothing else is allowed.
     */
    @Test
    void usesTheGatewayOnlyThroughThePluginSpi() {
        noClasses()
                .that()
                .resideInAPackage("org.entente.relations..")
                .should()
                .dependOnClassesThat(resideInAPackage("org.entente.gateway..")
                        .and(not(resideInAPackage("org.entente.gateway.plugin"))))
                .check(RELATIONS);
    }

    /** The relations are one package today; this keeps sub-packages, once there are any, free of cycles. */
    @Test
    void subPackagesAreFreeOfCycles() {
        slices().matching("org.entente.relations.(*)..")
                .should()
                .beFreeOfCycles()
                .allowEmptyShould(true)
                .check(RELATIONS);
    }
}
