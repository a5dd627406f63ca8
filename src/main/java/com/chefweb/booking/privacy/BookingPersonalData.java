package com.chefweb.booking.privacy;

import static com.chefweb.booking.jooq.Tables.BOOKING;
import static com.chefweb.booking.jooq.Tables.CUSTOMER;
import static com.chefweb.booking.jooq.Tables.CUSTOMER_ADDRESS;
import static com.chefweb.booking.jooq.Tables.CUSTOMER_ORDER;
import static com.chefweb.booking.jooq.Tables.MARKETPLACE_CUSTOMER;
import static com.chefweb.booking.jooq.Tables.MEAL_ORDER;
import static com.chefweb.booking.jooq.Tables.REVIEW;
import static com.chefweb.booking.jooq.Tables.SERVICE_ORDER;
import static com.chefweb.shared.privacy.PersonalRecords.rows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.chefweb.booking.events.BookingPersonalDataAnswered;
import com.chefweb.booking.jooq.tables.Booking;
import com.chefweb.booking.jooq.tables.Customer;
import com.chefweb.booking.jooq.tables.CustomerAddress;
import com.chefweb.booking.jooq.tables.CustomerOrder;
import com.chefweb.booking.jooq.tables.MarketplaceCustomer;
import com.chefweb.booking.jooq.tables.MealOrder;
import com.chefweb.booking.jooq.tables.Review;
import com.chefweb.booking.jooq.tables.ServiceOrder;
import com.chefweb.identity.events.PersonalDataErasureRequested;
import com.chefweb.identity.events.PersonalDataExportRequested;
import com.chefweb.shared.privacy.PersonalRecords;

/**
 * Booking's part of a privacy request. Storefront bookings are the customer's by email, marketplace orders by
 * account. An erased booking keeps its confirmation number, date, guests, package, amounts, statuses and the city
 * and state it was priced and taxed for (the business's records, and the crew's calendar), under the anonymous name;
 * who, where exactly, what kind of party and what they asked for go.
 */
@Component
class BookingPersonalData {

    private final DSLContext db;
    private final ApplicationEventPublisher events;

    BookingPersonalData(DSLContext db, ApplicationEventPublisher events) {
        this.db = db;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(PersonalDataExportRequested request) {
        Map<String, JSONB> sections = new LinkedHashMap<>();
        Customer customer = CUSTOMER.as("c");
        sections.put("storefront_customer", db.select(rows(customer)).from(customer)
                .where(customer.EMAIL.eq(request.email())).fetchSingle().value1());
        Booking booking = BOOKING.as("b");
        sections.put("storefront_bookings", db.select(rows(booking, "idempotency_request_hash")).from(booking)
                .where(ofCustomer(booking, request.email())).fetchSingle().value1());
        UUID userId = request.userId();
        if (userId != null) {
            MarketplaceCustomer marketplace = MARKETPLACE_CUSTOMER.as("m");
            sections.put("marketplace_customer", db.select(rows(marketplace)).from(marketplace)
                    .where(marketplace.USER_ID.eq(userId)).fetchSingle().value1());
            CustomerOrder order = CUSTOMER_ORDER.as("o");
            sections.put("orders", db.select(rows(order)).from(order)
                    .where(order.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
            MealOrder meal = MEAL_ORDER.as("mo");
            sections.put("meal_orders", db.select(rows(meal)).from(meal)
                    .where(meal.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
            ServiceOrder service = SERVICE_ORDER.as("so");
            sections.put("service_orders", db.select(rows(service)).from(service)
                    .where(service.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
            Review review = REVIEW.as("r");
            sections.put("reviews", db.select(rows(review)).from(review)
                    .where(review.CUSTOMER_USER_ID.eq(userId)).fetchSingle().value1());
            CustomerAddress address = CUSTOMER_ADDRESS.as("a");
            sections.put("address", db.select(rows(address)).from(address)
                    .where(address.USER_ID.eq(userId)).fetchSingle().value1());
        }
        events.publishEvent(new BookingPersonalDataAnswered(request.requestId(), PersonalRecords.sections(sections)));
    }

    @ApplicationModuleListener
    void on(PersonalDataErasureRequested erasure) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("storefront_bookings", db.update(BOOKING)
                .set(BOOKING.CONTACT_NAME, PersonalDataErasureRequested.ERASED_NAME)
                .set(BOOKING.CONTACT_EMAIL, erasure.anonymousEmail())
                .set(BOOKING.CONTACT_PHONE, "")
                .setNull(BOOKING.ADDRESS)
                .setNull(BOOKING.ADDRESS_LINE2)
                .setNull(BOOKING.ZIP_CODE)
                .setNull(BOOKING.VENUE_TYPE)
                .setNull(BOOKING.PARTY_TYPE)
                .set(BOOKING.SETUP_REQUIREMENTS, new String[0])
                .setNull(BOOKING.DIETARY_RESTRICTIONS)
                .set(BOOKING.HAS_ALLERGIES, false)
                .setNull(BOOKING.ALLERGIES)
                .setNull(BOOKING.SPECIAL_REQUESTS)
                .setNull(BOOKING.CANCELLATION_REASON)
                .set(BOOKING.MARKETING_CONSENT, false)
                .set(BOOKING.SMS_CONSENT, false)
                .setNull(BOOKING.IDEMPOTENCY_KEY)
                .setNull(BOOKING.IDEMPOTENCY_REQUEST_HASH)
                .where(ofCustomer(BOOKING, erasure.email()))
                .execute());
        counts.put("storefront_customers", db.update(CUSTOMER)
                .set(CUSTOMER.EMAIL, erasure.anonymousEmail())
                .set(CUSTOMER.NAME, PersonalDataErasureRequested.ERASED_NAME)
                .set(CUSTOMER.PHONE, "")
                .where(CUSTOMER.EMAIL.eq(erasure.email()))
                .execute());
        UUID userId = erasure.userId();
        if (userId != null) {
            eraseMarketplace(userId, erasure, counts);
        }
        events.publishEvent(new BookingPersonalDataAnswered(erasure.requestId(), PersonalRecords.counts(counts)));
    }

    private void eraseMarketplace(UUID userId, PersonalDataErasureRequested erasure, Map<String, Integer> counts) {
        counts.put("marketplace_customers", db.update(MARKETPLACE_CUSTOMER)
                .set(MARKETPLACE_CUSTOMER.USERNAME, erasure.anonymousId())
                .set(MARKETPLACE_CUSTOMER.EMAIL, erasure.anonymousEmail())
                .where(MARKETPLACE_CUSTOMER.USER_ID.eq(userId))
                .execute());
        counts.put("orders", db.update(CUSTOMER_ORDER).setNull(CUSTOMER_ORDER.IDEMPOTENCY_KEY)
                .where(CUSTOMER_ORDER.CUSTOMER_USER_ID.eq(userId)).execute());
        counts.put("meal_orders", db.update(MEAL_ORDER)
                .set(MEAL_ORDER.SPECIAL_REQUESTS, "")
                .setNull(MEAL_ORDER.CANCELLATION_REASON)
                .where(MEAL_ORDER.CUSTOMER_USER_ID.eq(userId))
                .execute());
        counts.put("service_orders", db.update(SERVICE_ORDER)
                .set(SERVICE_ORDER.ADDRESS, "")
                .set(SERVICE_ORDER.SPECIAL_REQUESTS, "")
                .set(SERVICE_ORDER.SCHEDULE_NOTES, "")
                .setNull(SERVICE_ORDER.CANCELLATION_REASON)
                .where(SERVICE_ORDER.CUSTOMER_USER_ID.eq(userId))
                .execute());
        // the stars still count towards the chef's rating; the words were the customer's
        counts.put("reviews", db.update(REVIEW).set(REVIEW.TEXT, "")
                .where(REVIEW.CUSTOMER_USER_ID.eq(userId)).execute());
        counts.put("addresses", db.deleteFrom(CUSTOMER_ADDRESS).where(CUSTOMER_ADDRESS.USER_ID.eq(userId)).execute());
    }

    private static Condition ofCustomer(Booking booking, @Nullable String email) {
        return booking.CUSTOMER_ID.in(DSL.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.EMAIL.eq(email)));
    }
}
