package com.chefweb.payment.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Stripe Connect for marketplace chefs ({@code chefweb.connect}).
 *
 * @param country where new chef accounts are opened (two-letter code)
 * @param dashboardUrl where a chef is sent back to after Stripe's onboarding
 */
@ConfigurationProperties("chefweb.connect")
public record ConnectSettings(String country, String dashboardUrl) {

    public ConnectSettings {
        country = country == null || country.isBlank() ? "US" : country.strip().toUpperCase(java.util.Locale.ROOT);
        dashboardUrl = dashboardUrl == null || dashboardUrl.isBlank() ? "http://localhost:5173/chefs/dashboard"
                : dashboardUrl.strip();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ConnectSettings.class)
    static class Enabled {
    }
}
