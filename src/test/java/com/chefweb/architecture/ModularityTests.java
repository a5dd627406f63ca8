package com.chefweb.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.chefweb.ChefWebApplication;

/**
 * The module boundaries hold (Spring Modulith's verification), and docs/modules shows them: regenerated on every
 * run and committed, so a reader sees the structure without building.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(ChefWebApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyModuleOfTheArchitectureExists() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrder("catalog", "booking", "payment", "media", "chatbot", "chefs", "crm",
                        "notify", "identity", "shared");
    }

    @Test
    void bookingHearsTheCatalogOnlyThroughItsEvents() {
        var booking = MODULES.getModuleByName("booking").orElseThrow();

        assertThat(booking.getDirectDependencies(MODULES).stream()
                .filter(dependency -> dependency.getTargetModule().getIdentifier().toString().equals("catalog"))
                .map(dependency -> dependency.getTargetType().getPackageName()))
                .isNotEmpty()
                .allMatch(packageName -> packageName.equals("com.chefweb.catalog.events"));
    }

    @Test
    void writesTheModuleDocumentation() {
        Path folder = Path.of("docs", "modules");
        // not cleaned: flows.md beside the generated files is written by hand
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(folder.toString()).withoutClean())
                .writeDocumentation();
        ModuleDiagrams.stabilise(folder);
        new ModuleDiagrams(MODULES).writeTo(folder);

        assertThat(folder.resolve("README.md")).content().contains("```mermaid", "listens to PriceBookPublished");
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(folder.resolve("module-catalog.adoc")).exists();
        assertThat(folder.resolve("flows.md")).as("the hand-written flows stay").exists();
    }
}
