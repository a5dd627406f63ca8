package com.chefweb.chefs.privacy;

import static com.chefweb.chefs.jooq.Tables.CUSTOMER_AREA;
import static com.chefweb.chefs.jooq.Tables.DASHBOARD_SALE;
import static com.chefweb.chefs.jooq.Tables.WAITLIST_SUBSCRIPTION;
import static com.chefweb.shared.privacy.PersonalRecords.rows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.chefs.events.ChefsPersonalDataAnswered;
import com.chefweb.chefs.jooq.tables.CustomerArea;
import com.chefweb.chefs.jooq.tables.DashboardSale;
import com.chefweb.chefs.jooq.tables.WaitlistSubscription;
import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.events.PersonalDataExportRequested;
import com.chefweb.shared.privacy.PersonalRecords;

/**
 * The chefs module's part of a privacy request about a customer: where they live (to find chefs serving them), the
 * waitlists they joined, and the sales chefs' dashboards count. Sales are kept (a chef's revenue), as ids and amounts.
 */
@Component
class ChefsPersonalData {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    ChefsPersonalData(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PersonalDataExportRequested request) {
        Map<String, JSONB> sections = new LinkedHashMap<>();
        UUID userId = request.userId();
        if (userId != null) {
            CustomerArea area = CUSTOMER_AREA.as("a");
            sections.put("area", db.select(rows(area)).from(area).where(area.USER_ID.eq(userId)).fetchSingle()
                    .value1());
            WaitlistSubscription subscription = WAITLIST_SUBSCRIPTION.as("w");
            sections.put("waitlists", db.select(rows(subscription)).from(subscription)
                    .where(subscription.USER_ID.eq(userId)).fetchSingle().value1());
            DashboardSale sale = DASHBOARD_SALE.as("s");
            sections.put("purchases_from_chefs", db.select(rows(sale)).from(sale)
                    .where(sale.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
        }
        events.publishEvent(new ChefsPersonalDataAnswered(request.requestId(), PersonalRecords.sections(sections)));
    }

    @ApplicationModuleListener
    void on(PersonalDataErasureRequested erasure) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        UUID userId = erasure.userId();
        if (userId != null) {
            counts.put("areas", db.deleteFrom(CUSTOMER_AREA).where(CUSTOMER_AREA.USER_ID.eq(userId)).execute());
            counts.put("waitlists_left", db.deleteFrom(WAITLIST_SUBSCRIPTION)
                    .where(WAITLIST_SUBSCRIPTION.USER_ID.eq(userId)).execute());
        }
        events.publishEvent(new ChefsPersonalDataAnswered(erasure.requestId(), PersonalRecords.counts(counts)));
    }
}
