package com.chefweb.payment.domain;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Stripe Connect for marketplace chefs ({@code chefweb.connect}).
 *
 * @param country where new chef accounts are opened (two-letter code)
 * @param dashboardUrl where a chef is sent back to after Stripe's onboarding
 * @param platformFeePercent the platform's share of each marketplace order, 0 to under 100
 * @param orderSuccessUrl where Stripe sends a customer who paid for an order
 * @param orderCancelUrl where Stripe sends a customer who left an order's checkout
 */
@ConfigurationProperties("chefweb.connect")
public record ConnectSettings(String country, String dashboardUrl, BigDecimal platformFeePercent,
        String orderSuccessUrl, String orderCancelUrl) {

    public ConnectSettings {
        country = country == null || country.isBlank() ? "US" : country.strip().toUpperCase(java.util.Locale.ROOT);
        dashboardUrl = orDefault(dashboardUrl, "http://localhost:5173/chefs/dashboard");
        platformFeePercent = platformFeePercent == null ? BigDecimal.TEN : platformFeePercent;
        if (platformFeePercent.signum() < 0 || platformFeePercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalStateException("chefweb.connect.platform-fee-percent must be from 0 to under 100");
        }
        orderSuccessUrl = orDefault(orderSuccessUrl, "http://localhost:5173/orders?payment=success");
        orderCancelUrl = orDefault(orderCancelUrl, "http://localhost:5173/orders?payment=cancelled");
    }

    private static String orDefault(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ConnectSettings.class)
    static class Enabled {
    }
}
