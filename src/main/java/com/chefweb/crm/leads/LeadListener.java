package com.chefweb.crm.leads;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chatbot.events.ChatLeadCaptured;
import com.chefweb.chefs.events.WaitlistSubscribed;
import com.chefweb.crm.events.ChefFavorited;
import com.chefweb.crm.events.ClientFact;
import com.chefweb.crm.events.ClientFactReported;
import com.chefweb.crm.events.ConnectionChanged;
import com.chefweb.crm.events.ContactInquiryReceived;
import com.chefweb.crm.events.MessageSent;

/**
 * Turns what customers do into facts on chefs' leads: each fact is noted once, in its own transaction after the one
 * that made it committed, so a failure here never undoes the customer's action.
 */
@Component
class LeadListener {

    private static final int PREVIEW = 200;

    private final Leads leads;

    LeadListener(Leads leads) {
        this.leads = leads;
    }

    /** Orders, payments, bookings, cancellations and completions, from booking and payment. */
    @ApplicationModuleListener
    void on(ClientFactReported reported) {
        leads.noteFact(reported.clientFact());
    }

    @ApplicationModuleListener
    void on(WaitlistSubscribed subscribed) {
        leads.noteFact(new ClientFact(subscribed.chefUserId(), subscribed.customerUserId(), null, null, null,
                "waitlist", "waitlist:" + subscribed.customerUserId() + ":" + subscribed.subscribedAt().toEpochMilli(),
                "waitlist:" + subscribed.chefId(), null, "Joined the waitlist for new meal shares", Map.of(),
                subscribed.subscribedAt()));
    }

    @ApplicationModuleListener
    void on(ChefFavorited favorited) {
        leads.noteFact(new ClientFact(favorited.chefUserId(), favorited.customerUserId(), null, null, null,
                "favorite", "favorite:" + favorited.customerUserId() + ":" + favorited.favoritedAt().toEpochMilli(),
                "favorite:" + favorited.chefId(), null, "Added you to their favorite chefs", Map.of(),
                favorited.favoritedAt()));
    }

    /**
     * A customer asking, or accepting a chef's invitation, is a fact about them; a chef's invitation alone is not
     * (a chef must not learn a customer's details by inviting them).
     */
    @ApplicationModuleListener
    void on(ConnectionChanged changed) {
        if (changed.initiatedBy().equals("chef") && Set.of("pending", "declined").contains(changed.status())) {
            return;
        }
        String summary = switch (changed.status()) {
            case "pending" -> changed.initiatedBy().equals("customer") ? "Asked to work with you"
                    : "Invited to work with you";
            case "accepted" -> "Connected with you";
            case "declined" -> "Connection request declined";
            default -> "Connection ended";
        };
        // an accepted connection means the two are talking: the lead is in discovery at least
        leads.noteFact(new ClientFact(changed.chefUserId(), changed.customerUserId(), null, null, null, "connection",
                "connection:" + changed.connectionId() + ":" + changed.status(), "connection:" + changed.connectionId(),
                changed.status().equals("accepted") ? "discovery" : null, summary,
                Map.of("status", changed.status(), "initiated_by", changed.initiatedBy()), changed.changedAt()));
    }

    /** A customer's message opens or warms a lead; the chef's reply shows the lead is being talked to. */
    @ApplicationModuleListener
    void on(MessageSent sent) {
        Map<String, String> payload = new HashMap<>();
        payload.put("conversation_id", Long.toString(sent.conversationId()));
        payload.put("preview", preview(sent.preview()));
        if (sent.aboutKind() != null && sent.aboutId() != null) {
            payload.put("about_kind", sent.aboutKind());
            payload.put("about_id", Long.toString(sent.aboutId()));
        }
        leads.noteFact(new ClientFact(sent.chefUserId(), sent.customerUserId(), null, null, null, "message",
                "message:" + sent.messageId(), "conversation:" + sent.conversationId(),
                sent.fromChef() ? "discovery" : null, sent.fromChef() ? "You replied" : "Sent you a message", payload,
                sent.sentAt()));
    }

    /** An email or phone number left in the storefront's chat: a lead of the house. */
    @ApplicationModuleListener
    void on(ChatLeadCaptured captured) {
        leads.noteFact(new ClientFact(ClientFact.HOUSE, null, null, captured.email(), captured.phone(), "message",
                "chat-lead:" + captured.conversationId() + ":" + captured.capturedAt().toEpochMilli(),
                "chat:" + captured.conversationId(), null, "Left their contact details in the chat",
                Map.of("channel", "chatbot", "intent", captured.intent(), "message", preview(captured.message())),
                captured.capturedAt()));
    }

    /** A message through the storefront's contact form: a lead of the house, with the message. */
    @ApplicationModuleListener
    void on(ContactInquiryReceived received) {
        Map<String, String> payload = new HashMap<>();
        payload.put("channel", "contact_form");
        payload.put("inquiry_id", received.inquiryId().toString());
        if (received.subject() != null && !received.subject().isBlank()) {
            payload.put("subject", received.subject());
        }
        if (received.reason() != null && !received.reason().isBlank()) {
            payload.put("reason", received.reason());
        }
        if (received.message() != null) {
            payload.put("message", received.message());
        }
        leads.noteFact(new ClientFact(ClientFact.HOUSE, null, received.name(), received.email(), received.phone(),
                "message", "contact:" + received.inquiryId(), "contact:" + received.inquiryId(), null,
                "Wrote through the contact form", payload, received.receivedAt()));
    }

    private static String preview(String text) {
        return text.length() <= PREVIEW ? text : text.substring(0, PREVIEW) + "…";
    }
}
