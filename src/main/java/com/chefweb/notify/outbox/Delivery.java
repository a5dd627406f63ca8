package com.chefweb.notify.outbox;

import org.jspecify.annotations.Nullable;

/**
 * What one attempt to hand a message to its provider came to.
 *
 * @param status {@code sent}, {@code logged} (no provider configured), {@code retry} or {@code refused}
 */
record Delivery(String status, @Nullable String providerMessageId, @Nullable String error) {

    static Delivery sent(@Nullable String providerMessageId) {
        return new Delivery("sent", providerMessageId, null);
    }

    static Delivery logged() {
        return new Delivery("logged", null, null);
    }

    static Delivery retry(String error) {
        return new Delivery("retry", null, error);
    }

    static Delivery refused(String error) {
        return new Delivery("refused", null, error);
    }

    static String abbreviated(@Nullable String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 500 ? body.substring(0, 500) + "…" : body;
    }
}
