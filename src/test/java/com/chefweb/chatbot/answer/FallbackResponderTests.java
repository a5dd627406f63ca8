package com.chefweb.chatbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.chefweb.chatbot.knowledge.CustomerPolicies;
import com.chefweb.chatbot.knowledge.Knowledge;

/** The answers a customer gets with no model, from the storefront's own price book. */
class FallbackResponderTests {

    private final Knowledge storefront = StorefrontKnowledge.get();
    private final FallbackResponder responder = new FallbackResponder(new PartyQuotes(),
            new CustomerPolicies(7, 3, 50, 1, 3, 3, 365, 50));

    @Test
    void fifteenPeopleArePricedWithTheSignaturePackage() {
        Answer answer = responder.answer("How much for 15 people?", storefront);

        assertThat(answer.intent()).isEqualTo(Intent.PRICING_QUESTION);
        // 15 x $75; 25% deposit rounded to whole dollars
        assertThat(answer.response()).contains("15 guests", "**Signature**", "$75 per adult", "**Total: $1,125**",
                "deposit of $281");
        assertThat(answer.prefill()).containsEntry("numAdults", 15).containsEntry("numChildren", 0)
                .containsEntry("package", "signature");
    }

    @Test
    void adultsAndKidsWithAPackageArePricedPerPerson() {
        Answer answer = responder.answer("12 adults and 3 kids signature", storefront);

        // 12 x $75 + 3 x $50
        assertThat(answer.response()).contains("12 adults and 3 children", "$50 per child", "**Total: $1,050**",
                "deposit of $263");
        assertThat(answer.prefill()).containsEntry("numAdults", 12).containsEntry("numChildren", 3);
    }

    @Test
    void aSmallPartyPaysTheMinimumSpend() {
        Answer answer = responder.answer("price for 4 adults essential", storefront);

        assertThat(answer.response()).contains("food comes to $260", "raised to our $500 minimum", "**Total: $500**");
    }

    @Test
    void fresnoIsServedWithATravelFee() {
        Answer answer = responder.answer("Do you come to Fresno?", storefront);

        assertThat(answer.intent()).isEqualTo(Intent.SERVICE_AREA_CHECK);
        assertThat(answer.response()).startsWith("Yes, we travel to Fresno").contains("miles beyond")
                .containsPattern("travel fee of \\$(100|150|200)");
    }

    @Test
    void aSanFranciscoZipIsInsideTheServiceArea() {
        Answer answer = responder.answer("Do you serve 94103?", storefront);

        assertThat(answer.intent()).isEqualTo(Intent.SERVICE_AREA_CHECK);
        assertThat(answer.response()).contains("inside our San Francisco Bay Area service area", "travel is included");
        assertThat(answer.prefill()).containsEntry("zipCode", "94103");
    }

    @Test
    void farAwayIsRefusedPolitely() {
        Answer answer = responder.answer("Do you serve 10001?", storefront);

        assertThat(answer.intent()).isEqualTo(Intent.SERVICE_AREA_CHECK);
        assertThat(answer.response()).doesNotStartWith("Yes").containsIgnoringCase("miles");
    }

    @Test
    void theCancellationPolicyIsTheOneBookingsAreMadeUnder() {
        Answer answer = responder.answer("What is your cancellation policy?", storefront);

        assertThat(answer.intent()).isEqualTo(Intent.CANCELLATION_POLICY);
        assertThat(answer.response()).contains("more than 7 days", "full refund", "50% back");
    }

    @Test
    void packagesAddOnsDietAndLookupsHaveTheirAnswers() {
        assertThat(responder.answer("What's the difference between the packages?", storefront).response())
                .contains("**Essential**: $65 per adult, $43 per child", "**Premium**: $95", "wagyu");
        assertThat(responder.answer("what add-ons do you have", storefront).response())
                .contains("Mochi Ice Cream: $4 per guest", "Professional Photography: $300");
        Answer allergy = responder.answer("My son has a severe peanut allergy", storefront);
        assertThat(allergy.intent()).isEqualTo(Intent.DIETARY_RESTRICTIONS);
        assertThat(allergy.flags()).contains("allergy");
        assertThat(responder.answer("How do I change my booking?", storefront).intent())
                .isEqualTo(Intent.BOOKING_LOOKUP);
        assertThat(responder.answer("How much is the deposit?", storefront).response()).contains("25% of the total",
                "48 hours before");
        assertThat(responder.answer("Can I talk to a real person?", storefront).intent())
                .isEqualTo(Intent.CONTACT_HUMAN);
    }

    @Test
    void numbersThatAreNotGuestsAreNotCounted() {
        // 40 x $75, and the second chef asked for
        assertThat(responder.answer("How much for 2 chefs for 40 guests?", storefront).response())
                .contains("40 guests", "Additional Chef $200", "**Total: $3,200**");
        assertThat(responder.answer("12 people, can the chef cook vegan?", storefront).response())
                .contains("**Total: $900**").doesNotContain("Additional Chef");
        assertThat(responder.answer("We need setup for 30 minutes before, we have 12 people. Price?", storefront)
                .response()).contains("12 guests");
        assertThat(responder.answer("Are you available for 12/20?", storefront).intent())
                .isNotEqualTo(Intent.PRICING_QUESTION);
        assertThat(responder.answer("Our budget is $15000, what can we get?", storefront).response())
                .doesNotContain("15000");
    }

    @Test
    void dishesAreNotPlacesAndPlacesAreFoundWithoutTheirState() {
        Answer salmon = responder.answer("Do you serve salmon?", storefront);
        assertThat(salmon.intent()).isEqualTo(Intent.PACKAGE_COMPARISON);
        assertThat(salmon.response()).doesNotContain("could not find");
        assertThat(responder.answer("Do you serve orange chicken?", storefront).intent())
                .isNotEqualTo(Intent.SERVICE_AREA_CHECK);
        assertThat(responder.answer("Do you come to San Jose or Oakland?", storefront).response())
                .startsWith("Yes! San Jose is inside");
        assertThat(responder.answer("Do you come to Reno?", storefront).response()).startsWith("Yes, we travel to Reno");
        assertThat(responder.answer("Do you serve San Francisco, CA?", storefront).response())
                .startsWith("Yes! San Francisco is inside");
    }

    @Test
    void addOnsNamedArePricedAndPackagesAreNotGuessedFromThem() {
        // 15 x $75 + $300
        assertThat(responder.answer("How much for 15 people with a photographer?", storefront).response())
                .contains("Professional Photography $300", "**Total: $1,425**");
        // Signature (the default) with the sake add-on, not the Premium package: 20 x $75 + $150
        Answer sake = responder.answer("20 people with the premium sake", storefront);
        assertThat(sake.response()).contains("**Signature**", "**Total: $1,650**");
        assertThat(sake.prefill()).containsEntry("package", "signature");
    }

    @Test
    void theQuestionDecidesTheAnswerWhenTopicsMix() {
        assertThat(responder.answer("Can I cancel my booking and get a refund?", storefront).intent())
                .isEqualTo(Intent.CANCELLATION_POLICY);
        assertThat(responder.answer("Party for my manager, 25 people, how much?", storefront).intent())
                .isEqualTo(Intent.PRICING_QUESTION);
        Answer allergy = responder.answer("How much for 20 people, one has a nut allergy?", storefront);
        assertThat(allergy.response()).contains("**Total: $1,500**", "allergy");
        assertThat(allergy.flags()).contains("allergy");
        assertThat(responder.answer("How do I change my booking?", storefront).response()).contains("at least 3 days");
        assertThat(responder.answer("Do you serve 10001?", storefront).response()).doesNotContain("..");
    }

    @Test
    void whatItCannotPlaceItSaysSo() {
        Answer answer = responder.answer("asdf qwerty", storefront);

        assertThat(answer.intent()).isEqualTo(Intent.OTHER);
        assertThat(answer.flags()).contains("low_confidence");
    }
}
