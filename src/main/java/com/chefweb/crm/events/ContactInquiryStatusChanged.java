package com.chefweb.crm.events;

import java.util.UUID;

/** Staff moved an inquiry along: {@code in_progress}, {@code replied} or {@code closed}. */
public record ContactInquiryStatusChanged(UUID inquiryId, String status) {
}
