package com.chefweb.notify.outbox;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a message reaches its recipient: an email through SendGrid, or a text (SMS) through Twilio. */
public enum Channel {
    EMAIL, SMS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Channel> known(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst();
    }
}
