package com.chefweb.notify.messages;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.EmailSettings;
import com.chefweb.payment.events.BalanceChargeFailed;
import com.chefweb.payment.events.MarketplaceOrderDisputed;
import com.chefweb.payment.events.PaymentLinkIssued;
import com.chefweb.payment.events.DisputeOpened;

/** Emails about paying: payment links to customers, and alerts to admins when a payment needs a person. */
@Component
class PaymentEmails {

    private static final Logger log = LoggerFactory.getLogger(PaymentEmails.class);

    private final Outbox outbox;
    private final BookingFactsRepository bookings;
    private final String sender;

    PaymentEmails(Outbox outbox, BookingFactsRepository bookings, EmailSettings settings) {
        this.outbox = outbox;
        this.bookings = bookings;
        this.sender = settings.fromName();
    }

    @ApplicationModuleListener
    void on(PaymentLinkIssued link) {
        String party = Letter.when(link.eventStart(), link.timeZone());
        Letter letter = Letter.to(link.contactName()).paragraph(switch (link.reason()) {
            case "pay_later" -> "Thank you for your booking. Your party on " + party
                    + " is reserved; pay whenever you are ready with the secure link below.";
            case "balance_due" -> "The balance for your party on " + party + " is now due. Please pay it with the "
                    + "secure link below.";
            case "balance_declined" -> "We could not charge the balance for your party on " + party + " to the card "
                    + "you paid the deposit with" + (link.declineReason() == null ? "" : " (" + link.declineReason() + ")")
                    + ". Please pay it with the secure link below.";
            default -> "Here is the secure link to pay for your party on " + party + ".";
        })
                .fact("Booking", link.confirmationNumber())
                .fact("Due now", Letter.money(link.amountDue()))
                .fact("Booking total", Letter.money(link.total()))
                .action("Pay " + Letter.money(link.amountDue()), link.url());
        if (link.payInFullUrl() != null && !link.amountDue().equals(link.total())) {
            letter.action("Or pay the full " + Letter.money(link.total()), link.payInFullUrl());
        }
        letter.paragraph("The link always asks for what is due at the time you use it, and stops asking once "
                + "your booking is paid.").signedBy(sender);
        String subject = switch (link.reason()) {
            case "balance_declined" -> "Action needed: balance for booking " + link.confirmationNumber();
            case "balance_due" -> "Your balance is due: booking " + link.confirmationNumber();
            default -> "Pay for your booking " + link.confirmationNumber();
        };
        // each reason comes once per booking, however often its event is delivered; only an admin's request repeats
        String cause = "payment-link:" + link.bookingId() + ":" + link.reason()
                + (link.reason().equals("requested") ? ":" + link.issuedAt().toEpochMilli() : "");
        outbox.queue(new EmailDraft(cause, "payment-link", link.contactEmail(), subject, letter.text(), letter.html()));
    }

    @ApplicationModuleListener
    void on(BalanceChargeFailed failed) {
        alertAdmins("balance-declined:" + failed.bookingId() + ":" + failed.balance().minorUnits(),
                "balance-declined-alert", "Balance declined for booking " + failed.confirmationNumber(),
                Letter.alert()
                        .paragraph("The balance of " + Letter.money(failed.balance()) + " for booking "
                                + failed.confirmationNumber() + " could not be charged to the saved card: "
                                + failed.reason() + ".")
                        .paragraph("The customer (" + failed.contactEmail() + ") has been sent a payment link. "
                                + "Follow up if it is still unpaid before the event.")
                        .signedBy(sender));
    }

    @ApplicationModuleListener
    void on(DisputeOpened dispute) {
        String booking = bookings.find(dispute.bookingId()).map(BookingFacts::confirmationNumber)
                .orElse(dispute.bookingId().toString());
        alertAdmins("dispute:" + dispute.paymentId(), "dispute-alert",
                "Payment disputed: " + Letter.money(dispute.amount()),
                Letter.alert()
                        .paragraph("A customer's bank disputed a payment of " + Letter.money(dispute.amount())
                                + " (reason: " + dispute.reason() + ") for booking " + booking + ".")
                        .paragraph("Respond in the Stripe dashboard before the deadline, or the money is lost.")
                        .signedBy(sender));
    }

    @ApplicationModuleListener
    void on(MarketplaceOrderDisputed dispute) {
        alertAdmins("order-dispute:" + dispute.orderId(), "dispute-alert",
                "Marketplace payment disputed: " + Letter.money(dispute.amount()),
                Letter.alert()
                        .paragraph("A customer's bank disputed the payment of " + Letter.money(dispute.amount())
                                + " (reason: " + dispute.reason() + ") for " + dispute.orderType().code().replace('_', ' ')
                                + " order " + dispute.orderId() + " of chef " + dispute.chefId() + ".")
                        .paragraph("The platform answers for marketplace charges: respond in the Stripe dashboard "
                                + "before the deadline.")
                        .signedBy(sender));
    }

    private void alertAdmins(String cause, String kind, String subject, Letter letter) {
        if (outbox.adminRecipients().isEmpty()) {
            log.warn("No admin email configured (CHEFWEB_NOTIFY_ADMIN_EMAILS); alert not emailed: {}", subject);
            return;
        }
        for (String admin : outbox.adminRecipients()) {
            outbox.queue(new EmailDraft(cause + ":" + admin, kind, admin, subject, letter.text(), letter.html()));
        }
    }
}
