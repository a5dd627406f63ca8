package com.chefweb.payment.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.payment.domain.BookingDueRepository.BalanceDue;
import com.chefweb.payment.events.BalanceChargeFailed;
import com.chefweb.payment.stripe.StripeGateway;
import com.chefweb.payment.stripe.StripeGateway.OffSessionCharge;
import com.chefweb.shared.money.Money;
import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.payment.events.PaymentFailed;

/**
 * Charges the balance to the card saved with the deposit when it falls due (48 hours before the event by default),
 * once: a booking with any balance payment made or tried is not charged again, and the idempotency key makes a
 * repeated run harmless. A declined card is recorded and announced for the admins, and the customer is sent a
 * payment link; so is a customer with no card saved (booked to pay later), once, when the balance falls due.
 */
@Service
public class BalanceCharges {

    private static final Logger log = LoggerFactory.getLogger(BalanceCharges.class);

    private final BookingDueRepository dues;
    private final PaymentRepository payments;
    private final StripeGateway stripe;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final PaymentLinks links;
    private final OpenIntents openIntents;
    private final Clock clock;

    BalanceCharges(BookingDueRepository dues, PaymentRepository payments, StripeGateway stripe,
            TransactionTemplate transactions, ApplicationEventPublisher events, PaymentLinks links,
            OpenIntents openIntents, Clock clock) {
        this.links = links;
        this.openIntents = openIntents;
        this.dues = dues;
        this.payments = payments;
        this.stripe = stripe;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${chefweb.stripe.balance-check-every:PT15M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "charge-due-balances")
    void scheduled() {
        if (stripe.configured()) {
            chargeDueBalances();
        }
    }

    /** @return how many balances were charged or tried */
    public int chargeDueBalances() {
        List<BalanceDue> due = transactions.execute(status -> dues.balancesDue(clock.instant()));
        int tried = 0;
        for (BalanceDue balance : due) {
            Money amount = balance.booking().total().minus(balance.paid());
            if (!BookingCharges.worthCharging(amount)) {
                continue;
            }
            try {
                if (balance.paymentMethodId() == null) {
                    remind(balance);
                    continue;
                }
                if (charge(balance, amount, balance.paymentMethodId())) {
                    tried++;
                }
            } catch (RuntimeException e) {
                // one booking's trouble (a detached card, a deleted customer) must not stop the others
                log.error("Could not charge the balance of booking {}: {}", balance.booking().confirmationNumber(),
                        e.getMessage());
            }
        }
        return tried;
    }

    /** No card to charge (booked to pay later): the customer is sent a payment link for it, once. */
    private void remind(BalanceDue balance) {
        if (balance.reminded()) {
            return;
        }
        BookingDue booking = balance.booking();
        transactions.executeWithoutResult(tx -> {
            if (dues.markReminded(booking.bookingId(), clock.instant())) {
                links.issue(booking, "balance_due", null);
                log.info("Balance of booking {} is due and no card is saved: payment link sent",
                        booking.confirmationNumber());
            }
        });
    }

    /** @return whether the card was charged (or tried); false when a payment page of the booking's may be in use */
    private boolean charge(BalanceDue balance, Money amount, String paymentMethodId) {
        BookingDue booking = balance.booking();
        // the customer may be paying the balance through a link right now: close such pages first, and when one
        // cannot be closed (it may have just been paid), wait for its webhook rather than charge the card as well
        if (!openIntents.closeAllBut(booking.bookingId(), null, null)) {
            log.info("Balance of booking {} not charged this time: a payment page of its own may be in use",
                    booking.confirmationNumber());
            return false;
        }
        OffSessionCharge charge = stripe.chargeSavedCard(amount, booking.stripeCustomerId(), paymentMethodId,
                BookingCharges.description("balance", booking.confirmationNumber()),
                Map.of("order_type", "booking", "booking_id", booking.bookingId().toString(), "purpose", "balance",
                        "confirmation_number", booking.confirmationNumber()),
                "booking:" + booking.bookingId() + ":balance-auto:" + amount.minorUnits());
        boolean declined = charge.declineReason() != null;
        // a charge Stripe accepted is processing until its webhook says succeeded (which announces it)
        PaymentStatus status = declined ? PaymentStatus.FAILED : PaymentStatus.PROCESSING;
        UUID paymentId = UUID.randomUUID();
        String intentId = charge.paymentIntentId() != null ? charge.paymentIntentId()
                : "declined:" + booking.bookingId() + ":" + amount.minorUnits();
        transactions.executeWithoutResult(tx -> {
            payments.insertIfAbsent(paymentId, booking.bookingId(), "balance", amount, status, intentId,
                    booking.stripeCustomerId());
            if (declined) {
                payments.findByIntent(intentId).ifPresent(p -> payments.updateStatus(p.id(), PaymentStatus.FAILED, 0,
                        charge.declineReason()));
                events.publishEvent(new PaymentFailed(paymentId, booking.bookingId(), PaymentPurpose.BALANCE, amount,
                        charge.declineReason()));
                events.publishEvent(new BalanceChargeFailed(booking.bookingId(), booking.confirmationNumber(), amount,
                        charge.declineReason(), booking.contactEmail()));
                links.issue(booking, "balance_declined", charge.declineReason());
            }
        });
        if (declined) {
            log.error("Balance of {} for booking {} was declined: {}. The customer must pay it; admins are alerted",
                    amount, booking.confirmationNumber(), charge.declineReason());
        } else {
            log.info("Charged the balance of {} for booking {} ({})", amount, booking.confirmationNumber(), intentId);
        }
        return true;
    }
}
