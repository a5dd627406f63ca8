/**
 * The shared kernel: small value types (money, ids), problem-detail helpers and application-wide infrastructure;
 * no business state, and no dependency on any module.
 */
@ApplicationModule(displayName = "Shared kernel", type = ApplicationModule.Type.OPEN)
@NullMarked
package com.chefweb.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
