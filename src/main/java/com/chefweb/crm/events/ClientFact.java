package com.chefweb.crm.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something a person did that a chef would want on their client's timeline: ordered, paid, booked, cancelled, was
 * served. The CRM creates or updates the chef's lead for the person from it and notes it once.
 *
 * @param chefUserId whose lead it is: the chef's account, or {@link #HOUSE} for the storefront's own business
 * @param customerUserId the person's account, when they have one
 * @param kind the timeline entry: {@code order}, {@code booking}, {@code payment}, {@code cancellation} or
 *     {@code completion}
 * @param cause what makes this fact itself, unique per chef (such as {@code order-paid:<order id>}): a fact delivered
 *     twice is noted once
 * @param subject what the fact is about (such as {@code order:<order id>}): a later fact about the same subject that
 *     names nobody finds its lead by it
 * @param stage the stage the fact shows the lead has reached ({@code proposal}, {@code booked}, {@code follow_up}),
 *     or null when it moves nothing
 * @param payload details shown on the timeline, such as the order's number and amount
 * @param occurredAt when it happened; null when the reporting event does not say (the CRM takes when it heard)
 */
public record ClientFact(UUID chefUserId, @Nullable UUID customerUserId, @Nullable String name,
        @Nullable String email, @Nullable String phone, String kind, String cause, String subject,
        @Nullable String stage, String summary, Map<String, String> payload, @Nullable Instant occurredAt) {

    /** The storefront's own business, whose leads come from its bookings, contact form and chatbot. */
    public static final UUID HOUSE = new UUID(0, 0);

    public ClientFact {
        payload = Map.copyOf(payload);
    }
}
