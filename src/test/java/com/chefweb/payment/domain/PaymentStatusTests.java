package com.chefweb.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Stripe's events arrive twice and out of order; a payment's status only ever moves forward. */
class PaymentStatusTests {

    @Test
    void aFailedAttemptMaySucceedLaterButASuccessNeverFails() {
        assertThat(PaymentStatus.FAILED.mayMoveTo(PaymentStatus.SUCCEEDED)).isTrue();
        assertThat(PaymentStatus.SUCCEEDED.mayMoveTo(PaymentStatus.FAILED)).isFalse();
        assertThat(PaymentStatus.PROCESSING.mayMoveTo(PaymentStatus.SUCCEEDED)).isTrue();
        assertThat(PaymentStatus.SUCCEEDED.mayMoveTo(PaymentStatus.PROCESSING)).as("a late processing event").isFalse();
    }

    @Test
    void aRefundedPaymentNeverBecomesPaidAgain() {
        assertThat(PaymentStatus.REFUNDED.mayMoveTo(PaymentStatus.SUCCEEDED)).isFalse();
        assertThat(PaymentStatus.REFUNDED.mayMoveTo(PaymentStatus.PARTIALLY_REFUNDED)).isFalse();
        assertThat(PaymentStatus.PARTIALLY_REFUNDED.mayMoveTo(PaymentStatus.SUCCEEDED)).isFalse();
        assertThat(PaymentStatus.PARTIALLY_REFUNDED.mayMoveTo(PaymentStatus.PARTIALLY_REFUNDED))
                .as("a second partial refund").isTrue();
        assertThat(PaymentStatus.PARTIALLY_REFUNDED.mayMoveTo(PaymentStatus.REFUNDED)).isTrue();
    }

    @Test
    void aCancelledIntentStaysCancelledAndTheSameStatusTwiceIsNoMove() {
        assertThat(PaymentStatus.CANCELED.mayMoveTo(PaymentStatus.SUCCEEDED)).isFalse();
        assertThat(PaymentStatus.SUCCEEDED.mayMoveTo(PaymentStatus.SUCCEEDED)).isFalse();
    }

    @Test
    void onlyMoneyThatArrivedCountsAsPaid() {
        assertThat(PaymentStatus.SUCCEEDED.counts()).isTrue();
        assertThat(PaymentStatus.PARTIALLY_REFUNDED.counts()).isTrue();
        assertThat(PaymentStatus.PROCESSING.counts()).isFalse();
        assertThat(PaymentStatus.FAILED.counts()).isFalse();
    }
}
