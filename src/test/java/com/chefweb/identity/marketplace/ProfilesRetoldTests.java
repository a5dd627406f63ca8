package com.chefweb.identity.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.chefweb.support.FakeStripeAndSendGrid;
import com.chefweb.support.HttpApi;
import com.chefweb.support.TestAccounts;

/**
 * Members who signed up before notifications kept a copy of them are told to notifications once more, once per
 * database, so their receipts and alerts are written too.
 */
class ProfilesRetoldTests extends FakeStripeAndSendGrid {

    private static final String JOB = "identity: marketplace profiles retold for notifications";

    @LocalServerPort
    int port;

    @Autowired
    DSLContext db;

    @Autowired
    MarketplaceProfilesRetold retold;

    @Test
    void aMemberNotificationsNeverHeardOfIsToldOnceAndTheJobDoesNotRunTwice() {
        String email = TestAccounts.uniqueEmail("early");
        String username = "early_" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(new HttpApi(port).post("/auth/api/register/", """
                {"user":{"username":"%s","email":"%s","password":"%s"}}"""
                .formatted(username, email, TestAccounts.GOOD_PASSWORD)).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> copied(email));
        assertThat(db.fetchExists(DSL.table("scheduling.one_off_job"), DSL.field("name").eq(JOB)
                .and(DSL.field("finished_at").isNotNull()))).as("done once when the service started").isTrue();

        // as it was before notifications kept copies: the member is unknown there, and the job never ran
        db.deleteFrom(DSL.table("notify.marketplace_person")).where(DSL.field("email").eq(email)).execute();
        db.deleteFrom(DSL.table("scheduling.one_off_job")).where(DSL.field("name").eq(JOB)).execute();
        retold.retell();
        await().atMost(Duration.ofSeconds(10)).until(() -> copied(email));

        db.deleteFrom(DSL.table("notify.marketplace_person")).where(DSL.field("email").eq(email)).execute();
        retold.retell();
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> !copied(email));
    }

    private boolean copied(String email) {
        return db.fetchExists(DSL.table("notify.marketplace_person"), DSL.field("email").eq(email));
    }
}
