package com.chefweb.crm.contact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.crm.events.ContactInquiryReceived;
import com.chefweb.crm.events.ContactInquiryStatusChanged;
import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.shared.contact.DisposableEmailDomains;
import com.chefweb.shared.contact.EmailAddress;
import com.chefweb.shared.contact.PhoneNumber;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.text.TextRule;

/** The contact form's messages: received from anyone, worked through by staff. */
@Service
public class ContactInquiries {

    public static final List<String> STAFF_STATUSES = List.of("in_progress", "replied", "closed");
    /** The storefront form's reasons. */
    private static final List<String> REASONS = List.of("booking", "existing", "pricing", "dietary", "large-event",
            "feedback", "other");
    private static final Set<String> ALL_STATUSES = Set.of("new", "in_progress", "replied", "closed");

    private final ContactInquiryRepository inquiries;
    private final DisposableEmailDomains disposable;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactInquiries(ContactInquiryRepository inquiries, DisposableEmailDomains disposable,
            ApplicationEventPublisher events, Clock clock) {
        this.inquiries = inquiries;
        this.disposable = disposable;
        this.events = events;
        this.clock = clock;
    }

    /** @throws Refusal 400 with field errors; nothing is stored then */
    @Transactional
    public ContactInquiry receive(@Nullable String name, @Nullable String email, @Nullable String phone,
            @Nullable String reason, @Nullable String subject, @Nullable String message) {
        List<FieldProblem> problems = new ArrayList<>();
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            problems.add(new FieldProblem("name", "Enter your name (up to 100 characters)"));
        }
        EmailAddress address = EmailAddress.parse(email).orElse(null);
        if (address == null) {
            problems.add(new FieldProblem("email", "Enter a valid email address"));
        } else if (disposable.contains(address)) {
            problems.add(new FieldProblem("email", "Please use a permanent email address"));
        }
        String cleanPhone = null;
        if (phone != null && !phone.isBlank()) {
            cleanPhone = PhoneNumber.parse(phone).map(PhoneNumber::value).orElse(null);
            if (cleanPhone == null) {
                problems.add(new FieldProblem("phone", "Enter a phone number with 10 to 15 digits"));
            }
        }
        lineProblem("name", cleanName).ifPresent(problems::add);
        String cleanReason = blankToNull(reason);
        if (cleanReason != null && !REASONS.contains(cleanReason)) {
            problems.add(new FieldProblem("reason", "Choose one of " + String.join(", ", REASONS)));
        }
        String cleanSubject = blankToNull(subject);
        if (cleanSubject != null && cleanSubject.length() > 200) {
            problems.add(new FieldProblem("subject", "Keep the subject to 200 characters"));
        } else if (cleanSubject != null) {
            lineProblem("subject", cleanSubject).ifPresent(problems::add);
        }
        String cleanMessage = message == null ? "" : message.strip();
        if (cleanMessage.isEmpty() || cleanMessage.length() > 2000) {
            problems.add(new FieldProblem("message", "Write a message of up to 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        Instant now = clock.instant();
        ContactInquiry inquiry = new ContactInquiry(UUID.randomUUID(), cleanName, address.value(), cleanPhone,
                cleanReason, cleanSubject, cleanMessage, "new", null, null, now, now);
        inquiries.insert(inquiry);
        events.publishEvent(new ContactInquiryReceived(inquiry.id(), inquiry.name(), inquiry.email(), inquiry.reason(),
                inquiry.subject(), now, inquiry.phone(), inquiry.message()));
        return inquiry;
    }

    @Transactional(readOnly = true)
    public ContactInquiry get(UUID id) {
        return inquiries.find(id).orElseThrow(() -> Refusal.notFound("Inquiry not found"));
    }

    @Transactional(readOnly = true)
    public List<ContactInquiry> page(@Nullable String status, int limit, int offset) {
        return inquiries.page(checked(status), limit, offset);
    }

    @Transactional(readOnly = true)
    public int count(@Nullable String status) {
        return inquiries.count(checked(status));
    }

    /** Staff move an inquiry along; replying records when. */
    @Transactional
    public ContactInquiry update(UUID id, @Nullable String status, @Nullable String adminNotes) {
        if (status == null || !STAFF_STATUSES.contains(status)) {
            throw Refusal.rejected("Invalid status").with("validStatuses", STAFF_STATUSES);
        }
        ContactInquiry current = inquiries.lock(id).orElseThrow(() -> Refusal.notFound("Inquiry not found"));
        Instant now = clock.instant();
        Instant repliedAt = status.equals("replied") ? now : current.repliedAt();
        if (adminNotes != null && adminNotes.strip().length() > 2000) {
            throw Refusal.invalid("admin_notes", "Keep the notes to 2000 characters");
        }
        String notes = adminNotes != null ? adminNotes.strip() : current.adminNotes();
        inquiries.update(id, status, notes, repliedAt, now);
        if (!status.equals(current.status())) {
            events.publishEvent(new ContactInquiryStatusChanged(id, status));
            AuditableChangeMade.byCurrentStaff("contact_inquiry.updated", "contact_inquiry", id.toString(),
                    "Inquiry from " + current.email() + ": " + current.status() + " → " + status,
                    Map.of("status", current.status()), Map.of("status", status), clock.instant())
                            .ifPresent(events::publishEvent);
        }
        return get(id);
    }

    private static @Nullable String checked(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!ALL_STATUSES.contains(status)) {
            throw Refusal.rejected("Invalid status").with("validStatuses", List.copyOf(ALL_STATUSES));
        }
        return status;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A name or subject goes into email headers and one-line lists: one line, and no markup. */
    private static java.util.Optional<FieldProblem> lineProblem(String field, String text) {
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            return java.util.Optional.of(new FieldProblem(field, "Leave out < and >"));
        }
        return TextRule.problemWithLine(text).map(problem -> new FieldProblem(field, problem));
    }
}
