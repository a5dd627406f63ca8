package com.chefweb.crm.contact;

import static com.chefweb.crm.jooq.Tables.CONTACT_INQUIRY;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.chefweb.crm.jooq.tables.records.ContactInquiryRecord;

@Repository
class ContactInquiryRepository {

    private final DSLContext db;

    ContactInquiryRepository(DSLContext db) {
        this.db = db;
    }

    void insert(ContactInquiry inquiry) {
        db.insertInto(CONTACT_INQUIRY)
                .set(CONTACT_INQUIRY.ID, inquiry.id())
                .set(CONTACT_INQUIRY.NAME, inquiry.name())
                .set(CONTACT_INQUIRY.EMAIL, inquiry.email())
                .set(CONTACT_INQUIRY.PHONE, inquiry.phone())
                .set(CONTACT_INQUIRY.REASON, inquiry.reason())
                .set(CONTACT_INQUIRY.SUBJECT, inquiry.subject())
                .set(CONTACT_INQUIRY.MESSAGE, inquiry.message())
                .set(CONTACT_INQUIRY.STATUS, inquiry.status())
                .set(CONTACT_INQUIRY.CREATED_AT, inquiry.createdAt())
                .set(CONTACT_INQUIRY.UPDATED_AT, inquiry.updatedAt())
                .execute();
    }

    Optional<ContactInquiry> find(UUID id) {
        return db.selectFrom(CONTACT_INQUIRY).where(CONTACT_INQUIRY.ID.eq(id))
                .fetchOptional(ContactInquiryRepository::toInquiry);
    }

    Optional<ContactInquiry> lock(UUID id) {
        return db.selectFrom(CONTACT_INQUIRY).where(CONTACT_INQUIRY.ID.eq(id)).forUpdate()
                .fetchOptional(ContactInquiryRepository::toInquiry);
    }

    void update(UUID id, String status, String adminNotes, Instant repliedAt, Instant at) {
        db.update(CONTACT_INQUIRY)
                .set(CONTACT_INQUIRY.STATUS, status)
                .set(CONTACT_INQUIRY.ADMIN_NOTES, adminNotes)
                .set(CONTACT_INQUIRY.REPLIED_AT, repliedAt)
                .set(CONTACT_INQUIRY.UPDATED_AT, at)
                .where(CONTACT_INQUIRY.ID.eq(id))
                .execute();
    }

    List<ContactInquiry> page(String status, int limit, int offset) {
        return db.selectFrom(CONTACT_INQUIRY).where(condition(status))
                .orderBy(CONTACT_INQUIRY.CREATED_AT.desc(), CONTACT_INQUIRY.ID)
                .limit(limit).offset(offset)
                .fetch(ContactInquiryRepository::toInquiry);
    }

    int count(String status) {
        return db.fetchCount(CONTACT_INQUIRY, condition(status));
    }

    private static Condition condition(String status) {
        return status == null ? DSL.noCondition() : CONTACT_INQUIRY.STATUS.eq(status);
    }

    private static ContactInquiry toInquiry(ContactInquiryRecord row) {
        return new ContactInquiry(row.getId(), row.getName(), row.getEmail(), row.getPhone(), row.getReason(),
                row.getSubject(), row.getMessage(), row.getStatus(), row.getAdminNotes(),
                row.getRepliedAt(), row.getCreatedAt(),
                row.getUpdatedAt());
    }

}
