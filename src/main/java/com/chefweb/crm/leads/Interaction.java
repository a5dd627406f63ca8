package com.chefweb.crm.leads;

import java.time.Instant;
import java.util.Map;

/**
 * One entry on a lead's timeline.
 *
 * @param kind what happened: {@code favorite}, {@code waitlist}, {@code message}, {@code connection}, {@code order},
 *     {@code booking}, {@code payment}, {@code cancellation}, {@code completion}, or what the chef noted by hand
 *     ({@code note}, {@code call}, {@code email}, {@code meeting})
 * @param byHand whether the chef wrote it (else a fact from the platform)
 */
public record Interaction(long id, long leadId, String kind, String summary, Map<String, Object> payload,
        boolean byHand, Instant occurredAt) {

    public Interaction {
        payload = Map.copyOf(payload);
    }
}
