package com.chefweb.crm.events;

import java.time.Instant;
import java.util.UUID;

/** A customer marked a chef as a favorite (once; favoriting again is no news). */
public record ChefFavorited(UUID customerUserId, long chefId, UUID chefUserId, Instant favoritedAt) {
}
