package com.chefweb.notify.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Outgoing email ({@code chefweb.notify}). Without a SendGrid key every email is still written down and logged, but
 * not sent, so development needs no account.
 *
 * @param fromEmail the verified sender address
 * @param fromName the storefront's name, which its emails come from and are signed with
 * @param marketplaceFromName the marketplace's name, for emails about marketplace accounts, orders and messages
 * @param adminEmails who is alerted when something needs a person (a declined balance, a dispute)
 * @param sendgridApiBase SendGrid's address; tests point it at a fake ({@code http://} for a local one)
 * @param sendEvery how often queued emails are looked for
 * @param maxAttempts attempts before an email is given up as failed
 */
@ConfigurationProperties("chefweb.notify")
public record EmailSettings(String fromEmail, String fromName, String marketplaceFromName, List<String> adminEmails,
        String sendgridApiKey,
        String sendgridApiBase, Duration sendEvery, int maxAttempts, Duration connectTimeout, Duration readTimeout) {

    public EmailSettings {
        fromEmail = fromEmail == null ? "" : fromEmail.strip();
        fromName = fromName == null || fromName.isBlank() ? "ChefWeb" : fromName.strip();
        marketplaceFromName = marketplaceFromName == null || marketplaceFromName.isBlank() ? "ChefWeb Marketplace"
                : marketplaceFromName.strip();
        adminEmails = adminEmails == null ? List.of()
                : adminEmails.stream().map(String::strip).filter(address -> !address.isEmpty()).toList();
        sendgridApiKey = sendgridApiKey == null ? "" : sendgridApiKey.strip();
        sendgridApiBase = sendgridApiBase == null || sendgridApiBase.isBlank() ? "https://api.sendgrid.com"
                : sendgridApiBase.strip();
        sendEvery = sendEvery == null ? Duration.ofSeconds(5) : sendEvery;
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
    }

    public boolean sendingConfigured() {
        return !sendgridApiKey.isEmpty();
    }
}
