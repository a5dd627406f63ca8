package com.chefweb.chefs.events;

import java.time.Instant;

/**
 * A chef's waitlist settings as they now are: whether customers may subscribe, and the least time between two
 * announcements of new events to the same subscribers.
 */
public record WaitlistConfigured(long chefId, boolean enabled, int cooldownHours, Instant changedAt) {
}
