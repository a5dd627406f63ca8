package com.chefweb.payment.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.money.Money;

/**
 * A customer is to be sent a link to pay for their booking: it was booked to pay later, its balance fell due with no
 * card saved, the saved card was declined, or an admin asked for it. The link lasts; it opens a fresh Stripe
 * checkout for whatever is due when it is followed.
 *
 * @param reason {@code pay_later}, {@code balance_due}, {@code balance_declined} or {@code requested}
 * @param payInFullUrl the same link paying the whole total at once, when that is a choice (nothing paid yet)
 * @param declineReason the card's decline message, for {@code balance_declined}
 * @param timeZone the venue's zone, for writing the event's date
 * @param issuedAt when the link was issued: with the booking and reason, what makes this issue distinct
 */
public record PaymentLinkIssued(UUID bookingId, String confirmationNumber, String contactName, String contactEmail,
        Instant eventStart, @Nullable String timeZone, String reason, Money amountDue, Money total, String url,
        @Nullable String payInFullUrl, @Nullable String declineReason, Instant issuedAt) {
}
