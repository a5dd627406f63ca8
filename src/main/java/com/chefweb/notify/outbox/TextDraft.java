package com.chefweb.notify.outbox;

/**
 * A text (SMS) to send, before it is queued. Only written for a customer who agreed to texts.
 *
 * @param cause what asked for it, unique per message: the same cause queued twice is one text
 * @param kind what sort of text it is (booking-confirmed-sms, event-reminder-sms, ...), for the admin view
 * @param phone the recipient in E.164 ({@code +14155550123})
 * @param summary a line for the admin view, in place of an email's subject
 */
public record TextDraft(String cause, String kind, String phone, String summary, String text) {

    public TextDraft {
        if (!phone.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("Not an E.164 phone number: " + phone);
        }
    }
}
