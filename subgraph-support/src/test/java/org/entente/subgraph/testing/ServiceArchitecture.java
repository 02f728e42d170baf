package org.entente.subgraph.testing;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The dependency rule both subgraphs follow (docs/ARCHITECTURE.md), checked on a service's main
 * classes: {@code graphql → service → repository → domain}, {@code config} read by any layer.
 * <ul>
 *   <li>{@code client} (another service called over HTTP) is used only by {@code service};</li>
 *   <li>{@code domain} (value types, enums, rules without storage) uses no other layer;</li>
 *   <li>{@code repository} (entities, queries) uses only {@code domain} and {@code config};</li>
 *   <li>{@code service} (reads and writes with their rules) is used only by {@code graphql};</li>
 *   <li>{@code graphql} (the API) is used by no layer, and reads entities only as data: every
 *       query and write goes through a service, so it calls no method of {@code repository} but
 *       the accessors of its records;</li>
 *   <li>no cycles between the service's packages.</li>
 * </ul>
 */
public final class ServiceArchitecture {
    private ServiceArchitecture() {}

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("GraphQL")
                .definedBy(basePackage + ".graphql..")
                .layer("Service")
                .definedBy(basePackage + ".service..")
                .layer("Repository")
                .definedBy(basePackage + ".repository..")
                .layer("Domain")
                .definedBy(basePackage + ".domain..")
                .layer("Config")
                .definedBy(basePackage + ".config..")
                .layer("Client")
                .definedBy(basePackage + ".client..")
                .whereLayer("GraphQL")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Service")
                .mayOnlyBeAccessedByLayers("GraphQL")
                .whereLayer("Repository")
                .mayOnlyBeAccessedByLayers("Service", "GraphQL")
                .whereLayer("Config")
                .mayOnlyBeAccessedByLayers("GraphQL", "Service", "Repository", "Client")
                .whereLayer("Client")
                .mayOnlyBeAccessedByLayers("Service")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(basePackage + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        basePackage + ".graphql..",
                        basePackage + ".service..",
                        basePackage + ".repository..",
                        basePackage + ".config..",
                        basePackage + ".client..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage(basePackage + ".graphql..")
                .should()
                .callMethodWhere(describe(
                        "a method of the repository layer other than a record's accessor",
                        call -> call.getTargetOwner().getPackageName().startsWith(basePackage + ".repository")
                                && !isRecordAccessor(
                                        call.getTarget().getOwner(),
                                        call.getName(),
                                        call.getTarget().getRawParameterTypes().size())))
                .because("reads and writes go through a service; the API maps entities only as data")
                .check(classes);
        slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    /** Reading a component of a record is reading data, like reading an entity's field. */
    private static boolean isRecordAccessor(JavaClass owner, String method, int parameters) {
        return owner.isRecord()
                && parameters == 0
                && owner.getAllFields().stream()
                        .anyMatch(field -> !field.getModifiers().contains(JavaModifier.STATIC)
                                && field.getName().equals(method));
    }
}
