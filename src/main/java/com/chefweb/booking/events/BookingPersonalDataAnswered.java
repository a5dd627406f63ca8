package com.chefweb.booking.events;

import java.util.UUID;

import com.chefweb.identity.events.PersonalDataAnswered;

/**
 * The booking module's answer to a privacy request: what it holds about the person, or what it erased and kept.
 *
 * @param content a JSON object: sections of records for an export, counts for an erasure
 */
public record BookingPersonalDataAnswered(UUID requestId, String content) implements PersonalDataAnswered {

    @Override
    public String holder() {
        return "booking";
    }
}
