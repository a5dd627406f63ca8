/**
 * The catalog: packages, add-ons, menu, service areas, travel fees, tax and deposit policy; publishes the versioned price book.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "shared", "identity :: events" })
@NullMarked
package com.chefweb.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
