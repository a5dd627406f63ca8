package com.chefweb.identity.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The operator's first credentials, from the environment; never a default in code.
 *
 * @param adminEmail with {@code adminPassword}: the first admin account, created if no account has this email
 * @param adminName the first admin's name
 * @param adminApiKey an API key the storefront's admin console can sign in with, registered if new
 */
@ConfigurationProperties("chefweb.bootstrap")
record BootstrapProperties(String adminEmail, String adminPassword, String adminName, String adminApiKey) {

    BootstrapProperties {
        adminEmail = adminEmail == null ? "" : adminEmail.strip();
        adminPassword = adminPassword == null ? "" : adminPassword;
        adminName = adminName == null || adminName.isBlank() ? "Administrator" : adminName.strip();
        adminApiKey = adminApiKey == null ? "" : adminApiKey.strip();
    }
}
