package com.chefweb.payment.domain;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeRefused;
import com.chefweb.payment.stripe.StripeUnavailable;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.shared.refusal.Refusal;

/**
 * A booking has at most one way left open to pay it: starting a card payment or a checkout page closes the others at
 * Stripe, and so do a payment succeeding and the booking being cancelled. Otherwise a customer with two tabs (a
 * deposit in one, the full amount in the other, or an old payment link) could pay twice.
 */
@Component
class OpenIntents {

    private static final Logger log = LoggerFactory.getLogger(OpenIntents.class);

    private final PaymentRepository payments;
    private final CheckoutSessionRepository sessions;
    private final StripeGateway stripe;
    private final TransactionTemplate transactions;

    OpenIntents(PaymentRepository payments, CheckoutSessionRepository sessions, StripeGateway stripe,
            TransactionTemplate transactions) {
        this.payments = payments;
        this.sessions = sessions;
        this.stripe = stripe;
        this.transactions = transactions;
    }

    /**
     * Cancels the booking's unpaid PaymentIntents and expires its open checkout pages, except the ones to keep;
     * called outside any transaction.
     *
     * @return false when something could not be closed because it may be paying right now (Stripe refused to cancel
     *     or expire it): its webhook will tell
     */
    boolean closeAllBut(UUID bookingId, @Nullable String keepIntent, @Nullable String keepSession) {
        boolean closed = true;
        List<PaymentRecord> open = transactions.execute(status -> payments.forBooking(bookingId)).stream()
                .filter(p -> p.status().equals(PaymentStatus.REQUIRES_PAYMENT.code()))
                .filter(p -> !p.paymentIntentId().equals(keepIntent))
                .toList();
        for (PaymentRecord payment : open) {
            try {
                stripe.cancelPaymentIntent(payment.paymentIntentId(), "cancel:" + payment.paymentIntentId());
                transactions.executeWithoutResult(status -> payments.updateStatus(payment.id(), PaymentStatus.CANCELED,
                        0, "Replaced or no longer needed"));
            } catch (StripeRefused | StripeUnavailable refused) {
                // already paid or processing at Stripe: its webhook will say so
                log.warn("Could not cancel PaymentIntent {}: {}", payment.paymentIntentId(), refused.getMessage());
                closed = false;
            }
        }
        for (String sessionId : transactions.execute(status -> sessions.openFor(bookingId, keepSession))) {
            try {
                stripe.expireCheckoutSession(sessionId);
            } catch (StripeRefused | StripeUnavailable refused) {
                // completed (its payment's webhook will tell) or expired already: no payment can start there now
                log.info("Checkout session {} could not be expired: {}", sessionId, refused.getMessage());
                closed = false;
            }
            transactions.executeWithoutResult(status -> sessions.close(sessionId));
        }
        return closed;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingCancelled cancelled) {
        if (stripe.configured()) {
            closeAllBut(cancelled.bookingId(), null, null);
        }
    }

    /** Once a payment went through, anything else left open would take money the booking does not owe. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PaymentSucceeded succeeded) {
        if (stripe.configured()) {
            closeAllBut(succeeded.bookingId(), null, null);
        }
    }
}
