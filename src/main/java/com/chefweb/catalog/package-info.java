/**
 * The catalog: packages, add-ons, menu, service areas, travel fees, tax and deposit policy; publishes the versioned price book.
 * It also holds chefs' own service offerings and their tiers (priced per household size), published whole as
 * {@code ServiceOfferingChanged}; it knows who is a chef from its copy of identity's {@code ChefModeEntered},
 * and shows customers only the offerings of chefs the chefs module lists ({@code ChefProfileChanged}).
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared", "identity :: events", "chefs :: events" })
@NullMarked
package com.chefweb.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
