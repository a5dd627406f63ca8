package com.chefweb.payment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.payment.domain.Checkout;
import com.chefweb.payment.domain.Payments;
import com.chefweb.payment.domain.Payments.StartedBookingPayment;
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

    PaymentController(Payments payments, Checkout checkout) {
        this.payments = payments;
        this.checkout = checkout;
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
    Map<String, Object> createIntent(@RequestBody CreateIntentRequest request,
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
            bookingId = checkout.placeBooking(request.bookingData(), idempotencyKey);
        } else if (bookingId == null) {
            throw ApiProblem.invalid("bookingId", "Give the booking to pay for, or the booking data");
        }
        StartedBookingPayment started = payments.start(bookingId, purpose, request.amount());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("clientSecret", started.clientSecret());
        body.put("client_secret", started.clientSecret());
        body.put("paymentIntentId", started.paymentIntentId());
        body.put("amount", started.amount().minorUnits());
        body.put("currency", started.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT));
        body.put("paymentType", started.purpose());
        body.put("bookingId", started.bookingId());
        body.put("confirmationNumber", started.confirmationNumber());
        return body;
    }

    /**
     * @param amount what the client computed, in cents; logged when it differs, never charged
     */
    record CreateIntentRequest(@Nullable UUID bookingId, @Nullable String paymentType, @Nullable Long amount,
            @Nullable String currency, @Nullable Map<String, Object> bookingData) {
    }
}
