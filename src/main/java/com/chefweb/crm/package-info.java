/**
 * The light CRM: leads, stages, the interaction timeline and contact inquiries.
 */
@ApplicationModule(displayName = "CRM", allowedDependencies = { "shared", "identity :: events" })
@NullMarked
package com.chefweb.crm;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
