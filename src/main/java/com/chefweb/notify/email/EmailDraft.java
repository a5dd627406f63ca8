package com.chefweb.notify.email;

/**
 * An email to send, before it is queued.
 *
 * @param cause what asked for it, unique per email: the same cause queued twice is one email
 * @param kind what sort of email it is (payment-link, balance-declined-alert, ...), for the admin view
 */
public record EmailDraft(String cause, String kind, String recipient, String subject, String text, String html) {
}
