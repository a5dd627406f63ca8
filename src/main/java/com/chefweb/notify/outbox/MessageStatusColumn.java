package com.chefweb.notify.outbox;

import org.jooq.impl.EnumConverter;

/** {@code notify.outgoing_message.status} holds {@link MessageStatus#code()}. */
public final class MessageStatusColumn extends EnumConverter<String, MessageStatus> {

    public MessageStatusColumn() {
        super(String.class, MessageStatus.class, MessageStatus::code);
    }
}
