package com.chefweb.payment.web;

import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.annotation.JsonProperty;

import com.chefweb.booking.events.BookingForm;
import com.chefweb.payment.domain.Checkout;
import com.chefweb.payment.domain.Payments;
import com.chefweb.payment.domain.Payments.StartedBookingPayment;
import com.chefweb.payment.domain.Refunds;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

@RestController
@RequestMapping("/api/payments")
@Tag(name = "Payments", description = "Card payments through Stripe, priced by the server")
class PaymentController {

    private final Payments payments;
    private final Checkout checkout;
    private final Refunds refunds;

    PaymentController(Payments payments, Checkout checkout, Refunds refunds) {
        this.payments = payments;
        this.checkout = checkout;
        this.refunds = refunds;
    }

    /**
     * Either {@code {bookingId, paymentType}} for an existing booking, or the storefront's
     * {@code {amount, currency, paymentType, bookingData}}, which places the booking first. The client's amount is
     * never charged: the server computes it.
     */
    @PostMapping("/create-intent")
    @Access(Level.PUBLIC)
    @RateLimited("booking-create")
    @Operation(summary = "Start a card payment (deposit, full or balance) and get the client secret for Stripe.js")
    StartedIntent createIntent(@RequestBody CreateIntentRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        if (!payments.cardPaymentsConfigured()) {
            throw ApiProblem.unavailable("Card payments are not configured. Please choose Pay Later.");
        }
        String purpose = request.paymentType() == null ? "deposit" : request.paymentType().strip().toLowerCase(Locale.ROOT);
        if (!purpose.matches("deposit|full|balance")) {
            throw ApiProblem.invalid("paymentType", "Use deposit, full or balance");
        }
        UUID bookingId = request.bookingId();
        if (request.bookingData() != null) {
            bookingId = checkout.placeBooking(request.bookingData(), idempotencyKey).bookingId();
        } else if (bookingId == null) {
            throw ApiProblem.invalid("bookingId", "Give the booking to pay for, or the booking data");
        }
        return StartedIntent.of(payments.start(bookingId, purpose, request.amount()));
    }

    @PostMapping("/refund")
    @Access(Level.ADMIN)
    @Operation(summary = "Refund all or part of a payment, with a reason; the same request refunds once")
    IssuedRefund refund(@RequestBody RefundRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        if (request.paymentIntentId() == null || request.paymentIntentId().isBlank()) {
            throw ApiProblem.invalid("paymentIntentId", "Give the payment to refund");
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 500) {
            throw ApiProblem.invalid("reason", "Say why, in up to 500 characters");
        }
        var outcome = refunds.refund(request.paymentIntentId().strip(), request.amount(), request.reason().strip(),
                idempotencyKey);
        return new IssuedRefund(outcome.refundId(), outcome.status(), outcome.amountMinor(), outcome.paymentIntentId());
    }

    /**
     * A payment Stripe.js can now confirm in the browser ({@code client_secret} repeats {@code clientSecret} for
     * older pages).
     *
     * @param amount what the server charges, in minor units, whatever the client computed
     * @param paymentType {@code deposit}, {@code full} or {@code balance}
     */
    record StartedIntent(String clientSecret, @JsonProperty("client_secret") String clientSecretSnake,
            String paymentIntentId, long amount, String currency, String paymentType, UUID bookingId,
            String confirmationNumber) {

        static StartedIntent of(StartedBookingPayment started) {
            return new StartedIntent(started.clientSecret(), started.clientSecret(), started.paymentIntentId(),
                    started.amount().minorUnits(), started.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                    started.purpose(), started.bookingId(), started.confirmationNumber());
        }
    }

    /** @param amount refunded, in cents */
    record IssuedRefund(String refundId, String status, long amount, String paymentIntentId) {
    }

    /**
     * @param amount in cents; omitted for everything still refundable
     */
    record RefundRequest(@Nullable String paymentIntentId, @Nullable Long amount, @Nullable String reason) {
    }

    /**
     * @param amount what the client computed, in cents; logged when it differs, never charged
     */
    record CreateIntentRequest(@Nullable UUID bookingId, @Nullable String paymentType, @Nullable Long amount,
            @Nullable String currency, @Nullable BookingForm bookingData) {
    }
}
