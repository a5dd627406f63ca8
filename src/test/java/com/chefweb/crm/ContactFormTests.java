package com.chefweb.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.HttpApi.Response;

/** The storefront's contact page and the admin console's contact pages, in the shapes they read. */
class ContactFormTests extends FakeStripeAndSendGrid {

    @LocalServerPort
    int port;

    HttpApi api;

    @BeforeEach
    void setUp() {
        api = new HttpApi(port);
    }

    @Test
    void aMessageIsThankedAndStaffWorkThroughIt() {
        Response sent = api.post("/api/contact", """
                {"name":"Robin Park","email":" Robin@Example.com ","phone":"650.555.0100","reason":"large-event",
                 "subject":"Company party","message":"Can you serve 80 people in March?"}""");

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.json().get("message").asString())
                .isEqualTo("Thank you for contacting us! We will respond within 2 hours during business hours.");
        String id = sent.json().get("inquiryId").asString();
        HttpApi admin = api.asAdmin();

        JsonNode listed = StreamSupport.stream(admin.get("/api/admin/contacts?status=new").json().get("contacts")
                .spliterator(), false).filter(c -> c.get("id").asString().equals(id)).findFirst().orElseThrow();
        assertThat(listed.get("email").asString()).isEqualTo("robin@example.com");
        assertThat(listed.get("status").asString()).isEqualTo("new");
        JsonNode detail = admin.get("/api/contact/" + id).json();
        assertThat(detail.get("message").asString()).isEqualTo("Can you serve 80 people in March?");
        assertThat(detail.get("phone").asString()).isEqualTo("(650) 555-0100");

        Response replied = admin.patch("/api/contact/" + id, "{\"status\":\"replied\",\"admin_notes\":\"Sent a quote\"}");
        assertThat(replied.json().get("status").asString()).isEqualTo("replied");
        assertThat(replied.json().get("replied_at").isNull()).isFalse();
        Response invalid = admin.patch("/api/contact/" + id, "{\"status\":\"new\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("error").asString()).isEqualTo("Invalid status");
        assertThat(invalid.json().get("validStatuses").toString()).contains("in_progress", "replied", "closed");
    }

    @Test
    void aMessageWithoutWhatWeNeedIsRefusedFieldByField() {
        Response response = api.post("/api/contact", "{\"name\":\"\",\"email\":\"x@mailinator.com\",\"message\":\"\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(StreamSupport.stream(response.json().get("errors").spliterator(), false)
                .map(e -> e.get("field").asString())).containsExactlyInAnyOrder("name", "email", "message");
    }

    @Test
    void onlyStaffReadMessages() {
        String id = api.post("/api/contact", "{\"name\":\"Sam\",\"email\":\"sam@example.com\",\"message\":\"Hi\"}")
                .json().get("inquiryId").asString();

        assertThat(api.get("/api/contact/" + id).status()).isEqualTo(401);
        assertThat(api.get("/api/admin/contacts").status()).isEqualTo(401);
        assertThat(api.asAdmin().get("/api/contact/" + java.util.UUID.randomUUID()).json().get("error").asString())
                .isEqualTo("Inquiry not found");
    }
}
