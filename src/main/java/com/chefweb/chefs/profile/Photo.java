package com.chefweb.chefs.profile;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A gallery photo of a chef's, in the chef's order. */
public record Photo(long id, long chefId, UUID uploadId, String imageUrl, @Nullable String title,
        @Nullable String caption, boolean featured, int sortOrder, Instant createdAt) {
}
