package com.chefweb.payment.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment links ({@code chefweb.payment-links}).
 *
 * @param secret signs links (base64 of 32+ random bytes); blank: a random key per start, so links die on restart
 * @param publicBaseUrl where this service is reached from outside, the start of every link
 * @param successUrl where Stripe sends the customer after paying
 * @param cancelUrl where Stripe sends the customer who leaves the checkout
 * @param checkoutLifetime how long one Stripe Checkout Session stays open, counted from the start of the hour it was
 *     made in (so at least 90 minutes, for Stripe's minimum of 30 left; at most 24 hours)
 */
@ConfigurationProperties("chefweb.payment-links")
public record PaymentLinkSettings(String secret, String publicBaseUrl, String successUrl, String cancelUrl,
        Duration checkoutLifetime) {

    public PaymentLinkSettings {
        secret = secret == null ? "" : secret.strip();
        publicBaseUrl = strip(publicBaseUrl == null || publicBaseUrl.isBlank() ? "http://localhost:4000" : publicBaseUrl);
        successUrl = successUrl == null || successUrl.isBlank() ? publicBaseUrl : successUrl.strip();
        cancelUrl = cancelUrl == null || cancelUrl.isBlank() ? publicBaseUrl : cancelUrl.strip();
        checkoutLifetime = checkoutLifetime == null ? Duration.ofHours(23) : checkoutLifetime;
        if (checkoutLifetime.compareTo(Duration.ofMinutes(90)) < 0 || checkoutLifetime.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalStateException("chefweb.payment-links.checkout-lifetime must be 90 minutes to 24 hours");
        }
    }

    private static String strip(String url) {
        String stripped = url.strip();
        return stripped.endsWith("/") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
