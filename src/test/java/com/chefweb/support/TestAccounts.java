package com.chefweb.support;

import java.util.UUID;

/** The accounts and keys of the test configuration (src/test/resources/config/application.yml), and new ones. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@chefweb.test";
    public static final String ADMIN_PASSWORD = "correct-horse-battery-staple";
    public static final String CONSOLE_API_KEY = "cwk_test_console_key_0123456789abcdef";
    /** A password the policy accepts, for accounts tests open. */
    public static final String GOOD_PASSWORD = "plum-tart-seven-oven";

    private TestAccounts() {
    }

    /** An email no other test uses. */
    public static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
