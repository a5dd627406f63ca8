package com.chefweb.booking.domain;

import org.jooq.impl.EnumConverter;

/** {@code booking.payment_received.status} holds {@link ReceivedPaymentStatus#code()}. */
public final class ReceivedPaymentStatusColumn extends EnumConverter<String, ReceivedPaymentStatus> {

    public ReceivedPaymentStatusColumn() {
        super(String.class, ReceivedPaymentStatus.class, ReceivedPaymentStatus::code);
    }
}
