package com.chefweb.crm.events;

import java.time.Instant;
import java.util.UUID;

/** A customer took a chef off their favorites. */
public record ChefUnfavorited(UUID customerUserId, long chefId, UUID chefUserId, Instant unfavoritedAt) {
}
