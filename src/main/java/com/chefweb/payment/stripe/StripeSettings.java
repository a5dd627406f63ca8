package com.chefweb.payment.stripe;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Stripe access ({@code chefweb.stripe}). Without a secret key card payments are reported as not configured and
 * pay-later bookings still work.
 *
 * @param apiBase Stripe's API address; tests and stripe-mock users point it elsewhere
 * @param webhookTolerance how old a signed webhook may be before it is refused as a replay
 * @param connectWebhookSecret the signing secret of the Connect endpoint (events from chefs' accounts), when it is
 *     a separate endpoint in Stripe's dashboard
 */
@ConfigurationProperties("chefweb.stripe")
public record StripeSettings(String secretKey, String publishableKey, String webhookSecret, String apiBase,
        Duration connectTimeout, Duration readTimeout, int maxNetworkRetries, Duration webhookTolerance,
        String connectWebhookSecret) {

    public StripeSettings {
        secretKey = secretKey == null ? "" : secretKey.strip();
        publishableKey = publishableKey == null ? "" : publishableKey.strip();
        webhookSecret = webhookSecret == null ? "" : webhookSecret.strip();
        connectWebhookSecret = connectWebhookSecret == null ? "" : connectWebhookSecret.strip();
        apiBase = apiBase == null || apiBase.isBlank() ? "https://api.stripe.com" : apiBase.strip();
    }

    /** The secrets a webhook may be signed with: the account endpoint's, and the Connect endpoint's if set. */
    public java.util.List<String> webhookSecrets() {
        return java.util.stream.Stream.of(webhookSecret, connectWebhookSecret).filter(secret -> !secret.isEmpty())
                .toList();
    }

    public boolean configured() {
        return !secretKey.isEmpty() && !publishableKey.isEmpty();
    }
}
