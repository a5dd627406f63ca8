package com.chefweb.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules Spring Modulith cannot see. Each takes the application's root package, so the same rule is checked against
 * the real code and, to prove it can fail, against deliberately bad fixture classes.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** A module's generated jOOQ classes name its tables; no other module may even name them. */
    static ArchRule generatedJooqStaysInItsModule(String root) {
        return classes().should(new ArchCondition<JavaClass>("use no other module's generated jOOQ classes") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String ownModule = moduleOf(root, origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String targetPackage = dependency.getTargetClass().getBaseComponentType().getPackageName();
                    String targetModule = moduleOf(root, targetPackage);
                    boolean generated = targetModule != null
                            && (targetPackage + ".").startsWith(root + "." + targetModule + ".jooq.");
                    if (generated && !targetModule.equals(ownModule)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        });
    }

    static ArchRule noJpa() {
        return noClasses().should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..",
                        "javax.persistence..", "org.springframework.data.jpa..", "org.hibernate..")
                        .and(not(resideInAPackage("org.hibernate.validator.."))))
                .as("no class uses JPA or Hibernate ORM: persistence is jOOQ");
    }

    static ArchRule controllersLiveInWebAdapters() {
        return classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().resideInAPackage("..web..")
                .as("web controllers live in a module's web adapter package");
    }

    static ArchRule repositoriesAreNotPublic() {
        return classes().that().areAnnotatedWith(Repository.class).should().notBePublic()
                .as("repositories are package-private: only their module's domain logic reaches them");
    }

    /** Rows map to records explicitly ({@code Records.mapping}); reflection-based {@code fetchInto} hides mistakes. */
    static ArchRule noReflectiveJooqMapping() {
        return noClasses().should().callMethodWhere(target(name("fetchInto")))
                .as("no class maps jOOQ results by reflection with fetchInto");
    }

    private static String moduleOf(String root, String packageName) {
        if (!packageName.startsWith(root + ".")) {
            return null;
        }
        String rest = packageName.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
