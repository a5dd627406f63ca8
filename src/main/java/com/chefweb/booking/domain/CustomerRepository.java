package com.chefweb.booking.domain;

import static com.chefweb.booking.jooq.Tables.CUSTOMER;
import static org.jooq.impl.DSL.currentInstant;

import java.util.UUID;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CustomerRepository {

    private final DSLContext db;

    CustomerRepository(DSLContext db) {
        this.db = db;
    }

    /** The customer with this email, created or brought up to date with the latest name and phone. */
    UUID upsert(String email, String name, String phone) {
        return db.insertInto(CUSTOMER)
                .set(CUSTOMER.ID, UUID.randomUUID())
                .set(CUSTOMER.EMAIL, email)
                .set(CUSTOMER.NAME, name)
                .set(CUSTOMER.PHONE, phone)
                .onConflict(CUSTOMER.EMAIL).doUpdate()
                .set(CUSTOMER.NAME, name)
                .set(CUSTOMER.PHONE, phone)
                .set(CUSTOMER.UPDATED_AT, currentInstant())
                .returning(CUSTOMER.ID)
                .fetchOne(CUSTOMER.ID);
    }
}
