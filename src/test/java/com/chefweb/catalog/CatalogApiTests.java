package com.chefweb.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.booking.pricing.PriceBookCopies;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;

/** The catalog as the storefront and an admin use it, over real HTTP against embedded PostgreSQL. */
class CatalogApiTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    @Autowired
    com.chefweb.support.PublishedEventLog published;

    @Autowired
    PriceBookCopies bookingCopies;

    HttpApi api;
    HttpApi admin;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
        admin = api.asAdmin();
    }

    @Test
    void servesTheStorefrontPackagesAtTheirPrices() {
        Response response = api.get("/api/packages");

        assertThat(response.status()).isEqualTo(200);
        Map<String, List<String>> prices = new java.util.LinkedHashMap<>();
        response.json().get("packages").forEach(p -> prices.put(p.get("id").asString(),
                List.of(p.get("price").decimalValue().toPlainString(), p.get("childPrice").decimalValue().toPlainString(),
                        p.get("currency").asString())));
        assertThat(prices).containsExactly(
                Map.entry("essential", List.of("65.00", "43.00", "USD")),
                Map.entry("signature", List.of("75.00", "50.00", "USD")),
                Map.entry("premium", List.of("95.00", "63.00", "USD")));
        assertThat(response.json().get("packages").get(1).get("includes").size()).isGreaterThan(3);
    }

    @Test
    void servesTheStorefrontAddOnsWithMochiPricedPerPerson() {
        JsonNode addOns = api.get("/api/addons").json().get("addons");

        assertThat(ids(addOns)).containsExactly("soft-drinks", "sake-upgrade", "beer-wine", "mochi-ice-cream", "cake",
                "additional-chef", "photographer", "tableware-upgrade", "decorations");
        JsonNode mochi = addOns.get(3);
        assertThat(mochi.get("price").decimalValue()).isEqualByComparingTo("4");
        assertThat(mochi.get("perPerson").asBoolean()).isTrue();
        assertThat(mochi.get("pricing").asString()).isEqualTo("per_person");
        assertThat(addOns.get(0).get("perPerson").asBoolean()).isFalse();
        assertThat(addOns.get(6).get("price").decimalValue()).isEqualByComparingTo("300");
    }

    @Test
    void menuStartsAtTheLowestAdultPrice() {
        JsonNode menu = api.get("/api/menu").json();

        assertThat(menu.get("heading").asString()).isEqualTo("From $65 per person, every party includes");
        assertThat(menu.get("startingAtPrice").decimalValue()).isEqualByComparingTo("65");
        assertThat(ids(menu.get("items"))).contains("fried-rice", "chef-performance");
    }

    @Test
    void bayAreaIncludesTravelAndListsDistanceTiersBeyondIt() {
        JsonNode area = api.get("/api/service-areas").json().get("serviceAreas").get(0);

        assertThat(area.get("id").asString()).isEqualTo("bay_area");
        assertThat(area.get("travelFeePolicy").asString()).isEqualTo("included");
        assertThat(area.get("timeZone").asString()).isEqualTo("America/Los_Angeles");
        assertThat(area.get("maxRadiusMiles").asInt()).isEqualTo(300);
        assertThat(texts(area.get("cities"))).contains("San Francisco", "Oakland", "San Jose", "Berkeley", "Palo Alto");
        assertThat(texts(area.get("postalCodes"))).contains("94103", "94612", "95112").doesNotContain("95814");
        assertThat(StreamSupport.stream(area.get("travelFeeTiers").spliterator(), false)
                .map(t -> t.get("upToMiles").asInt() + "=" + t.get("fee").decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactly("100=100", "200=150", "300=200");
        assertThat(area.get("taxRatePercent").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void anAdminPriceChangePublishesANewPriceBookThatBookingReceives() {
        long before = version();
        try {
            Response changed = admin.patch("/api/packages", """
                    {"packages":[{"id":"signature","price":80,"childPrice":53.5}]}""");

            assertThat(changed.status()).isEqualTo(200);
            assertThat(changed.json().get("priceBookVersion").asLong()).isEqualTo(before + 1);
            JsonNode signature = api.get("/api/packages").json().get("packages").get(1);
            assertThat(signature.get("price").decimalValue()).isEqualByComparingTo("80");
            assertThat(signature.get("childPrice").decimalValue()).isEqualByComparingTo("53.50");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                PriceBook copy = bookingCopies.latest().orElseThrow();
                assertThat(copy.version()).isEqualTo(before + 1);
                assertThat(copy.findPackage("signature").orElseThrow().adultPrice().minorUnits()).isEqualTo(8000);
                assertThat(copy.findPackage("signature").orElseThrow().childPrice().minorUnits()).isEqualTo(5350);
            });
            assertThat(bookingCopies.version(before).orElseThrow().findPackage("signature").orElseThrow()
                    .adultPrice().minorUnits()).as("earlier versions stay as they were").isEqualTo(7500);
        } finally {
            admin.patch("/api/packages", """
                    {"packages":[{"id":"signature","price":75,"childPrice":50}]}""");
        }
    }

    @Test
    void browsersRevalidateTheCatalogAndGet304UntilPricesChange() {
        Response first = api.get("/api/packages");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("no-cache");

        Response unchanged = api.send("GET", "/api/packages", null, java.util.Map.of("If-None-Match", etag));
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        assertThat(api.send("GET", "/api/addons", null, java.util.Map.of("If-None-Match", etag)).status())
                .as("one price-book version tags every catalog answer").isEqualTo(304);

        try {
            admin.patch("/api/packages", """
                    {"packages":[{"id":"signature","price":81}]}""");
            Response changed = api.send("GET", "/api/packages", null, java.util.Map.of("If-None-Match", etag));
            assertThat(changed.status()).as("a new price book is a new answer").isEqualTo(200);
            assertThat(changed.header("ETag")).isNotEqualTo(etag);
            assertThat(changed.json().get("packages").get(1).get("price").decimalValue()).isEqualByComparingTo("81");
        } finally {
            admin.patch("/api/packages", """
                    {"packages":[{"id":"signature","price":75}]}""");
        }
    }

    @Test
    void anEditThatChangesNothingKeepsTheVersion() {
        long before = version();

        Response response = admin.patch("/api/packages", """
                {"packages":[{"id":"essential","price":65}]}""");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("priceBookVersion").asLong()).isEqualTo(before);
    }

    @Test
    void aBatchWithOneUnknownPackageChangesNothing() {
        long before = version();

        Response response = admin.patch("/api/packages", """
                {"packages":[{"id":"signature","price":1},{"id":"deluxe","price":125}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("packages[1].id");
        assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("Unknown package 'deluxe'");
        assertThat(api.get("/api/packages").json().get("packages").get(1).get("price").decimalValue())
                .isEqualByComparingTo("75");
        assertThat(version()).isEqualTo(before);
    }

    @Test
    void invalidValuesAreReportedFieldByField() {
        Response response = admin.patch("/api/packages", """
                {"packages":[{"id":"premium","price":-1,"childPrice":10.001,"name":""}]}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asString()).isEqualTo("Validation failed");
        assertThat(StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("packages[0].price", "packages[0].childPrice", "packages[0].name");
        assertThat(api.get("/api/packages").json().get("packages").get(2).get("price").decimalValue())
                .isEqualByComparingTo("95");
    }

    @Test
    void onlyAdminsChangePrices() {
        String customerEmail = com.chefweb.support.TestAccounts.uniqueEmail("customer");
        HttpApi customer = com.chefweb.support.SignUpLinks.storefrontCustomer(api, published, customerEmail, "Pat");
        String change = "{\"packages\":[{\"id\":\"signature\",\"price\":1}]}";

        assertThat(api.patch("/api/packages", change).status()).isEqualTo(401);
        assertThat(customer.patch("/api/packages", change).status()).isEqualTo(403);
        assertThat(api.get("/api/packages").json().get("packages").get(1).get("price").decimalValue())
                .isEqualByComparingTo("75");
    }

    @Test
    void anEmptyEditIsRefused() {
        Response response = admin.patch("/api/packages", "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("packages");
    }

    private long version() {
        return api.get("/api/packages").json().get("priceBookVersion").asLong();
    }

    private static List<String> ids(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.get("id").asString()).toList();
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
    }
}
