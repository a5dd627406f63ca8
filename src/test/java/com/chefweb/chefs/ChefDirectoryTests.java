package com.chefweb.chefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.chefs.MarketplaceChefs.Person;
import com.chefweb.chefs.events.ChefImagesReleased;
import com.chefweb.chefs.events.WaitlistSubscribed;
import com.chefweb.chefs.events.WaitlistUnsubscribed;
import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.FilePart;
import com.chefweb.support.HttpApi.Response;
import com.chefweb.support.PublishedEventLog;

/**
 * Chefs as the sautai app shows them: profiles chefs edit (JSON and multipart pictures), a directory of verified,
 * live chefs with filters and pages, areas served, and waitlists.
 */
class ChefDirectoryTests extends FakeStripeAndSendGrid {

    private static final HttpClient BROWSER = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    PublishedEventLog published;

    HttpApi api;
    MarketplaceChefs people;

    @BeforeEach
    void setUp() {
        com.chefweb.support.FakeStripe.reset();
        api = new HttpApi(port);
        people = new MarketplaceChefs(api);
    }

    @Test
    void anApprovedChefEditsTheirProfileWithPicturesFromMultipartFormsAndPresignedUploads() throws Exception {
        Person chef = people.chef();
        JsonNode empty = chef.api().get("/chefs/api/me/chef/profile").json();
        assertThat(empty.get("user").get("username").asString()).isEqualTo(chef.username());
        assertThat(empty.get("is_preview").asBoolean()).isTrue();
        assertThat(empty.get("review_count").asInt()).isZero();
        assertThat(empty.get("review_summary").isNull()).as("no invented stars").isTrue();
        assertThat(empty.has("sous_chef_emoji")).isTrue();

        // the dashboard's multipart form: text fields, the interceptor's user_id, and a picture
        Response form = chef.api().multipart("PATCH", "/chefs/api/me/chef/profile/update/",
                Map.of("bio", "Oaxacan moles and tortillas from scratch", "experience", "12 years",
                        "calendly_url", "https://calendly.com/" + chef.username(), "user_id", "77"),
                Map.of("profile_pic", new FilePart("me.png", "image/png", MarketplaceChefs.png(4_000))));
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        JsonNode edited = form.json();
        assertThat(edited.get("bio").asString()).isEqualTo("Oaxacan moles and tortillas from scratch");
        assertThat(edited.get("experience").asString()).isEqualTo("12 years");
        String pictureUrl = edited.get("profile_pic_url").asString();
        assertThat(fetch(pictureUrl)).as("the picture is served").isEqualTo(200);

        // a file that is not what it claims is refused by name and changes nothing
        Response fake = chef.api().multipart("PATCH", "/chefs/api/me/chef/profile/update/", Map.of("bio", "changed"),
                Map.of("banner_image", new FilePart("b.png", "image/png", "not a picture at all".getBytes())));
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().get("errors").get(0).get("field").asString()).isEqualTo("banner_image");
        assertThat(chef.api().get("/chefs/api/me/chef/profile/").json().get("bio").asString())
                .startsWith("Oaxacan");
        // a form refused for a field stores no picture: the one it carried is let go of at once
        long releasedBefore = published.ofType(ChefImagesReleased.class).stream()
                .filter(r -> r.chefId() == chef.chefId()).count();
        Response refusedForm = chef.api().multipart("PATCH", "/chefs/api/me/chef/profile/update/",
                Map.of("calendly_url", "https://evil.example/x"),
                Map.of("profile_pic", new FilePart("other.png", "image/png", MarketplaceChefs.png(4_200))));
        assertThat(refusedForm.status()).isEqualTo(400);
        await().atMost(Duration.ofSeconds(5)).until(() -> published.ofType(ChefImagesReleased.class).stream()
                .filter(r -> r.chefId() == chef.chefId()).count() == releasedBefore + 1);
        assertThat(chef.api().get("/chefs/api/me/chef/profile/").json().get("profile_pic_url").asString())
                .isEqualTo(pictureUrl);

        // a form cut short is the sender's fault: a problem, never a server error
        Response cut = chef.api().send("PATCH", "/chefs/api/me/chef/profile/update/",
                "--edge\r\nContent-Disposition: form-data; name=\"bio\"\r\n\r\nhalf a b",
                Map.of("Content-Type", "multipart/form-data; boundary=edge"));
        assertThat(cut.status()).as(cut.body()).isEqualTo(400);
        assertThat(cut.json().get("detail").asString()).contains("form");
        assertThat(chef.api().get("/chefs/api/me/chef/profile/").json().get("bio").asString())
                .startsWith("Oaxacan");

        // a partial JSON change keeps the rest; a wrong Calendly link is a field error
        Response bad = chef.api().patch("/chefs/api/me/chef/profile/update/",
                "{\"calendly_url\":\"https://evil.example/x\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("calendly_url");
        JsonNode partial = chef.api().patch("/chefs/api/me/chef/profile/update/", "{\"city\":\"Oakland\"}").json();
        assertThat(partial.get("city").asString()).isEqualTo("Oakland");
        assertThat(partial.get("experience").asString()).isEqualTo("12 years");

        // a presigned upload replaces the picture by its key; the old file stops being served
        byte[] banner = MarketplaceChefs.png(6_000);
        JsonNode grant = chef.api().post("/api/uploads", "{\"purpose\":\"chef_profile_photo\",\"contentType\":"
                + "\"image/png\",\"size\":" + banner.length + "}").json();
        HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(grant.get("uploadUrl").asString()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(banner));
        grant.get("headers").properties().forEach(h -> put.header(h.getKey(), h.getValue().asString()));
        assertThat(BROWSER.send(put.build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(chef.api().post("/api/uploads/" + grant.get("uploadId").asString() + "/verify", "").status())
                .isEqualTo(200);
        Response byKey = chef.api().patch("/chefs/api/me/chef/profile/update/",
                "{\"profile_pic_key\":\"" + grant.get("key").asString() + "\"}");
        assertThat(byKey.status()).as(byKey.body()).isEqualTo(200);
        assertThat(byKey.json().get("profile_pic_url").asString()).isNotEqualTo(pictureUrl).endsWith(".png");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fetch(pictureUrl)).isEqualTo(404));
        assertThat(published.ofType(ChefImagesReleased.class)).anyMatch(r -> r.chefId() == chef.chefId());

        // another chef's key is not theirs to use
        Person other = people.chef();
        assertThat(other.api().patch("/chefs/api/me/chef/profile/update/",
                "{\"profile_pic_key\":\"" + grant.get("key").asString() + "\"}").status()).isEqualTo(400);

        // once replaced, a picture is gone for good: its key cannot be attached again
        assertThat(chef.api().multipart("PATCH", "/chefs/api/me/chef/profile/update/", Map.of(),
                Map.of("profile_pic", new FilePart("new.png", "image/png", MarketplaceChefs.png(4_500)))).status())
                .isEqualTo(200);
        Response again = chef.api().patch("/chefs/api/me/chef/profile/update/",
                "{\"profile_pic_key\":\"" + grant.get("key").asString() + "\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(400);
    }

    @Test
    void galleryPhotosAreAddedCaptionedOrderedAndRemovedOnlyByTheirChef() throws Exception {
        Person chef = people.chef();
        Response added = chef.api().multipart("POST", "/chefs/api/me/chef/photos/",
                Map.of("title", "Mole negro", "caption", "Three days in the making", "is_featured", "true"),
                Map.of("image", new FilePart("mole.png", "image/png", MarketplaceChefs.png(3_000))));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        long first = added.json().get("id").asLong();
        assertThat(added.json().get("is_featured").asBoolean()).isTrue();
        long second = chef.api().multipart("POST", "/chefs/api/me/chef/photos", Map.of(),
                Map.of("image", new FilePart("t.png", "image/png", MarketplaceChefs.png(3_100)))).json().get("id")
                .asLong();

        Person intruder = people.chef();
        assertThat(intruder.api().send("DELETE", "/chefs/api/me/chef/photos/" + first + "/", null, Map.of()).status())
                .isEqualTo(404);
        assertThat(intruder.api().patch("/chefs/api/me/chef/photos/" + first + "/", "{\"caption\":\"mine now\"}")
                .status()).isEqualTo(404);

        assertThat(chef.api().patch("/chefs/api/me/chef/photos/" + first, "{\"caption\":\"Ten chiles\"}").json()
                .get("caption").asString()).isEqualTo("Ten chiles");
        JsonNode order = chef.api().post("/chefs/api/me/chef/photos/order/", "{\"photo_ids\":[" + second + "]}")
                .json();
        assertThat(order.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(chef.api().get("/chefs/api/me/chef/profile/").json().get("photos").get(1).get("title").asString())
                .isEqualTo("Mole negro");

        String url = order.get(1).get("image_url").asString();
        assertThat(fetch(url)).isEqualTo(200);
        assertThat(chef.api().send("DELETE", "/chefs/api/me/chef/photos/" + first + "/", null, Map.of()).status())
                .isEqualTo(204);
        assertThat(chef.api().get("/chefs/api/me/chef/profile/").json().get("photos_count").asInt()).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(fetch(url)).isEqualTo(404));
    }

    @Test
    void theDirectoryListsOnlyVerifiedLiveChefsWithFiltersPagesAndUsernamesInAnyCase() {
        Person listed = people.chef();
        Person hidden = people.chef();
        // going live needs an active payout account
        Response early = listed.api().post("/chefs/api/me/chef/live/", "{\"is_live\":true}");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("error").asString()).isEqualTo("stripe_not_connected");
        assertThat(early.json().get("message").asString()).contains("Stripe");
        people.list(listed, "94103", "94110");
        assertThat(hidden.api().put("/chefs/api/me/chef/serving-postal-codes/",
                "{\"country\":\"US\",\"postal_codes\":[\"94103\"]}").status()).isEqualTo(200);

        JsonNode page = api.get("/chefs/api/public/?serves_postal=94103&page_size=100").json();
        assertThat(page.get("results").findValuesAsString("username")).contains(listed.username())
                .doesNotContain(hidden.username());
        JsonNode card = page.get("results").valueStream()
                .filter(chef -> chef.get("username").asString().equals(listed.username())).findFirst().orElseThrow();
        assertThat(card.get("user").get("username").asString()).isEqualTo(listed.username());
        assertThat(card.get("user").has("id")).as("no per-chef account lookups from the directory").isFalse();
        assertThat(card.get("serving_postalcodes").get(0).get("country").get("code").asString()).isEqualTo("US");
        assertThat(card.get("serving_postalcodes").findValuesAsString("postal_code")).contains("94103", "94110");
        assertThat(card.has("photos_count")).isTrue();

        assertThat(api.get("/chefs/api/public/?serves_postal=10001&page_size=100").json().get("results")
                .findValuesAsString("username")).doesNotContain(listed.username());
        assertThat(api.get("/chefs/api/public/?country=JP&page_size=100").json().get("results")
                .findValuesAsString("username")).doesNotContain(listed.username());
        assertThat(api.get("/chefs/api/public/?q=" + listed.username().toUpperCase() + "&page_size=100").json()
                .get("results").valueStream().map(chef -> chef.get("username").asString()))
                .containsExactly(listed.username());
        JsonNode paged = api.get("/chefs/api/public/?page_size=1&page=1").json();
        assertThat(paged.get("results")).hasSize(1);
        assertThat(paged.get("count").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get("/chefs/api/public/?page_size=500").status()).isEqualTo(400);
        assertThat(api.get("/chefs/api/public/?page=0").status()).isEqualTo(400);

        assertThat(api.get("/chefs/api/public/by-username/" + listed.username().toUpperCase() + "/").json()
                .get("id").asLong()).isEqualTo(listed.chefId());
        assertThat(api.get("/chefs/api/public/" + listed.chefId()).status()).isEqualTo(200);
        Response missing = api.get("/chefs/api/public/by-username/" + hidden.username() + "/");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asString()).isEqualTo("Chef not found");
        // the unlisted chef still previews their own page
        assertThat(hidden.api().get("/chefs/api/public/by-username/" + hidden.username() + "/").json()
                .get("is_preview").asBoolean()).isTrue();

        // customers: has_chef follows their saved address; serves-my-area per chef
        Person near = people.customer("94110");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(near.api()
                .get("/chefs/api/availability/").json().get("has_chef").asBoolean()).isTrue());
        assertThat(near.api().get("/chefs/api/public/" + listed.chefId() + "/serves-my-area/").json().get("serves")
                .asBoolean()).isTrue();
        Person far = people.customer("10001");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(far.api()
                .get("/chefs/api/availability/").json().get("reason").asString()).isEqualTo("no_chef_in_area"));
        assertThat(far.api().get("/chefs/api/public/" + listed.chefId() + "/serves-my-area/").json().get("serves")
                .asBoolean()).isFalse();
        assertThat(listed.api().put("/chefs/api/me/chef/serving-postal-codes/",
                "{\"country\":\"US\",\"postal_codes\":[\"99999\"]}").status()).as("not a US postal code")
                .isEqualTo(400);

        // staff disable the chef's account: the chef leaves the directory at once, and stays offline when restored
        assertThat(api.asAdmin().patch("/api/admin/users/" + listed.accountId(), "{\"disabled\":true}").status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/chefs/api/public/" + listed.chefId()).status()).isEqualTo(404));
        assertThat(api.get("/chefs/api/public/?serves_postal=94103&page_size=100").json().get("results")
                .findValuesAsString("username")).doesNotContain(listed.username());
        assertThat(api.asAdmin().patch("/api/admin/users/" + listed.accountId(), "{\"disabled\":false}").status())
                .isEqualTo(200);
        assertThat(api.get("/chefs/api/public/" + listed.chefId()).status()).isEqualTo(404);
    }

    @Test
    void customersJoinAndLeaveAWaitlistOnceEach() {
        Person chef = people.chef();
        people.list(chef, "94103");
        Person customer = people.customer("94103");
        String base = "/chefs/api/public/" + chef.chefId() + "/waitlist/";
        assertThat(api.get(base + "status/").json().get("subscribed").asBoolean()).isFalse();
        assertThat(api.post(base + "subscribe", "{}").status()).as("anonymous: sign in first").isEqualTo(401);

        assertThat(customer.api().post(base + "subscribe", "{}").json().get("subscribed").asBoolean()).isTrue();
        assertThat(customer.api().post(base + "subscribe", "{}").status()).as("joining again is fine").isEqualTo(200);
        JsonNode status = customer.api().get(base + "status/").json();
        assertThat(status.get("subscribed").asBoolean()).isTrue();
        assertThat(status.get("upcoming_events_count").asInt()).isZero();
        assertThat(published.ofType(WaitlistSubscribed.class).stream()
                .filter(s -> s.chefId() == chef.chefId())).hasSize(1);

        assertThat(customer.api().send("DELETE", base + "unsubscribe", null, Map.of()).status()).isEqualTo(204);
        assertThat(customer.api().send("DELETE", base + "unsubscribe", null, Map.of()).status()).isEqualTo(404);
        assertThat(published.ofType(WaitlistUnsubscribed.class).stream()
                .filter(s -> s.chefId() == chef.chefId())).hasSize(1);

        // a chef who closes the waitlist takes no new subscribers
        assertThat(chef.api().send("PUT", "/chefs/api/waitlist/config/", "{\"enabled\":false,\"cooldown_hours\":48}",
                Map.of("Content-Type", "application/json")).json().get("cooldown_hours").asInt()).isEqualTo(48);
        assertThat(customer.api().post(base + "subscribe", "{}").status()).isEqualTo(400);
        assertThat(chef.api().post(base + "subscribe", "{}").status()).isEqualTo(400);
        assertThat(customer.api().get("/chefs/api/public/" + UUID.randomUUID() + "/waitlist/status/").status())
                .isEqualTo(404);
    }

    @Test
    void aCustomerCannotUseChefEndpointsAndStaffAloneVerifyChefs() {
        Person customer = people.customer("94103");
        assertThat(customer.api().get("/chefs/api/me/chef/profile/").status()).isEqualTo(403);
        Person chef = people.chef();
        assertThat(chef.api().patch("/api/admin/chefs/" + chef.chefId(), "{\"is_verified\":true}").status())
                .isEqualTo(403);
        JsonNode vouched = api.asAdmin().patch("/api/admin/chefs/" + chef.chefId() + "/",
                "{\"is_verified\":true,\"insured\":true,\"insurance_expiry\":\"2020-01-31\"}").json();
        assertThat(vouched.get("is_verified").asBoolean()).isTrue();
        assertThat(vouched.get("insurance_status").asString()).isEqualTo("expired");
        assertThat(api.asAdmin().patch("/api/admin/chefs/999999999", "{\"is_verified\":true}").status())
                .isEqualTo(404);
    }

    private int fetch(String url) throws Exception {
        URI public_ = URI.create(url);
        // public addresses name the configured service address; this test server listens on its own port
        URI local = URI.create("http://localhost:" + port + public_.getRawPath());
        return BROWSER.send(HttpRequest.newBuilder(local).GET().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
