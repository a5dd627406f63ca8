package com.chefweb.notify.outbox;

import org.jspecify.annotations.Nullable;

/** What the admins' list of outgoing messages is narrowed to; a null part does not narrow it. */
public record Filter(@Nullable String status, @Nullable String channel, @Nullable String recipient,
        @Nullable String kind) {
}
