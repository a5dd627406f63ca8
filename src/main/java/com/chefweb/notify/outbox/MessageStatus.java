package com.chefweb.notify.outbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an outgoing message stands: waiting to be sent, accepted by the provider, logged (no provider), or failed. */
public enum MessageStatus {
    QUEUED, SENT, LOGGED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status an admin's filter names, if it names one. */
    public static Optional<MessageStatus> known(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
