package com.chefweb.chefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.TestAccounts;

/** Marketplace people made the way the app and the admin console make them. */
public final class MarketplaceChefs {

    private final HttpApi api;

    public MarketplaceChefs(HttpApi api) {
        this.api = api;
    }

    /** A customer signed up in the app, with an address. */
    public Person customer(String postalCode) {
        String username = "cust_" + UUID.randomUUID().toString().substring(0, 8);
        Response registered = api.post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s"},
                 "address":{"city":"San Francisco","postal_code":"%s","country":"US"}}"""
                .formatted(username, TestAccounts.uniqueEmail(username), TestAccounts.GOOD_PASSWORD, postalCode));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        return signIn(username);
    }

    /** An applicant an admin approved as a chef, signed in to the app in the chef role, with an open profile. */
    public Person chef() {
        String username = "chef_" + UUID.randomUUID().toString().substring(0, 8);
        Response registered = api.post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s"},"intent":"chef"}"""
                .formatted(username, TestAccounts.uniqueEmail(username), TestAccounts.GOOD_PASSWORD));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String accountId = api.as(registered.json().get("access").asString()).get("/api/auth/me").json().get("id")
                .asString();
        assertThat(api.asAdmin().patch("/api/admin/users/" + accountId, "{\"role\":\"chef\"}").status())
                .isEqualTo(200);
        Person chef = signIn(username);
        Response profile = chef.api().get("/chefs/api/me/chef/profile/");
        assertThat(profile.status()).as(profile.body()).isEqualTo(200);
        return new Person(username, accountId, profile.json().get("id").asLong(), chef.api());
    }

    /** The chef made visible: areas, a bio, staff's verification and an active payout account reported. */
    public void list(Person chef, String... postalCodes) {
        HttpApi app = chef.api();
        assertThat(app.patch("/chefs/api/me/chef/profile/update/", "{\"bio\":\"Seasonal home cooking\"}").status())
                .isEqualTo(200);
        assertThat(app.send("PUT", "/chefs/api/me/chef/serving-postal-codes/", "{\"country\":\"US\",\"postal_codes\":"
                + toJson(postalCodes) + "}", Map.of("Content-Type", "application/json")).status()).isEqualTo(200);
        assertThat(api.asAdmin().patch("/api/admin/chefs/" + chef.chefId(), "{\"is_verified\":true}").status())
                .isEqualTo(200);
        payoutsActive(chef);
        Response live = app.post("/chefs/api/me/chef/live/", "{\"is_live\":true}");
        assertThat(live.status()).as(live.body()).isEqualTo(200);
    }

    /** Stripe reports the chef's connected account active, through the signed webhook. */
    public void payoutsActive(Person chef) {
        assertThat(chef.api().post("/meals/api/stripe-account-link/", "{}").status()).isEqualTo(200);
        String account = "acct_connect-account_" + chef.accountId();
        String payload = com.chefweb.support.StripeEvents.accountUpdated("evt_" + UUID.randomUUID(), account, true,
                java.time.Instant.now());
        assertThat(api.send("POST", "/api/payments/webhook", payload,
                com.chefweb.support.StripeEvents.signedHeaders(payload)).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(chef.api()
                .get("/chefs/api/me/onboarding/").json().get("onboarding").get("steps").get("payouts").asBoolean())
                .isTrue());
    }

    Person signIn(String username) {
        Response login = api.send("POST", "/auth/api/login/", "username=" + URLEncoder.encode(username,
                StandardCharsets.UTF_8) + "&password=" + TestAccounts.GOOD_PASSWORD,
                Map.of("Content-Type", "application/x-www-form-urlencoded"));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        return new Person(username, null, login.json().get("user").get("id").asLong(),
                api.as(login.json().get("access").asString()));
    }

    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        return bytes;
    }

    private static String toJson(String... values) {
        return "[" + String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList()) + "]";
    }

    /** A signed-in marketplace user; {@code chefId} is also the account's integer id. */
    public record Person(String username, String accountId, long chefId, HttpApi api) {
    }
}
