package com.chefweb.payment.domain;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeGateway.StartedPayment;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.Refusal;

/**
 * Starts card payments for bookings. The amount is always the server's: the deposit, the full total, or the balance
 * still open. Stripe is called between two short transactions, never inside one.
 */
@Service
public class Payments {

    private static final Logger log = LoggerFactory.getLogger(Payments.class);

    private final BookingDueRepository dues;
    private final PaymentRepository payments;
    private final StripeGateway stripe;
    private final OpenIntents openIntents;
    private final CopyArrivals arrivals;
    private final TransactionTemplate transactions;

    Payments(BookingDueRepository dues, PaymentRepository payments, StripeGateway stripe, OpenIntents openIntents,
            CopyArrivals arrivals, TransactionTemplate transactions) {
        this.openIntents = openIntents;
        this.arrivals = arrivals;
        this.dues = dues;
        this.payments = payments;
        this.stripe = stripe;
        this.transactions = transactions;
    }

    public boolean cardPaymentsConfigured() {
        return stripe.configured();
    }

    /**
     * Starts (or, for the same booking, purpose and amount, returns again) a payment.
     *
     * @param purpose {@code deposit}, {@code full} or {@code balance}
     * @param clientAmountMinor what the client believed it owed; only logged when it differs
     * @throws Refusal 503 without Stripe, 404 for an unknown booking, 400 when nothing is due
     */
    public StartedBookingPayment start(UUID bookingId, String purpose, @Nullable Long clientAmountMinor) {
        if (!stripe.configured()) {
            throw Refusal.unavailable("Card payments are not configured. Please choose Pay Later.");
        }
        BookingDue known = arrivals.due(bookingId).orElseThrow(() -> Refusal.notFound("Booking not found"));
        Due due = transactions.execute(status -> dueNow(known, purpose));
        if (clientAmountMinor != null && clientAmountMinor != due.amount().minorUnits()) {
            log.warn("Client asked to pay {} for {} of booking {}; charging the server's {}", clientAmountMinor,
                    purpose, due.booking().confirmationNumber(), due.amount().minorUnits());
        }
        BookingDue booking = due.booking();
        boolean saveCard = !purpose.equals("balance");
        String customerId = booking.stripeCustomerId();
        if (saveCard && customerId == null) {
            String created = stripe.createCustomer(booking.contactEmail(), booking.contactName(), "customer:" + bookingId);
            transactions.executeWithoutResult(status -> dues.recordCustomer(bookingId, created));
            customerId = created;
        }
        StartedPayment started = stripe.createPaymentIntent(due.amount(),
                BookingCharges.description(purpose, booking.confirmationNumber()), booking.contactEmail(),
                customerId, Map.of("order_type", "booking", "booking_id", bookingId.toString(), "purpose", purpose,
                        "confirmation_number", booking.confirmationNumber()),
                saveCard,
                "booking:" + bookingId + ":" + purpose + ":" + due.amount().minorUnits());
        transactions.executeWithoutResult(status -> payments.insertIfAbsent(UUID.randomUUID(), bookingId, purpose,
                due.amount(), PaymentStatus.fromStripe(started.status()), started.paymentIntentId(),
                started.customerId()));
        openIntents.closeAllBut(bookingId, started.paymentIntentId(), null);
        return new StartedBookingPayment(bookingId, booking.confirmationNumber(), purpose, due.amount(),
                started.paymentIntentId(), started.clientSecret());
    }

    private Due dueNow(BookingDue booking, String purpose) {
        UUID bookingId = booking.bookingId();
        if (booking.cancelled()) {
            throw Refusal.rejected("This booking is cancelled");
        }
        if (payments.forBooking(bookingId).stream().anyMatch(p -> p.status().equals(PaymentStatus.PROCESSING.code()))) {
            // a bank payment can take days; a second charge meanwhile would take the money twice
            throw Refusal.conflict("A payment for this booking is still being processed; please wait for it");
        }
        Money paid = payments.paidFor(bookingId, booking.total().currency());
        Money amount = switch (purpose) {
            case "deposit" -> booking.deposit();
            case "full" -> booking.total();
            case "balance" -> booking.total().minus(paid);
            default -> throw Refusal.invalid("paymentType", "Use deposit, full or balance");
        };
        if (!purpose.equals("balance") && paid.signum() > 0) {
            throw Refusal.conflict("Part of this booking is already paid; pay the balance instead");
        }
        if (!BookingCharges.worthCharging(amount)) {
            throw Refusal.rejected("Nothing is due on this booking");
        }
        return new Due(booking, amount);
    }

    private record Due(BookingDue booking, Money amount) {
    }

    /** A payment the browser can now confirm with Stripe.js. */
    public record StartedBookingPayment(UUID bookingId, String confirmationNumber, String purpose, Money amount,
            String paymentIntentId, String clientSecret) {
    }
}
