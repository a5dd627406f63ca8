package com.chefweb.notify.messages;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.crm.events.MessageSent;
import com.chefweb.notify.outbox.EmailDraft;
import com.chefweb.notify.outbox.Outbox;
import com.chefweb.notify.outbox.EmailSettings;

/**
 * Tells a customer or a chef that the other wrote to them. Only the first message they have not read is worth an
 * email: later ones join the same unread thread, so a chatty conversation sends one email until it is read.
 */
@Component
class MessageEmails {

    private final Outbox outbox;
    private final String sender;
    private final String appUrl;

    MessageEmails(Outbox outbox, EmailSettings settings,
            @Value("${chefweb.marketplace.app-url:http://localhost:5174}") String appUrl) {
        this.outbox = outbox;
        this.sender = settings.marketplaceFromName();
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    @ApplicationModuleListener
    void on(MessageSent sent) {
        if (!sent.firstUnread() || sent.recipientEmail() == null) {
            return;
        }
        // the message is the sender's own words: the letter escapes it in the HTML part
        Letter letter = Letter.to(sent.recipientName())
                .paragraph(sent.senderName() + " sent you a message:")
                .paragraph(sent.preview())
                .action("Read and reply", appUrl + (sent.fromChef() ? "/my-chefs" : "/chefs/dashboard"))
                .paragraph("You will not get another email about this conversation until you have read it.")
                .signedBy(sender);
        // the cause names the conversation's customer, so their erasure finds the emails about their conversations
        outbox.queue(new EmailDraft("message:" + sent.messageId() + ":customer:" + sent.customerUserId(),
                "new-message", sent.recipientEmail(),
                "New message from " + oneLine(sent.senderName()), letter.text(), letter.html()).from(sender));
    }

    private static String oneLine(String text) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() > 80 ? flat.substring(0, 80) : flat;
    }
}
