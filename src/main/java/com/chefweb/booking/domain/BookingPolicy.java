package com.chefweb.booking.domain;

/**
 * The cancellation and change rules a booking was made under. Stored with each booking, so a later change of policy
 * never rewrites what an existing customer agreed to.
 *
 * @param version a label for this set of rules
 * @param fullRefundAfterDays more days than this before the event: the full amount paid is refunded
 * @param partialRefundFromDays from this many days up to {@code fullRefundAfterDays}: the partial percentage
 * @param partialRefundPercent the share refunded in the partial window
 * @param cancelFromDays fewer days than this: cancelling online is refused
 * @param modifyFromDays fewer days than this: changes are refused
 * @param minAdultsOnChange the fewest adults a change may leave
 */
public record BookingPolicy(String version, int fullRefundAfterDays, int partialRefundFromDays,
        int partialRefundPercent, int cancelFromDays, int modifyFromDays, int minAdultsOnChange) {

    /** The share of what was paid that a cancellation this many days ahead refunds. */
    public int refundPercent(long daysUntilEvent) {
        if (daysUntilEvent > fullRefundAfterDays) {
            return 100;
        }
        return daysUntilEvent >= partialRefundFromDays ? partialRefundPercent : 0;
    }

    public boolean allowsCancelling(long daysUntilEvent) {
        return daysUntilEvent >= cancelFromDays;
    }

    public boolean allowsChanges(long daysUntilEvent) {
        return daysUntilEvent >= modifyFromDays;
    }
}
