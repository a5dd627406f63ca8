package com.chefweb.crm.events;

import java.time.Instant;
import java.util.UUID;

/** Someone wrote through the contact form; staff will answer. */
public record ContactInquiryReceived(UUID inquiryId, String name, String email, String reason, String subject,
        Instant receivedAt) {
}
