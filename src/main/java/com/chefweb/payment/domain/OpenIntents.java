package com.chefweb.payment.domain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.shared.web.ApiProblem;

/**
 * A booking has at most one PaymentIntent that can still be paid: starting another cancels the rest at Stripe, and so
 * does cancelling the booking. Otherwise a customer with two tabs (a deposit in one, the full amount in the other)
 * could pay twice.
 */
@Component
class OpenIntents {

    private static final Logger log = LoggerFactory.getLogger(OpenIntents.class);

    private final PaymentRepository payments;
    private final StripeGateway stripe;
    private final TransactionTemplate transactions;

    OpenIntents(PaymentRepository payments, StripeGateway stripe, TransactionTemplate transactions) {
        this.payments = payments;
        this.stripe = stripe;
        this.transactions = transactions;
    }

    /** Cancels the booking's unpaid intents other than {@code keep}; called outside any transaction. */
    void cancelAllBut(UUID bookingId, @Nullable String keep) {
        List<PaymentRecord> open = transactions.execute(status -> payments.forBooking(bookingId)).stream()
                .filter(p -> p.status().equals(PaymentStatus.REQUIRES_PAYMENT.code()))
                .filter(p -> !p.paymentIntentId().equals(keep))
                .toList();
        for (PaymentRecord payment : open) {
            try {
                stripe.cancelPaymentIntent(payment.paymentIntentId(), "cancel:" + payment.paymentIntentId());
                transactions.executeWithoutResult(status -> payments.updateStatus(payment.id(), PaymentStatus.CANCELED,
                        0, "Replaced or no longer needed"));
            } catch (ApiProblem refused) {
                // already paid or processing at Stripe: its webhook will say so
                log.warn("Could not cancel PaymentIntent {}: {}", payment.paymentIntentId(), refused.getBody().getDetail());
            }
        }
    }

    @Async
    @TransactionalEventListener
    void on(BookingCancelled cancelled) {
        if (stripe.configured()) {
            cancelAllBut(cancelled.bookingId(), null);
        }
    }
}
