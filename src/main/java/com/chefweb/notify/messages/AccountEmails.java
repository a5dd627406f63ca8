package com.chefweb.notify.messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.identity.events.EmailConfirmationRequested;
import com.chefweb.identity.events.PasswordResetRequested;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.EmailSettings;

/** Emails about an account itself: the link that confirms its address, and the one that sets a new password. */
@Component
class AccountEmails {

    private final Outbox outbox;
    private final String sender;

    AccountEmails(Outbox outbox, EmailSettings settings) {
        this.outbox = outbox;
        this.sender = settings.marketplaceFromName();
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested request) {
        Letter letter = Letter.to(request.username())
                .paragraph("Someone, we hope you, asked to choose a new password for your account.")
                .action("Choose a new password", request.resetUrl())
                .paragraph("The link works once, for an hour. If you did not ask, ignore this email: your password "
                        + "stays as it is.")
                .signedBy(sender);
        outbox.queue(new EmailDraft("password-reset:" + request.userId() + ":"
                + request.requestedAt().toEpochMilli(), "password-reset", request.email(),
                "Choose a new password", letter.text(), letter.html()).from(sender));
    }

    @ApplicationModuleListener
    void on(EmailConfirmationRequested request) {
        Letter letter = Letter.to(request.username())
                .paragraph("Welcome! Please confirm that this is your email address, so chefs and we can reach you"
                        + " about your orders.")
                .action("Confirm my email address", request.confirmUrl())
                .paragraph("If you did not sign up, you can ignore this email.")
                .signedBy(sender);
        // one email per request, however often its event is delivered
        outbox.queue(new EmailDraft("email-confirmation:" + request.userId() + ":"
                + request.requestedAt().toEpochMilli(), "email-confirmation", request.email(),
                "Confirm your email address", letter.text(), letter.html()).from(sender));
    }
}
