/**
 * Identity: users, roles, credentials, refresh tokens, API keys and the audit log.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = { "shared" })
@NullMarked
package com.chefweb.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
