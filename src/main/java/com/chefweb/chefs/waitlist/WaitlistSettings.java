package com.chefweb.chefs.waitlist;

/**
 * @param enabled customers may subscribe
 * @param cooldownHours the least time between two announcements of new events to the same subscribers
 */
public record WaitlistSettings(boolean enabled, int cooldownHours) {

    static final WaitlistSettings DEFAULT = new WaitlistSettings(true, 24);
}
