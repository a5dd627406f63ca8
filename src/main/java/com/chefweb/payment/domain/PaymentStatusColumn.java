package com.chefweb.payment.domain;

import org.jooq.impl.EnumConverter;

/** {@code payment.payment.status} holds {@link PaymentStatus#code()}; jOOQ's generated column carries the enum. */
public final class PaymentStatusColumn extends EnumConverter<String, PaymentStatus> {

    public PaymentStatusColumn() {
        super(String.class, PaymentStatus.class, PaymentStatus::code);
    }
}
