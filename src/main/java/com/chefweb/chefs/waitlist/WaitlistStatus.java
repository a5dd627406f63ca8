package com.chefweb.chefs.waitlist;

/**
 * A chef's waitlist as one customer (or an anonymous visitor) sees it.
 *
 * @param upcomingEventsCount the chef's open upcoming events; the app shows the waitlist when there are none
 * @param subscribed the caller is on the list (false for anonymous callers)
 * @param canSubscribe a signed-in customer not yet on the list of an enabled waitlist of another person
 */
public record WaitlistStatus(long chefId, boolean enabled, int upcomingEventsCount, boolean subscribed,
        boolean canSubscribe, boolean chefOnBreak, int subscriberCount) {
}
