package com.chefweb.notify.outbox;

import org.jspecify.annotations.Nullable;

/**
 * An email to send, before it is queued.
 *
 * @param cause what asked for it, unique per email: the same cause queued twice is one email
 * @param kind what sort of email it is (payment-link, balance-declined-alert, ...), for the admin view
 * @param fromName the sender's name; null for the storefront's
 */
public record EmailDraft(String cause, String kind, String recipient, String subject, String text, String html,
        @Nullable String fromName) {

    public EmailDraft(String cause, String kind, String recipient, String subject, String text, String html) {
        this(cause, kind, recipient, subject, text, html, null);
    }

    /** The same email, from another name (the marketplace's). */
    public EmailDraft from(String name) {
        return new EmailDraft(cause, kind, recipient, subject, text, html, name);
    }
}
