package com.chefweb.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules hold for the application, and each one fails on the bad fixture classes in {@code archfixture}, so a
 * rule that silently matches nothing would be noticed.
 */
class ArchitectureTests {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.chefweb");

    private static final JavaClasses BAD_FIXTURES = new ClassFileImporter().importPackages("archfixture");

    static Stream<Named<RuleCase>> rules() {
        return Stream.of(
                rule("generated jOOQ stays in its module",
                        () -> ArchitectureRules.generatedJooqStaysInItsModule("com.chefweb"),
                        () -> ArchitectureRules.generatedJooqStaysInItsModule("archfixture"), "CrossModuleReader"),
                rule("no JPA", ArchitectureRules::noJpa, ArchitectureRules::noJpa, "JpaStyleEntity"),
                rule("controllers in web adapters", ArchitectureRules::controllersLiveInWebAdapters,
                        ArchitectureRules::controllersLiveInWebAdapters, "MisplacedController"),
                rule("repositories not public", ArchitectureRules::repositoriesAreNotPublic,
                        ArchitectureRules::repositoriesAreNotPublic, "PublicRepository"),
                rule("no reflective jOOQ mapping", ArchitectureRules::noReflectiveJooqMapping,
                        ArchitectureRules::noReflectiveJooqMapping, "ReflectiveMapper"),
                rule("no event type in the shared kernel",
                        () -> ArchitectureRules.noEventTypesInTheSharedKernel("com.chefweb"),
                        () -> ArchitectureRules.noEventTypesInTheSharedKernel("archfixture"), "SharedPartyPlaced"),
                rule("cross-module listeners are application module listeners",
                        () -> ArchitectureRules.crossModuleListenersAreApplicationModuleListeners("com.chefweb"),
                        () -> ArchitectureRules.crossModuleListenersAreApplicationModuleListeners("archfixture"),
                        "SynchronousListener"),
                rule("listeners to an own interface that other modules implement are application module listeners",
                        () -> ArchitectureRules.crossModuleListenersAreApplicationModuleListeners("com.chefweb"),
                        () -> ArchitectureRules.crossModuleListenersAreApplicationModuleListeners("archfixture"),
                        "InterfaceSyncListener"),
                rule("HTTP problems only in web adapters",
                        () -> ArchitectureRules.httpProblemsOnlyInWebAdapters("com.chefweb"),
                        () -> ArchitectureRules.httpProblemsOnlyInWebAdapters("archfixture"), "HttpErrorInDomain"));
    }

    @ParameterizedTest
    @MethodSource("rules")
    void holdsForTheApplication(RuleCase rule) {
        rule.forApplication().get().check(APPLICATION);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void catchesTheBadFixture(RuleCase rule) {
        assertThatThrownBy(() -> rule.forFixtures().get().check(BAD_FIXTURES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(rule.offender());
    }

    private static Named<RuleCase> rule(String name, Supplier<ArchRule> forApplication, Supplier<ArchRule> forFixtures,
            String offender) {
        return Named.of(name, new RuleCase(forApplication, forFixtures, offender));
    }

    record RuleCase(Supplier<ArchRule> forApplication, Supplier<ArchRule> forFixtures, String offender) {
    }
}
