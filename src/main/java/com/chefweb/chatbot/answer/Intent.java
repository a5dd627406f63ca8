package com.chefweb.chatbot.answer;

/** What a customer is asking about: the PRD's five, and the four the storefront's questions add. */
public enum Intent {
    BOOKING_INQUIRY, PRICING_QUESTION, SERVICE_AREA_CHECK, PACKAGE_COMPARISON, DIETARY_RESTRICTIONS, BOOKING_LOOKUP,
    CANCELLATION_POLICY, CONTACT_HUMAN, OTHER;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Intent of(String code) {
        for (Intent intent : values()) {
            if (intent.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return intent;
            }
        }
        return OTHER;
    }
}
