package com.chefweb.chefs.events;

import java.time.Instant;
import java.util.UUID;

/** A customer left a chef's waitlist. */
public record WaitlistUnsubscribed(long chefId, UUID chefUserId, UUID customerUserId, Instant unsubscribedAt) {
}
