package com.chefweb.booking.domain;

import org.jooq.impl.EnumConverter;

/** {@code booking.booking.status} holds {@link BookingStatus#code()}; jOOQ's generated column carries the enum. */
public final class BookingStatusColumn extends EnumConverter<String, BookingStatus> {

    public BookingStatusColumn() {
        super(String.class, BookingStatus.class, BookingStatus::code);
    }
}
