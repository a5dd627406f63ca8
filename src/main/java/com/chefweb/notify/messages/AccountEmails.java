package com.chefweb.notify.messages;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.identity.events.EmailConfirmationRequested;
import com.chefweb.identity.events.PasswordResetRequested;
import com.chefweb.identity.events.SignUpConfirmationRequested;
import com.chefweb.identity.events.SignUpTriedForExistingAccount;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.EmailSettings;

/**
 * Emails about an account itself: the link that confirms its address, the one that sets a new password, and a
 * storefront sign-up's link, or the note to an owner that someone signed up with their address.
 */
@Component
class AccountEmails {

    private final Outbox outbox;
    private final String sender;
    private final String storefront;

    AccountEmails(Outbox outbox, EmailSettings settings) {
        this.outbox = outbox;
        this.sender = settings.marketplaceFromName();
        this.storefront = settings.fromName();
    }

    @ApplicationModuleListener
    void on(SignUpConfirmationRequested request) {
        // not greeted by name: whoever signed up chose it, and may not be the address's owner
        long hours = Math.max(1, java.time.Duration.between(request.requestedAt(), request.expiresAt()).toHours());
        Letter letter = Letter.alert()
                .paragraph("Welcome! To open your account, follow this link and enter the password you chose. It "
                        + "works once, for " + hours + (hours == 1 ? " hour." : " hours."))
                .action("Open my account", request.finishUrl())
                .paragraph("If you did not sign up, ignore this email: no account is opened without it.")
                .signedBy(storefront);
        // at most one such email to an address every ten minutes, however often someone signs up with it
        long window = request.requestedAt().getEpochSecond() / 600;
        outbox.queue(new EmailDraft("sign-up:" + com.chefweb.shared.crypto.Digests.sha256Hex(request.email()) + ":"
                + window, "sign-up-confirmation", request.email(), "Finish signing up", letter.text(),
                letter.html()));
    }

    @ApplicationModuleListener
    void on(SignUpTriedForExistingAccount attempt) {
        Letter letter = Letter.to(attempt.name())
                .paragraph("Someone, perhaps you, just tried to sign up with this email address. You already have "
                        + "an account with it, so nothing changed.")
                .paragraph("If it was you, sign in with your password. If it was not, you can ignore this email.")
                .signedBy(storefront);
        // at most one such note an hour, however often someone tries
        long hour = attempt.triedAt().getEpochSecond() / 3600;
        outbox.queue(new EmailDraft("sign-up-tried:" + attempt.userId() + ":" + hour, "sign-up-existing-account",
                attempt.email(), "Someone tried to sign up with your email address", letter.text(), letter.html()));
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
