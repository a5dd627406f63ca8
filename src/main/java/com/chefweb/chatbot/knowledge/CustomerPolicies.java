package com.chefweb.chatbot.knowledge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The booking rules customers ask about, read from the same deployment settings the booking module enforces
 * ({@code chefweb.booking.*}), so the chatbot cannot promise another policy than the one a booking is made under.
 */
@Component
public class CustomerPolicies {

    private final int fullRefundAfterDays;
    private final int partialRefundFromDays;
    private final int partialRefundPercent;
    private final int cancelFromDays;
    private final int modifyFromDays;
    private final int minDaysAhead;
    private final int maxDaysAhead;
    private final int largeEventGuests;

    public CustomerPolicies(@Value("${chefweb.booking.policy.full-refund-after-days:7}") int fullRefundAfterDays,
            @Value("${chefweb.booking.policy.partial-refund-from-days:3}") int partialRefundFromDays,
            @Value("${chefweb.booking.policy.partial-refund-percent:50}") int partialRefundPercent,
            @Value("${chefweb.booking.policy.cancel-from-days:1}") int cancelFromDays,
            @Value("${chefweb.booking.policy.modify-from-days:3}") int modifyFromDays,
            @Value("${chefweb.booking.min-days-ahead:3}") int minDaysAhead,
            @Value("${chefweb.booking.max-days-ahead:365}") int maxDaysAhead,
            @Value("${chefweb.booking.large-event-guests:50}") int largeEventGuests) {
        this.fullRefundAfterDays = fullRefundAfterDays;
        this.partialRefundFromDays = partialRefundFromDays;
        this.partialRefundPercent = partialRefundPercent;
        this.cancelFromDays = cancelFromDays;
        this.modifyFromDays = modifyFromDays;
        this.minDaysAhead = minDaysAhead;
        this.maxDaysAhead = maxDaysAhead;
        this.largeEventGuests = largeEventGuests;
    }

    public String cancellation() {
        return "Cancel more than " + fullRefundAfterDays + " days before your event for a full refund; "
                + partialRefundFromDays + " to " + fullRefundAfterDays + " days before, you get " + partialRefundPercent
                + "% back; closer than that, no refund. Cancellations need at least " + cancelFromDays
                + " day's notice, and changes to the date or party need " + modifyFromDays + " days.";
    }

    public String booking() {
        return "Book online from " + minDaysAhead + " to " + maxDaysAhead + " days ahead: pick a date and time, your"
                + " package and guests, and pay the deposit (or choose to pay later). Parties over " + largeEventGuests
                + " guests get a custom quote through our large-event form.";
    }

    public int modifyFromDays() {
        return modifyFromDays;
    }

    public int largeEventGuests() {
        return largeEventGuests;
    }
}
