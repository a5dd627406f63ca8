package com.chefweb.identity.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import com.chefweb.identity.account.Accounts;
import com.chefweb.identity.account.Role;
import com.chefweb.identity.apikey.ApiKeys;
import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.refusal.Refusal;

/**
 * On start: creates the first admin from {@code CHEFWEB_ADMIN_EMAIL} and {@code CHEFWEB_ADMIN_PASSWORD} when that
 * account does not exist, and registers {@code CHEFWEB_ADMIN_API_KEY} for the admin console. A weak password or a
 * short key stops the start with a clear message rather than leaving an easy way in.
 */
@Component
@EnableConfigurationProperties(BootstrapProperties.class)
class OperatorBootstrap implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final BootstrapProperties properties;
    private final Accounts accounts;
    private final ApiKeys apiKeys;

    OperatorBootstrap(BootstrapProperties properties, Accounts accounts, ApiKeys apiKeys) {
        this.properties = properties;
        this.accounts = accounts;
        this.apiKeys = apiKeys;
    }

    @Override
    public void afterSingletonsInstantiated() {
        createFirstAdmin();
        registerApiKey();
        if (!accounts.anyAdmin() && properties.adminApiKey().isEmpty()) {
            log.warn("No admin account and no admin API key: set CHEFWEB_ADMIN_EMAIL and CHEFWEB_ADMIN_PASSWORD, "
                    + "or CHEFWEB_ADMIN_API_KEY, to administer the service (README, 'First admin')");
        }
    }

    private void createFirstAdmin() {
        if (properties.adminEmail().isEmpty()) {
            return;
        }
        if (properties.adminPassword().isEmpty()) {
            throw new IllegalStateException("CHEFWEB_ADMIN_EMAIL is set but CHEFWEB_ADMIN_PASSWORD is not");
        }
        try {
            accounts.open(properties.adminEmail(), properties.adminName(), properties.adminPassword(), Role.ADMIN, null);
            log.info("Created the admin account {}", EmailAddress.parse(properties.adminEmail()).orElseThrow());
        } catch (Refusal.Conflict exists) {
            return;
        } catch (Refusal problem) {
            String why = problem instanceof Refusal.Invalid invalid ? invalid.fields().toString() : problem.getMessage();
            throw new IllegalStateException("Cannot create the first admin from CHEFWEB_ADMIN_EMAIL and "
                    + "CHEFWEB_ADMIN_PASSWORD: " + why, problem);
        }
    }

    private void registerApiKey() {
        if (properties.adminApiKey().isEmpty()) {
            return;
        }
        try {
            apiKeys.register("admin console (CHEFWEB_ADMIN_API_KEY)", properties.adminApiKey())
                    .ifPresent(key -> log.info("Registered the admin API key {}... from CHEFWEB_ADMIN_API_KEY", key.prefix()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("CHEFWEB_ADMIN_API_KEY: " + e.getMessage(), e);
        }
    }
}
