/**
 * Media: promo videos, presigned uploads, the homepage selection and video engagement events.
 */
@ApplicationModule(displayName = "Media", allowedDependencies = { "shared", "identity :: events" })
@NullMarked
package com.chefweb.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
