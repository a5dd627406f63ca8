package com.chefweb.chatbot.answer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** The shapes exchanged with the model: its structured answer and the tools it may call. */
final class ModelShapes {

    private ModelShapes() {
    }

    /** The strict JSON schema every model answer must follow. */
    @JsonClassDescription("The assistant's reply to the customer")
    record ModelAnswer(
            @JsonPropertyDescription("The reply: plain text, at most about 120 words, **bold** allowed; every price"
                    + " in it copied from a quote_party or check_location result") String response,
            @JsonPropertyDescription("One of booking_inquiry, pricing_question, service_area_check,"
                    + " package_comparison, dietary_restrictions, booking_lookup, cancellation_policy,"
                    + " contact_human, other") String intent,
            @JsonPropertyDescription("How sure you are that the reply answers the question, 0 to 1") double confidence,
            @JsonPropertyDescription("Up to three short follow-ups the customer may tap, each under 40 characters")
            List<String> quickReplies) {
    }

    @JsonTypeName("quote_party")
    @JsonClassDescription("Prices a party exactly as the booking page will: package, guests, travel and deposit."
            + " Call it for every price you state.")
    record QuoteParty(
            @JsonPropertyDescription("Package id: essential, signature or premium; empty for the default")
            String packageId,
            @JsonPropertyDescription("Number of adults (at least 1)") int adults,
            @JsonPropertyDescription("Number of children, 0 if none") int children,
            @JsonPropertyDescription("The venue's 5-digit ZIP code, or empty") String zipCode,
            @JsonPropertyDescription("The venue's city (and 2-letter state), or empty") String city) {
    }

    @JsonTypeName("check_location")
    @JsonClassDescription("Says whether a ZIP code or city is in the service area and what travel costs there")
    record CheckLocation(
            @JsonPropertyDescription("A 5-digit ZIP code, or empty") String zipCode,
            @JsonPropertyDescription("A city (and 2-letter state), or empty") String city) {
    }
}
