package com.chefweb.notify.email;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where an outgoing email stands: waiting to be sent, accepted by the provider, logged (no provider), or failed. */
public enum EmailStatus {
    QUEUED, SENT, LOGGED, FAILED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status an admin's filter names, if it names one. */
    public static Optional<EmailStatus> known(String code) {
        return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
    }
}
