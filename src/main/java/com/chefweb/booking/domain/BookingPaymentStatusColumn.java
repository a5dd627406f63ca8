package com.chefweb.booking.domain;

import org.jooq.impl.EnumConverter;

/** {@code booking.booking.payment_status} holds {@link BookingPaymentStatus#code()}. */
public final class BookingPaymentStatusColumn extends EnumConverter<String, BookingPaymentStatus> {

    public BookingPaymentStatusColumn() {
        super(String.class, BookingPaymentStatus.class, BookingPaymentStatus::code);
    }
}
