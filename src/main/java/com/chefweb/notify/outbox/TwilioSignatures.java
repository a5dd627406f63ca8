package com.chefweb.notify.outbox;

import java.util.Map;

import com.twilio.security.RequestValidator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Tells Twilio's own requests (status callbacks, replies) from anyone else's: Twilio signs each with the account's
 * auth token over the address it called and the form it posted. Without an account nothing is accepted.
 */
@Component
public class TwilioSignatures {

    private final TextSettings settings;
    private final @Nullable RequestValidator validator;

    TwilioSignatures(TextSettings settings) {
        this.settings = settings;
        this.validator = settings.sendingConfigured() ? new RequestValidator(settings.authToken()) : null;
    }

    public boolean statusCallbackSigned(Map<String, String> form, @Nullable String signature) {
        return signed(settings.statusCallbackUrl(), form, signature);
    }

    public boolean replySigned(Map<String, String> form, @Nullable String signature) {
        return signed(settings.inboundUrl(), form, signature);
    }

    private boolean signed(String url, Map<String, String> form, @Nullable String signature) {
        return validator != null && signature != null && !signature.isBlank()
                && validator.validate(url, form, signature);
    }
}
