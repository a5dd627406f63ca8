/**
 * The light CRM: leads, stages and their timeline built from what customers do; contact inquiries; customers'
 * connections with chefs, their favorite chefs and their conversations with chefs.
 */
@ApplicationModule(displayName = "CRM", allowedDependencies = { "shared", "identity :: events", "chefs :: events",
        "chatbot :: events" })
@NullMarked
package com.chefweb.crm;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
