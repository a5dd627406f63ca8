package com.chefweb.notify.messages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.booking.events.BookingCancelled;
import com.chefweb.booking.events.BookingPlaced;
import com.chefweb.booking.events.ChefScheduleChanged;
import com.chefweb.booking.events.MarketplaceOrderCancelled;
import com.chefweb.booking.events.MarketplaceOrderPlaced;
import com.chefweb.booking.events.MarketplaceOrderType;
import com.chefweb.booking.events.PaymentOption;
import com.chefweb.booking.events.PaymentPurpose;
import com.chefweb.chefs.events.ChefProfileChanged;
import com.chefweb.chefs.events.WaitlistSubscribed;
import com.chefweb.crm.events.MessageSent;
import com.chefweb.identity.events.EmailConfirmationRequested;
import com.chefweb.identity.events.MarketplaceProfileSaved;
import com.chefweb.identity.events.PasswordResetRequested;
import com.chefweb.identity.events.SignUpConfirmationRequested;
import com.chefweb.identity.events.SignUpTriedForExistingAccount;
import com.chefweb.notify.outbox.OutgoingMessage;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.payment.events.BalanceChargeFailed;
import com.chefweb.payment.events.DisputeOpened;
import com.chefweb.payment.events.MarketplaceOrderPaid;
import com.chefweb.payment.events.MarketplaceOrderRefunded;
import com.chefweb.payment.events.PaymentLinkIssued;
import com.chefweb.payment.events.PaymentSucceeded;
import com.chefweb.payment.events.RefundIssued;
import com.chefweb.shared.money.Money;

/**
 * Every message the service writes, rendered with sample data for the admins' preview. Nothing here writes a
 * message of its own: each preview plays sample facts to the very listeners that write the real message (called
 * directly, without their asynchronous delivery), in a transaction that is always rolled back, and shows what they
 * queued. So a preview can never differ from what a customer would receive, and nothing is kept or sent.
 */
@Component
public class TemplatePreviews {

    private static final ZoneId BAY = ZoneId.of("America/Los_Angeles");

    /** @param channel {@code email} or {@code sms} */
    public record Template(String name, String channel, String description) {
    }

    public record Preview(String name, String channel, String recipient, String subject, String text, String html) {
    }

    /** @param play writes the message from sample facts, and answers the start of the cause it is queued under */
    private record Scenario(Template template, Function<Sample, String> play) {
    }

    private final Map<String, Scenario> scenarios = new LinkedHashMap<>();
    private final BookingEmails bookingEmails;
    private final BookingTexts bookingTexts;
    private final PaymentEmails paymentEmails;
    private final MarketplaceCopies copies;
    private final MarketplaceOrderEmails orderEmails;
    private final WaitlistEmails waitlistEmails;
    private final MessageEmails messageEmails;
    private final AccountEmails accountEmails;
    private final Reminders reminders;
    private final BookingFactsRepository bookings;
    private final MarketplaceFactsRepository marketplace;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TemplatePreviews(BookingEmails bookingEmails, BookingTexts bookingTexts, PaymentEmails paymentEmails,
            MarketplaceCopies copies, MarketplaceOrderEmails orderEmails, WaitlistEmails waitlistEmails,
            MessageEmails messageEmails, AccountEmails accountEmails, Reminders reminders,
            BookingFactsRepository bookings, MarketplaceFactsRepository marketplace, Outbox outbox,
            TransactionTemplate transactions, Clock clock) {
        // the listeners themselves, not the proxies that deliver events to them asynchronously in their own
        // transactions: a preview must run inside the one transaction it rolls back
        this.bookingEmails = unwrapped(bookingEmails);
        this.bookingTexts = unwrapped(bookingTexts);
        this.paymentEmails = unwrapped(paymentEmails);
        this.copies = unwrapped(copies);
        this.orderEmails = unwrapped(orderEmails);
        this.waitlistEmails = unwrapped(waitlistEmails);
        this.messageEmails = unwrapped(messageEmails);
        this.accountEmails = unwrapped(accountEmails);
        this.reminders = unwrapped(reminders);
        this.bookings = bookings;
        this.marketplace = marketplace;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        describeStorefront();
        describeMarketplace();
    }

    public List<Template> templates() {
        return scenarios.values().stream().map(Scenario::template).toList();
    }

    /**
     * @return the message as it would be written; empty for an unknown template, or one that settings leave without
     *     a recipient (an admin alert while no admin email is configured)
     */
    public Optional<Optional<Preview>> render(String name) {
        Scenario scenario = scenarios.get(name);
        if (scenario == null) {
            return Optional.empty();
        }
        return Optional.of(transactions.execute(status -> {
            status.setRollbackOnly();
            String cause = scenario.play().apply(new Sample(clock.instant()));
            return outbox.queuedFor(cause).stream().filter(message -> message.cause().startsWith(cause))
                    .findFirst().map(message -> preview(name, message));
        }));
    }

    private static Preview preview(String name, OutgoingMessage message) {
        return new Preview(name, message.channel().code(), message.recipient(), message.subject(), message.text(),
                message.html());
    }

    private void email(String name, String description, Function<Sample, String> play) {
        scenarios.put(name, new Scenario(new Template(name, "email", description), play));
    }

    private void text(String name, String description, Function<Sample, String> play) {
        scenarios.put(name, new Scenario(new Template(name, "sms", description), play));
    }

    private void describeStorefront() {
        email("new-booking-alert", "To the admins: a new booking, allergies first", sample -> {
            placeBooking(sample);
            return "booking-placed:" + sample.bookingId;
        });
        email("payment-receipt", "To the customer: a payment received (the first confirms the party)", sample -> {
            placeBooking(sample);
            bookingEmails.on(sample.deposit());
            return "payment-receipt:" + sample.paymentId;
        });
        text("booking-confirmed-sms", "Text to a customer who agreed to texts: the party is confirmed", sample -> {
            placeBooking(sample);
            bookingTexts.on(sample.deposit());
            return "booking-confirmed-sms:" + sample.bookingId;
        });
        email("booking-cancelled", "To the customer: the booking is cancelled, and what is refunded", sample -> {
            placeBooking(sample);
            bookingEmails.on(new BookingCancelled(sample.bookingId, Sample.CONFIRMATION, "change_of_plans",
                    usd(28_300), 100, Sample.CUSTOMER_EMAIL));
            return "booking-cancelled:" + sample.bookingId;
        });
        email("refund-issued", "To the customer: a refund is on its way", sample -> {
            placeBooking(sample);
            bookingEmails.on(new RefundIssued(sample.paymentId, sample.bookingId, PaymentPurpose.DEPOSIT,
                    usd(28_300), usd(28_300), true));
            return "refund:" + sample.paymentId;
        });
        email("payment-link", "To the customer: a secure link to pay", sample -> {
            paymentEmails.on(new PaymentLinkIssued(sample.bookingId, Sample.CONFIRMATION, Sample.CUSTOMER_NAME,
                    Sample.CUSTOMER_EMAIL, sample.start, BAY.getId(), "pay_later", usd(113_100), usd(113_100),
                    "https://pay.example.com/l/sample", null, null, sample.now));
            return "payment-link:" + sample.bookingId;
        });
        email("balance-declined-alert", "To the admins: the balance could not be charged", sample -> {
            paymentEmails.on(new BalanceChargeFailed(sample.bookingId, Sample.CONFIRMATION, usd(84_800),
                    "Your card was declined.", Sample.CUSTOMER_EMAIL));
            return "balance-declined:" + sample.bookingId;
        });
        email("dispute-alert", "To the admins: a customer's bank disputed a payment", sample -> {
            placeBooking(sample);
            paymentEmails.on(new DisputeOpened(sample.paymentId, sample.bookingId, usd(28_300), "fraudulent"));
            return "dispute:" + sample.paymentId;
        });
        email("event-reminder", "To the customer, the day before: the party is tomorrow", sample -> {
            reminders.remindOfParty(placeBooking(sample));
            return "event-reminder:" + sample.bookingId;
        });
        text("event-reminder-sms", "Text the day before: the party is tomorrow", sample -> {
            reminders.remindOfParty(placeBooking(sample));
            return "event-reminder-sms:" + sample.bookingId;
        });
        email("balance-reminder", "To the customer, days before: the balance is due", sample -> {
            reminders.remindOfBalance(placeBooking(sample), usd(84_800));
            return "balance-reminder:" + sample.bookingId;
        });
        text("balance-reminder-sms", "Text days before: the balance is due", sample -> {
            reminders.remindOfBalance(placeBooking(sample), usd(84_800));
            return "balance-reminder-sms:" + sample.bookingId;
        });
    }

    private void describeMarketplace() {
        email("order-receipt", "To the customer: a marketplace order is paid", sample -> {
            placeOrder(sample);
            orderEmails.on(sample.orderPaid());
            return "order-receipt:" + sample.orderId;
        });
        email("new-order-alert", "To the chef: a new paid order, the customer's allergies first", sample -> {
            placeOrder(sample);
            orderEmails.on(sample.orderPaid());
            return "order-alert:" + sample.orderId;
        });
        email("order-cancelled", "To the customer: the order is cancelled", sample -> {
            placeOrder(sample);
            orderEmails.on(sample.orderCancelled());
            return "order-cancelled:" + sample.orderId;
        });
        email("order-cancelled-chef", "To the chef: an order is cancelled", sample -> {
            placeOrder(sample);
            orderEmails.on(sample.orderCancelled());
            return "order-cancelled-chef:" + sample.orderId;
        });
        email("order-refunded", "To the customer: the order's refund is on its way", sample -> {
            placeOrder(sample);
            orderEmails.on(new MarketplaceOrderRefunded(sample.orderId, MarketplaceOrderType.CHEF_MEAL,
                    sample.chefUserId, usd(3_600), sample.now));
            return "order-refunded:" + sample.orderId;
        });
        email("order-reminder", "To the customer, the day before: the chef serves the order tomorrow", sample -> {
            placeOrder(sample);
            reminders.remindOfOrder(marketplace.order(sample.orderId).orElseThrow(),
                    marketplace.person(sample.customerUserId).orElseThrow());
            return "order-reminder:" + sample.orderId;
        });
        email("waitlist-new-event", "To a waitlist subscriber: the chef opened a new meal share", sample -> {
            placeOrder(sample);
            waitlistEmails.on(new WaitlistSubscribed(sample.chefId, sample.chefUserId, sample.customerUserId,
                    sample.now));
            waitlistEmails.on(new ChefScheduleChanged(sample.chefUserId, "meal_event", sample.eventId,
                    "Dumplings night", sample.start, "open", 0, null, sample.now));
            return "waitlist-event:" + sample.eventId + ":";
        });
        email("new-message", "To a customer or chef: the first message they have not read", sample -> {
            messageEmails.on(new MessageSent(sample.messageId, sample.messageId, sample.chefUserId,
                    sample.customerUserId, true, sample.customerUserId, Sample.CUSTOMER_EMAIL, Sample.CUSTOMER_NAME,
                    Sample.CHEF_NAME, "Hi Dana! Friday works for me. Any allergies I should know about?", true, null,
                    null, sample.now));
            return "message:" + sample.messageId;
        });
        email("password-reset", "To an account holder: a link to choose a new password", sample -> {
            accountEmails.on(new PasswordResetRequested(sample.customerUserId, Sample.CUSTOMER_EMAIL, "dana_family",
                    "https://example.com/auth/reset-password?uid=1&token=sample", sample.now.plus(Duration.ofHours(1)),
                    sample.now));
            return "password-reset:" + sample.customerUserId;
        });
        email("email-confirmation", "To a new account holder: confirm the email address", sample -> {
            accountEmails.on(new EmailConfirmationRequested(sample.customerUserId, Sample.CUSTOMER_EMAIL,
                    "dana_family", "https://example.com/auth/api/register/verify-email/?uid=1&token=sample",
                    sample.now));
            return "email-confirmation:" + sample.customerUserId;
        });
        email("sign-up-confirmation", "To someone signing up on the storefront: the link that opens the account",
                sample -> {
                    accountEmails.on(new SignUpConfirmationRequested(sample.customerUserId, Sample.CUSTOMER_EMAIL,
                            Sample.CUSTOMER_NAME, "https://example.com/auth/finish-sign-up?token=sample",
                            sample.now.plus(Duration.ofDays(1)), sample.now));
                    return "sign-up:";
                });
        email("sign-up-existing-account", "To an account holder: someone signed up with their address", sample -> {
            accountEmails.on(new SignUpTriedForExistingAccount(sample.customerUserId, Sample.CUSTOMER_EMAIL,
                    Sample.CUSTOMER_NAME, sample.now));
            return "sign-up-tried:" + sample.customerUserId;
        });
    }

    /** A storefront booking as booking announces it; its copy is what later messages read. */
    private BookingFacts placeBooking(Sample sample) {
        bookingEmails.on(new BookingPlaced(sample.bookingId, Sample.CONFIRMATION, Sample.CUSTOMER_NAME,
                Sample.CUSTOMER_EMAIL, "(510) 555-0199", sample.start, BAY.getId(), "signature", 14, usd(113_100),
                usd(28_300), sample.start.minus(Duration.ofHours(48)), PaymentOption.DEPOSIT, true,
                "Shellfish (severe)", true, null));
        return bookings.find(sample.bookingId).orElseThrow();
    }

    /** A customer, a chef and an order for a meal share, as identity, chefs and booking announce them. */
    private void placeOrder(Sample sample) {
        copies.on(new MarketplaceProfileSaved(sample.customerUserId, sample.eventId, "dana_family",
                Sample.CUSTOMER_EMAIL, true, sample.now, Sample.CUSTOMER_NAME, 3, List.of("Peanuts", "Sesame"),
                List.of("Vegetarian")));
        copies.on(new MarketplaceProfileSaved(sample.chefUserId, sample.chefId, "chef_marisol",
                "marisol@example.com", true, sample.now, "Marisol Vega", 0, List.of(), List.of()));
        copies.on(new ChefProfileChanged(sample.chefId, sample.chefUserId, "chef_marisol", Sample.CHEF_NAME,
                BAY.getId(), "USD", true, true, false, true, null, true, 3, List.of("94103"), sample.now));
        copies.on(new MarketplaceOrderPlaced(sample.orderId, 1042, sample.eventId, MarketplaceOrderType.CHEF_MEAL,
                sample.chefUserId, sample.customerUserId, Sample.CUSTOMER_EMAIL, "Dumplings night – 2 servings",
                usd(3_600), sample.start, BAY.getId(), sample.now));
    }

    private static Money usd(long cents) {
        return Money.ofMinor(cents, "USD");
    }

    @SuppressWarnings("unchecked")
    private static <T> T unwrapped(T bean) {
        Object target = AopProxyUtils.getSingletonTarget(bean);
        return target == null ? bean : (T) target;
    }

    /** Fresh ids for each preview, negative where the real ones are positive, so nothing real is ever touched. */
    private static final class Sample {

        static final String CONFIRMATION = "CHEF-2027-0042";
        static final String CUSTOMER_NAME = "Dana Lee";
        static final String CUSTOMER_EMAIL = "dana@example.com";
        static final String CHEF_NAME = "Chef Marisol";

        final Instant now;
        final Instant start;
        final UUID bookingId = UUID.randomUUID();
        final UUID paymentId = UUID.randomUUID();
        final UUID orderId = UUID.randomUUID();
        final UUID customerUserId = UUID.randomUUID();
        final UUID chefUserId = UUID.randomUUID();
        final long chefId = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        final long eventId = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        final long messageId = -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);

        Sample(Instant now) {
            this.now = now;
            this.start = now.atZone(BAY).toLocalDate().plusDays(20).atTime(LocalTime.of(18, 0)).atZone(BAY)
                    .toInstant();
        }

        PaymentSucceeded deposit() {
            return new PaymentSucceeded(paymentId, bookingId, PaymentPurpose.DEPOSIT, usd(28_300), false, now);
        }

        MarketplaceOrderPaid orderPaid() {
            return new MarketplaceOrderPaid(orderId, MarketplaceOrderType.CHEF_MEAL, chefUserId, customerUserId,
                    usd(3_600), usd(360), now);
        }

        MarketplaceOrderCancelled orderCancelled() {
            return new MarketplaceOrderCancelled(orderId, MarketplaceOrderType.CHEF_MEAL, chefUserId, customerUserId,
                    "Plans changed", now);
        }
    }
}
