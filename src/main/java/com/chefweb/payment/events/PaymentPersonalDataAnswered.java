package com.chefweb.payment.events;

import java.util.UUID;

import com.chefweb.identity.events.PersonalDataAnswered;

/**
 * The payment module's answer to a privacy request: what it holds about the person, or what it erased and kept.
 *
 * @param content a JSON object: sections of records for an export, counts for an erasure
 */
public record PaymentPersonalDataAnswered(UUID requestId, String content) implements PersonalDataAnswered {

    @Override
    public String holder() {
        return "payment";
    }
}
