package com.chefweb.payment.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.payment.events.PaymentLinkIssued;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeGateway.CheckoutPage;
import com.chefweb.payment.stripe.StripeGateway.HostedCheckout;
import com.chefweb.shared.crypto.MessageSigner;
import com.chefweb.shared.money.Money;
import com.chefweb.shared.refusal.Refusal;

/**
 * Payment links: a lasting, signed link of ours that, when followed, sends the customer to a Stripe Checkout page
 * for whatever the booking owes at that moment (the deposit, the total, or the balance left). A link in an old
 * email therefore never charges a stale amount, and never pays a cancelled or already paid booking.
 */
@Service
@EnableConfigurationProperties(PaymentLinkSettings.class)
public class PaymentLinks {

    private static final Logger log = LoggerFactory.getLogger(PaymentLinks.class);
    /** A session closer than this to expiring is not handed out: the customer needs time to pay. */
    private static final Duration TIME_TO_PAY = Duration.ofMinutes(30);

    private final BookingDueRepository dues;
    private final PaymentRepository payments;
    private final CheckoutSessionRepository sessions;
    private final OpenIntents openIntents;
    private final StripeGateway stripe;
    private final PaymentLinkSettings settings;
    private final MessageSigner signer;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PaymentLinks(BookingDueRepository dues, PaymentRepository payments, CheckoutSessionRepository sessions,
            OpenIntents openIntents, StripeGateway stripe, PaymentLinkSettings settings,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.dues = dues;
        this.payments = payments;
        this.sessions = sessions;
        this.openIntents = openIntents;
        this.stripe = stripe;
        this.settings = settings;
        this.signer = MessageSigner.fromSecret(settings.secret(), "CHEFWEB_PAYMENT_LINK_SECRET", "payment links");
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The booking's payment link: {@code <public base>/api/payments/link/<booking id>.<signature>}. */
    public String urlFor(UUID bookingId) {
        return settings.publicBaseUrl() + "/api/payments/link/" + bookingId + "." + signer.sign("pay:" + bookingId);
    }

    /**
     * Announces a link for the customer (the notifications module emails it), in the caller's transaction.
     *
     * @param reason {@code pay_later}, {@code balance_due}, {@code balance_declined} or {@code requested}
     */
    void issue(BookingDue booking, String reason, @Nullable String declineReason) {
        Money paid = payments.paidFor(booking.bookingId(), booking.total().currency());
        Instant now = clock.instant();
        Due due = dueNow(booking, paid, null, now);
        String url = urlFor(booking.bookingId());
        events.publishEvent(new PaymentLinkIssued(booking.bookingId(), booking.confirmationNumber(),
                booking.contactName(), booking.contactEmail(), booking.eventStart(), booking.timeZone(), reason,
                due.amount(), booking.total(), url, paid.signum() == 0 ? url + "?option=full" : null, declineReason,
                now));
    }

    /**
     * Sends the customer a new link on an admin's request.
     *
     * @throws Refusal 404 for an unknown booking, 400 when it is cancelled or nothing is due, 503 without Stripe
     */
    @Transactional
    public String issueOnRequest(UUID bookingId) {
        if (!stripe.configured()) {
            throw Refusal.unavailable("Card payments are not configured, so a payment link could not be paid");
        }
        BookingDue booking = dues.find(bookingId).orElseThrow(() -> Refusal.notFound("Booking not found"));
        if (booking.cancelled()) {
            throw Refusal.rejected("This booking is cancelled");
        }
        Money paid = payments.paidFor(bookingId, booking.total().currency());
        if (!BookingCharges.worthCharging(booking.total().minus(paid))) {
            throw Refusal.rejected("Nothing is due on this booking");
        }
        issue(booking, "requested", null);
        return urlFor(bookingId);
    }

    /**
     * Follows a link: where to send the customer, or what to tell them when there is nothing to pay.
     *
     * @param option {@code full} to pay the whole total when nothing is paid yet; otherwise what is due now
     * @throws Refusal 404 for a link that is not ours
     */
    public Visit follow(String token, @Nullable String option) {
        UUID bookingId = verified(token).orElseThrow(() -> Refusal.notFound("This payment link is not valid"));
        if (!stripe.configured()) {
            return Visit.message(503, "Online payment is not available right now. Please contact us to pay.");
        }
        Instant now = clock.instant();
        Opening opening = transactions.execute(status -> open(bookingId, option, now));
        if (opening.visit() != null) {
            return opening.visit();
        }
        BookingDue booking = opening.booking();
        Due due = opening.due();
        boolean saveCard = !due.purpose().equals("balance");
        String customerId = booking.stripeCustomerId();
        if (saveCard && customerId == null) {
            String created = stripe.createCustomer(booking.contactEmail(), booking.contactName(), "customer:" + bookingId);
            transactions.executeWithoutResult(status -> dues.recordCustomer(bookingId, created));
            customerId = created;
        }
        // two clicks at once get the same page (same key); once a page is recorded the count moves on, so a page
        // closed since is never replayed. The hour keeps the expiry, and so the request, identical for one key.
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        Instant expiresAt = hour.plus(settings.checkoutLifetime());
        int earlierPages = transactions.execute(status -> sessions.countFor(bookingId));
        HostedCheckout checkout = stripe.createCheckoutSession(new CheckoutPage(due.amount(),
                BookingCharges.description(due.purpose(), booking.confirmationNumber()), bookingId.toString(),
                customerId, booking.contactEmail(), Map.of("order_type", "booking", "booking_id", bookingId.toString(),
                        "purpose", due.purpose(), "confirmation_number", booking.confirmationNumber()),
                saveCard, settings.successUrl(), settings.cancelUrl(), expiresAt, null),
                "booking:" + bookingId + ":link:" + due.purpose() + ":" + due.amount().minorUnits() + ":"
                        + earlierPages + ":" + hour.getEpochSecond());
        transactions.executeWithoutResult(status -> sessions.insertIfAbsent(checkout.sessionId(), bookingId,
                due.purpose(), due.amount(), checkout.url(), checkout.expiresAt()));
        // a page for another amount, or a card form opened on the booking page, must not take a second payment
        openIntents.closeAllBut(bookingId, null, checkout.sessionId());
        log.info("Payment link for booking {} opened a checkout for the {} of {}", booking.confirmationNumber(),
                due.purpose(), due.amount());
        return Visit.redirect(checkout.url());
    }

    private Opening open(UUID bookingId, @Nullable String option, Instant now) {
        Optional<BookingDue> found = dues.find(bookingId);
        if (found.isEmpty()) {
            throw Refusal.notFound("This payment link is not valid");
        }
        BookingDue booking = found.get();
        if (booking.cancelled()) {
            return Opening.answer(Visit.message(410, "Booking " + booking.confirmationNumber()
                    + " was cancelled, so there is nothing to pay."));
        }
        if (payments.forBooking(bookingId).stream().anyMatch(p -> p.status().equals(PaymentStatus.PROCESSING.code()))) {
            return Opening.answer(Visit.message(409, "A payment for booking " + booking.confirmationNumber()
                    + " is being processed. We will email you when it completes."));
        }
        Money paid = payments.paidFor(bookingId, booking.total().currency());
        Due due = dueNow(booking, paid, option, now);
        if (!BookingCharges.worthCharging(due.amount())) {
            return Opening.answer(Visit.message(200, "Booking " + booking.confirmationNumber()
                    + " is paid in full. Thank you!"));
        }
        return sessions.reusableUrl(bookingId, due.purpose(), due.amount(), now.plus(TIME_TO_PAY))
                .map(url -> Opening.answer(Visit.redirect(url)))
                .orElseGet(() -> new Opening(null, booking, due));
    }

    /**
     * What the link charges now: once something is paid, the balance; with nothing paid, the total when asked for
     * or once the balance is due anyway, otherwise the deposit.
     */
    static Due dueNow(BookingDue booking, Money paid, @Nullable String option, Instant now) {
        if (paid.signum() > 0) {
            return new Due("balance", booking.total().minus(paid));
        }
        boolean balanceDue = booking.balanceDueAt() != null && !now.isBefore(booking.balanceDueAt());
        if ("full".equals(option) || balanceDue || booking.deposit().compareTo(booking.total()) >= 0) {
            return new Due("full", booking.total());
        }
        return new Due("deposit", booking.deposit());
    }

    private Optional<UUID> verified(String token) {
        int dot = token.indexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        try {
            UUID bookingId = UUID.fromString(token.substring(0, dot));
            return signer.verify("pay:" + bookingId, token.substring(dot + 1)) ? Optional.of(bookingId)
                    : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    record Due(String purpose, Money amount) {
    }

    /** Either an answer already (a page to show, a session to reuse), or the booking and amount to open one for. */
    private record Opening(@Nullable Visit visit, @Nullable BookingDue booking, @Nullable Due due) {

        static Opening answer(Visit visit) {
            return new Opening(visit, null, null);
        }
    }

    /**
     * Where a followed link leads.
     *
     * @param redirectTo the Stripe Checkout page, or null when there is only a message
     * @param status the HTTP status for the message
     */
    public record Visit(@Nullable String redirectTo, int status, @Nullable String message) {

        static Visit redirect(String url) {
            return new Visit(url, 303, null);
        }

        static Visit message(int status, String message) {
            return new Visit(null, status, message);
        }
    }
}
