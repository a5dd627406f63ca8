package com.chefweb.booking.domain;

import org.jspecify.annotations.Nullable;

/**
 * What the customer may still do with a booking, as the storefront's lookup page reads it.
 *
 * @param daysUntilEvent whole days until the start of the event's day at the venue, rounded up
 * @param refundPercentage what a cancellation now would refund of what was paid
 */
public record Permissions(boolean canModify, boolean canCancel, long daysUntilEvent, int refundPercentage,
        @Nullable String modifyDeadline, @Nullable String cancelDeadline) {

    static Permissions of(Booking booking, long daysUntilEvent) {
        BookingPolicy policy = booking.policy();
        boolean open = !booking.lifecycle().status().isClosed();
        boolean canModify = open && policy.allowsChanges(daysUntilEvent);
        boolean canCancel = open && policy.allowsCancelling(daysUntilEvent);
        return new Permissions(canModify, canCancel, daysUntilEvent, policy.refundPercent(daysUntilEvent),
                canModify ? null : "Modifications require " + policy.modifyFromDays() + "+ days notice",
                canCancel ? null : "Cancellations require " + policy.cancelFromDays() + "+ day notice");
    }
}
