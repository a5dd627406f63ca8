/**
 * Chefs: marketplace chef profiles, the public directory, serving postal codes, waitlists and the chef dashboard.
 */
@ApplicationModule(displayName = "Chefs", allowedDependencies = { "shared", "identity :: events", "media :: events",
        "media :: intake" })
@NullMarked
package com.chefweb.chefs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
