package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.UUID;

/** A customer asked to hear when a chef opens new events (once per subscription; subscribing again is no news). */
public record WaitlistSubscribed(long chefId, UUID chefUserId, UUID customerUserId, Instant subscribedAt) {
}
