/**
 * Chefs: marketplace chef profiles, the public directory, serving postal codes, waitlists and the chef dashboard.
 */
@ApplicationModule(displayName = "Chefs", allowedDependencies = { "shared" })
@NullMarked
package com.chefweb.chefs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
