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
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerInterceptor;

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

    /**
     * Business events live in the events package of the module that owns the fact; in the shared kernel Spring
     * Modulith could no longer see who depends on whom. No type heard by a listener, and no record named like an
     * event, may live there.
     */
    static ArchRule noEventTypesInTheSharedKernel(String root) {
        String shared = root + ".shared";
        return classes().should(new ArchCondition<JavaClass>("not be an event type in the shared kernel") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                boolean inShared = (type.getPackageName() + ".").startsWith(shared + ".");
                if (inShared && type.isRecord() && EVENT_NAME.matcher(type.getSimpleName()).matches()) {
                    events.add(SimpleConditionEvent.violated(type, type.getName() + " is named like an event"));
                }
                for (JavaMethod method : type.getMethods()) {
                    if (isListener(method) && !method.getRawParameterTypes().isEmpty()) {
                        JavaClass heard = method.getRawParameterTypes().get(0);
                        if ((heard.getPackageName() + ".").startsWith(shared + ".")) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " hears " + heard.getName() + ", which lives in the shared kernel"));
                        }
                    }
                }
            }
        }).as("no event type lives in the shared kernel");
    }

    /**
     * A listener to another module's event runs after that module's transaction commits, in its own, recorded in the
     * event publication registry: an {@code @ApplicationModuleListener}. A plain {@code @EventListener} would write
     * inside the publisher's transaction, and its failure would roll back the publisher's work.
     */
    static ArchRule crossModuleListenersAreApplicationModuleListeners(String root) {
        return classes().should(new ArchCondition<JavaClass>("hear other modules only through application module listeners") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = moduleOf(root, type.getPackageName());
                for (JavaMethod method : type.getMethods()) {
                    if (!isListener(method) || method.getRawParameterTypes().isEmpty()) {
                        continue;
                    }
                    // an interface of its own module is heard from every module whose events implement it
                    JavaClass parameter = method.getRawParameterTypes().get(0);
                    java.util.Set<String> heard = new java.util.TreeSet<>();
                    java.util.stream.Stream.concat(java.util.stream.Stream.of(parameter),
                                    parameter.getAllSubclasses().stream())
                            .map(heardType -> moduleOf(root, heardType.getPackageName()))
                            .filter(module -> module != null && !module.equals(own))
                            .forEach(heard::add);
                    if (!heard.isEmpty() && !method.isAnnotatedWith(ApplicationModuleListener.class)) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " hears module " + String.join(", ", heard) + " synchronously"));
                    }
                }
            }
        }).as("listeners to another module's events are @ApplicationModuleListeners");
    }

    /** Domain code says why it refuses with a {@code Refusal}; only web adapters build HTTP problems. */
    static ArchRule httpProblemsOnlyInWebAdapters(String root) {
        return noClasses().that().resideOutsideOfPackage("..web..").and().doNotImplement(HandlerInterceptor.class)
                .should().dependOnClassesThat().haveFullyQualifiedName(root + ".shared.web.ApiProblem")
                .as("only web adapters and HTTP interceptors use ApiProblem");
    }

    private static final java.util.regex.Pattern EVENT_NAME = java.util.regex.Pattern.compile(
            ".*(Placed|Paid|Issued|Opened|Failed|Succeeded|Requested|Received|Changed|Cancelled|Published|Completed"
                    + "|Made|Started|Refused|Modified|Confirmed|Updated|Disputed)");

    private static boolean isListener(JavaMethod method) {
        return method.isMetaAnnotatedWith(EventListener.class) || method.isAnnotatedWith(EventListener.class);
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
