package com.chefweb.notify.email;

import org.jooq.impl.EnumConverter;

/** {@code notify.email.status} holds {@link EmailStatus#code()}. */
public final class EmailStatusColumn extends EnumConverter<String, EmailStatus> {

    public EmailStatusColumn() {
        super(String.class, EmailStatus.class, EmailStatus::code);
    }
}
