/**
 * Notifications: outgoing email and SMS, templates, delivery attempts and retries.
 */
@ApplicationModule(displayName = "Notifications", allowedDependencies = { "shared", "booking :: events", "payment :: events",
        "crm :: events", "chefs :: events", "identity :: events" })
@NullMarked
package com.chefweb.notify;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
