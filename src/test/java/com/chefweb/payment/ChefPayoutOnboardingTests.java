package com.chefweb.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;






import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.PublishedEventLog;
import com.chefweb.payment.events.ChefPayoutAccountUpdated;
import com.chefweb.support.FakeStripe;
import com.chefweb.support.HttpApi;
import com.chefweb.support.MovableClock;
import com.chefweb.support.StripeEvents;
import com.chefweb.support.TestAccounts;

/**
 * A marketplace chef sets up payouts with Stripe Connect from the chef app: an Express account is opened once,
 * onboarding links come from Stripe, expired links are replaced through our signed address, and the account's
 * state follows Stripe's account.updated events (never going back to an older report).
 */
class ChefPayoutOnboardingTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    PublishedEventLog published;

    @Autowired
    MovableClock clock;

    HttpApi api;


    @BeforeEach
    void setUp() {
        FakeStripe.reset();
        clock.set(Instant.now());
        api = new HttpApi(port);
    }

    @Test
    void aChefWithoutAnAccountIsToldSoAndOnboardingOpensOneAccountOnce() {
        Chef chef = newChef();
        JsonNode before = chef.api().get("/meals/api/stripe-account-status/").json();
        assertThat(before.get("has_account").asBoolean()).isFalse();
        assertThat(before.get("is_active").asBoolean()).isFalse();

        var first = chef.api().post("/meals/api/stripe-account-link/", "{}");
        assertThat(first.status()).isEqualTo(200);
        String account = "acct_connect-account_" + chef.id();
        assertThat(first.json().get("url").asString()).startsWith("https://connect.stripe.test/setup/e/" + account);
        var again = chef.api().post("/meals/api/regenerate-stripe-link/", "{}").json();
        assertThat(again.get("onboarding_url").asString()).startsWith("https://connect.stripe.test/setup/e/" + account)
                .isNotEqualTo(first.json().get("url").asString());

        var accountRequests = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/accounts")));
        assertThat(accountRequests).as("one account, however often the chef asks").hasSize(1);
        assertThat(URLDecoder.decode(accountRequests.getFirst().getBodyAsString(), StandardCharsets.UTF_8))
                .contains("type=express", "country=US", "metadata[chef_id]=" + chef.id(),
                        "capabilities[card_payments][requested]=true", "capabilities[transfers][requested]=true");
        String linkRequest = URLDecoder.decode(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo(
                "/v1/account_links"))).getFirst().getBodyAsString(), StandardCharsets.UTF_8);
        assertThat(linkRequest).contains("type=account_onboarding", "account=" + account,
                "refresh_url=http://localhost:4000/meals/stripe-refresh/" + account + "/?expires=",
                "return_url=http://localhost:4000/meals/stripe-return/" + account + "/?expires=");

        JsonNode status = chef.api().get("/meals/api/stripe-account-status/").json();
        assertThat(status.get("has_account").asBoolean()).isTrue();
        assertThat(status.get("is_active").asBoolean()).isFalse();
        assertThat(status.get("needs_onboarding").asBoolean()).isTrue();
        assertThat(status.get("account_id").asString()).isEqualTo(account);
        assertThat(status.get("continue_onboarding_url").asString()).contains("/meals/stripe-refresh/" + account);
    }

    @Test
    void anExpiredLinkIsReplacedOnlyThroughOurSignedAddress() {
        Chef chef = newChef();
        chef.api().post("/meals/api/stripe-account-link/", "{}");
        String refresh = chef.api().get("/meals/api/stripe-account-status/").json().get("continue_onboarding_url")
                .asString();
        String path = refresh.substring(refresh.indexOf("/meals/"));

        var redirected = api.get(path);
        assertThat(redirected.status()).isEqualTo(302);
        assertThat(redirected.header("Location")).startsWith("https://connect.stripe.test/setup/e/acct_");

        var forged = api.get(path.substring(0, path.indexOf("&sig=")) + "&sig=forged");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.json().get("error").asString()).isEqualTo("This onboarding address is not valid");
        var asReturn = api.get(path.replace("stripe-refresh", "stripe-return"));
        assertThat(asReturn.status()).as("signed for one use only").isEqualTo(404);
        int links = FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/account_links"))).size();

        clock.advance(Duration.ofMinutes(61));
        var expired = api.get(path);
        assertThat(expired.status()).isEqualTo(302);
        assertThat(expired.header("Location")).as("back to the app, which makes a new one")
                .isEqualTo("http://localhost:5173/chefs/dashboard");
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/account_links")))).hasSize(links);
    }

    @Test
    void stripesReportsMakeTheAccountActiveAndAnOlderReportChangesNothing() {
        Chef chef = newChef();
        chef.api().post("/meals/api/stripe-account-link/", "{}");
        String account = "acct_connect-account_" + chef.id();
        Instant now = Instant.now();

        send(StripeEvents.accountUpdated("evt_" + UUID.randomUUID(), account, true, now));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(chef.api().get("/meals/api/stripe-account-status/").json().get("is_active").asBoolean())
                        .isTrue());
        send(StripeEvents.accountUpdated("evt_" + UUID.randomUUID(), account, false, now.minusSeconds(60),
                "external_account", "tos_acceptance.date"));
        send(StripeEvents.accountUpdated("evt_" + UUID.randomUUID(), "acct_someone_else", false, now));

        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode webhooks = api.asAdmin().get("/api/admin/payments/webhooks").json().get("events");
            assertThat(webhooks).as("every report applied, the unknown account ignored").isEmpty();
        });
        JsonNode status = chef.api().get("/meals/api/stripe-account-status/").json();
        assertThat(status.get("is_active").asBoolean()).as("the older report came late").isTrue();
        assertThat(status.get("needs_onboarding").asBoolean()).isFalse();
        assertThat(status.has("continue_onboarding_url")).isFalse();
        assertThat(published.ofType(ChefPayoutAccountUpdated.class).stream().filter(updated -> updated.chefId().equals(chef.id())))
                .as("announced once, when it became active").singleElement()
                .satisfies(updated -> assertThat(updated.active()).isTrue());
    }

    @Test
    void comingBackFromOnboardingReadsTheAccountFromStripeAndReturnsToTheDashboard() {
        Chef chef = newChef();
        chef.api().post("/meals/api/stripe-account-link/", "{}");
        String account = "acct_connect-account_" + chef.id();
        FakeStripe.server().stubFor(get(urlPathEqualTo("/v1/accounts/" + account)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"%s","object":"account","charges_enabled":true,"payouts_enabled":false,
                         "details_submitted":true,"requirements":{"currently_due":["external_account"],
                         "disabled_reason":null}}""".formatted(account))));
        String linkRequest = URLDecoder.decode(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo(
                "/v1/account_links"))).getLast().getBodyAsString(), StandardCharsets.UTF_8);
        String back = linkRequest.substring(linkRequest.indexOf("return_url=") + "return_url=".length());
        back = back.substring(back.indexOf("/meals/"), back.contains("&type=") ? back.indexOf("&type=") : back.length());

        var returned = api.get(back);
        assertThat(returned.status()).isEqualTo(302);
        assertThat(returned.header("Location")).isEqualTo("http://localhost:5173/chefs/dashboard");
        JsonNode status = chef.api().get("/meals/api/stripe-account-status/").json();
        assertThat(status.get("details_submitted").asBoolean()).isTrue();
        assertThat(status.get("charges_enabled").asBoolean()).isTrue();
        assertThat(status.get("is_active").asBoolean()).as("payouts still need a bank account").isFalse();
        assertThat(status.get("currently_due").get(0).asString()).isEqualTo("external_account");
    }

    @Test
    void onlyChefsHavePayoutsAndAChefOpenedWithoutALinkIsPaidAsThemselves() {
        var customer = signedInAs("customer", null);
        var refused = customer.get("/meals/api/stripe-account-status/");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asString()).isNotBlank();
        assertThat(customer.post("/meals/api/stripe-account-link/", "{}").status()).isEqualTo(403);
        assertThat(FakeStripe.server().findAll(postRequestedFor(urlPathEqualTo("/v1/accounts")))).isEmpty();

        // a marketplace chef has no storefront chef to be linked to: the chef link is the account's own id
        var unlinked = signedInAs("chef", null);
        String accountId = unlinked.get("/api/auth/me").json().get("id").asString();
        var link = unlinked.post("/meals/api/stripe-account-link/", "{}");
        assertThat(link.status()).as(link.body()).isEqualTo(200);
        assertThat(link.json().get("url").asString()).contains("acct_connect-account_" + accountId);
    }

    private void send(String payload) {
        assertThat(api.send("POST", "/api/payments/webhook", payload, StripeEvents.signedHeaders(payload, clock.instant())).status())
                .isEqualTo(200);
    }

    private Chef newChef() {
        UUID chefId = UUID.randomUUID();
        return new Chef(chefId, signedInAs("chef", chefId));
    }

    private HttpApi signedInAs(String role, UUID chefId) {
        String email = TestAccounts.uniqueEmail(role);
        var created = api.asAdmin().post("/api/admin/users", """
                {"email":"%s","name":"Sam Chef","password":"%s","role":"%s","chef_id":%s}"""
                .formatted(email, TestAccounts.GOOD_PASSWORD, role, chefId == null ? "null" : "\"" + chefId + "\""));
        assertThat(created.status()).as(created.body()).isIn(200, 201);
        return api.signedIn(email, TestAccounts.GOOD_PASSWORD);
    }

    private record Chef(UUID id, HttpApi api) {
    }
}
