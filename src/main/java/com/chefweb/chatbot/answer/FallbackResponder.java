package com.chefweb.chatbot.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.chefweb.chatbot.knowledge.CustomerPolicies;
import com.chefweb.chatbot.knowledge.Knowledge;
import com.chefweb.shared.pricing.DepositPolicy;
import com.chefweb.shared.pricing.PriceBook;
import com.chefweb.shared.pricing.Quote;
import com.chefweb.shared.pricing.ServiceAreaRules;
import com.chefweb.shared.pricing.Travel;

/**
 * Answers without a model, from the price book and the booking rules alone: what a party costs, whether a place is
 * served and what travel costs, the packages and add-ons, dietary needs, how to book, pay, look up, change or cancel.
 * It runs when no model is configured, and whenever the model fails, so a customer never sees an error for it.
 */
@Component
class FallbackResponder {

    static final String DIETARY = "Our chefs cook for vegetarian, vegan, gluten-free (with tamari) and dairy-free"
            + " guests, and can leave out shellfish or sesame for anyone who asks. Tell us about every allergy in the"
            + " booking's dietary notes: the chef cooks those guests' food first, on a freshly cleaned grill. Our"
            + " kitchen is not allergen-free, so for a severe allergy please talk it over with us before you book.";

    private static final Pattern CONTACT_HUMAN = Pattern.compile("\\b(?:speak|talk|chat)\\s+(?:to|with)\\s+(?:a|an|the|"
            + "someone|somebody|real|your)\\b|\\b(?:real|actual|live)\\s+(?:person|human|agent)\\b|\\bhuman\\b"
            + "|\\b(?:call|text|email)\\s+me\\b|\\bcustomer service\\b|\\brepresentative\\b"
            + "|\\byour (?:phone number|email)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOOKUP = words("look up", "lookup", "find my booking", "my booking", "my reservation",
            "confirmation", "change my", "modify", "reschedule", "move my", "update my");
    private static final Pattern CANCEL = words("cancel", "cancellation", "refund");
    private static final Pattern DIET = words("allerg", "gluten", "vegan", "vegetarian", "dairy", "nut", "shellfish",
            "halal", "kosher", "diet", "celiac", "lactose", "sesame", "pescatarian");
    private static final Pattern ALLERGY = words("allerg", "anaphyla", "epipen", "celiac");
    private static final Pattern AREA = words("do you come", "do you travel", "do you go", "do you cover",
            "service area", "areas", "travel fee", "travel cost", "how far", "near me", "located", "zip");
    /** A question about the food, where "do you serve X" asks about a dish, not a place. */
    private static final Pattern FOOD = words("salmon", "shrimp", "chicken", "steak", "filet", "lobster", "scallop",
            "wagyu", "tofu", "vegetable", "veggie", "rice", "noodle", "beef", "fish", "sushi", "dessert", "alcohol",
            "drink", "sake", "beer", "wine", "cake", "food", "dish", "meal", "sauce", "orange chicken", "protein");
    private static final Pattern PRICE = words("price", "cost", "how much", "quote", "rate", "total", "per person",
            "estimate", "budget", "expensive", "cheap", "minimum");
    private static final Pattern PAYMENT = words("deposit", "pay", "balance", "payment", "card");
    private static final Pattern PACKAGES = words("package", "compare", "difference", "what's included",
            "what is included", "include", "menu", "protein", "essential", "signature", "premium", "do you serve",
            "do you have", "do you cook", "do you make");
    private static final Pattern PACKAGE_WORDS = words("package", "compare", "difference");
    private static final Pattern ADD_ONS = words("add-on", "add on", "addon", "extra", "drinks", "sake", "cake",
            "photograph", "decoration", "mochi");
    private static final Pattern BOOK = words("book", "reserve", "availability", "available", "schedule", "date",
            "how do i", "sign up");
    private static final Pattern GREETING = Pattern.compile("^\\s*(hi|hello|hey|yo|good (morning|afternoon|evening)"
            + "|howdy)\\b", Pattern.CASE_INSENSITIVE);

    private final PartyQuotes quotes;
    private final CustomerPolicies rules;

    FallbackResponder(PartyQuotes quotes, CustomerPolicies rules) {
        this.quotes = quotes;
        this.rules = rules;
    }

    Answer answer(String message, Knowledge knowledge) {
        String text = message.toLowerCase(Locale.ROOT);
        PartyDetails party = PartyDetails.read(message, knowledge);
        Set<String> flags = new TreeSet<>();
        if (ALLERGY.matcher(text).find()) {
            flags.add("allergy");
        }
        if (CONTACT_HUMAN.matcher(text).find()) {
            return reply("You can reach a person on our **Contact** page: we answer within 2 hours during business"
                    + " hours. Leave your name and phone or email there and we will get back to you.",
                    Intent.CONTACT_HUMAN, 0.9, Map.of(), List.of("Contact us", "See packages"), flags);
        }
        if (CANCEL.matcher(text).find()) {
            return reply(rules.cancellation(), Intent.CANCELLATION_POLICY, 0.9, Map.of(),
                    List.of("Check my booking", "Contact us"), flags);
        }
        if (LOOKUP.matcher(text).find() && !PRICE.matcher(text).find()) {
            return reply("Open **Check Booking** and enter your confirmation number (it starts with CHEF-) and the"
                    + " email you booked with. From there you can see your booking, change it (at least "
                    + rules.modifyFromDays() + " days ahead) or cancel it.", Intent.BOOKING_LOOKUP, 0.85, Map.of(),
                    List.of("Cancellation policy", "Contact us"), flags);
        }
        boolean dietary = DIET.matcher(text).find();
        if (dietary && !party.mentionsParty()) {
            return reply(DIETARY, Intent.DIETARY_RESTRICTIONS, 0.85, Map.of(), List.of("Book now", "See packages"),
                    flags);
        }
        Optional<Travel> travel = quotes.locate(party.zipCode(), party.place(), knowledge);
        boolean food = FOOD.matcher(text).find();
        boolean askedWhere = party.zipCode() != null || AREA.matcher(text).find()
                || (party.place() != null && travel.isPresent() && !party.mentionsParty() && !food);
        if (party.mentionsParty() && (PRICE.matcher(text).find() || party.adultCount().orElse(0) > 0)) {
            Answer priced = priced(party, food ? null : travel.orElse(null), knowledge, flags);
            return dietary ? new Answer(priced.response() + "\n" + DIETARY, priced.intent(), priced.confidence(),
                    priced.prefill(), priced.quickReplies(), priced.source(), priced.flags(), 0, 0) : priced;
        }
        if (askedWhere) {
            return located(party, travel, knowledge, flags);
        }
        if (PAYMENT.matcher(text).find()) {
            return reply(paymentTerms(knowledge.priceBook()), Intent.BOOKING_INQUIRY, 0.8, Map.of(),
                    List.of("How much for 15 people?", "Book now"), flags);
        }
        if (ADD_ONS.matcher(text).find() && !PACKAGE_WORDS.matcher(text).find()) {
            return reply(addOns(knowledge), Intent.PACKAGE_COMPARISON, 0.8, Map.of(),
                    List.of("Compare packages", "Book now"), flags);
        }
        if (PACKAGES.matcher(text).find()) {
            return reply(packages(knowledge), Intent.PACKAGE_COMPARISON, 0.85, Map.of(),
                    List.of("How much for 15 people?", "Add-ons", "Book now"), flags);
        }
        if (PRICE.matcher(text).find()) {
            return reply(priceList(knowledge), Intent.PRICING_QUESTION, 0.75, Map.of(),
                    List.of("How much for 15 people?", "Compare packages"), flags);
        }
        if (BOOK.matcher(text).find()) {
            return reply(rules.booking() + " " + paymentTerms(knowledge.priceBook()), Intent.BOOKING_INQUIRY, 0.8,
                    Map.of(), List.of("Book now", "How much for 15 people?"), flags);
        }
        String hello = GREETING.matcher(message).find() ? "Hi! " : "";
        flags.add("low_confidence");
        return reply(hello + "I can help with prices for your party, our packages and add-ons, whether we come to"
                + " your area, dietary needs, and booking or changing an event. What would you like to know?",
                Intent.OTHER, 0.3, Map.of(), List.of("How much for 15 people?", "Do you serve my ZIP?",
                        "Compare packages"), flags);
    }

    private Answer priced(PartyDetails party, Travel travel, Knowledge knowledge, Set<String> flags) {
        int adults = party.adultCount().orElse(0);
        int children = party.childCount();
        if (adults < 1) {
            return reply("Every party needs at least one adult. How many adults and children will there be?",
                    Intent.PRICING_QUESTION, 0.6, Map.of(), List.of("10 adults", "15 people"), flags);
        }
        if (adults + children > rules.largeEventGuests()) {
            return reply("For more than " + rules.largeEventGuests() + " guests we prepare a custom quote: send us"
                    + " the details on the large-event form or the Contact page.", Intent.PRICING_QUESTION, 0.8,
                    Map.of(), List.of("Contact us"), flags);
        }
        if (travel instanceof Travel.TooFar tooFar) {
            return reply(sentence(tooFar.message()), Intent.SERVICE_AREA_CHECK, 0.85, Map.of(),
                    List.of("Contact us"), flags);
        }
        Quote quote = quotes.quote(party.packageId(), adults, children, party.addOns(), travel, knowledge);
        PriceBook.PackagePrice chosen = knowledge.priceBook().findPackage(quote.packageId()).orElseThrow();
        StringBuilder text = new StringBuilder();
        text.append("For ").append(guests(adults, children)).append(" with the **").append(chosen.name())
                .append("** package (").append(Amounts.format(chosen.adultPrice())).append(" per adult");
        if (children > 0) {
            text.append(", ").append(Amounts.format(chosen.childPrice())).append(" per child");
        }
        text.append(")");
        List<String> extras = quote.lines().stream().filter(line -> line.kind() == Quote.Kind.ADD_ON)
                .map(line -> line.description() + " " + Amounts.format(line.amount())).toList();
        if (!extras.isEmpty()) {
            text.append(" with ").append(String.join(", ", extras));
        }
        text.append(", food comes to ").append(Amounts.format(quote.foodAndAddOns()));
        if (quote.minimumSpendAdjustment().signum() > 0) {
            text.append(", raised to our ").append(Amounts.format(knowledge.priceBook().minimumSpend()))
                    .append(" minimum");
        }
        text.append(". ").append(travelSentence(travel, quote));
        text.append(" **Total: ").append(Amounts.format(quote.total())).append("**");
        if ("tbd".equals(quote.travelFeeStatus())) {
            text.append(" plus any travel fee");
        }
        text.append(". A deposit of ").append(Amounts.format(quote.depositDue()))
                .append(" secures your date; the rest is due ")
                .append(knowledge.priceBook().balanceDueHoursBeforeEvent()).append(" hours before the event.");
        Map<String, Object> prefill = new LinkedHashMap<>();
        prefill.put("numAdults", adults);
        prefill.put("numChildren", children);
        prefill.put("package", quote.packageId());
        if (quotes.knownZip(party.zipCode(), knowledge) && travel != null) {
            prefill.put("zipCode", party.zipCode());
        }
        return reply(text.toString(), Intent.PRICING_QUESTION, 0.9, prefill,
                List.of("Book now", "Compare packages", "Add-ons"), flags);
    }

    private Answer located(PartyDetails party, Optional<Travel> travel, Knowledge knowledge, Set<String> flags) {
        if (travel.isEmpty()) {
            String asked = party.zipCode() != null ? party.zipCode() : party.place();
            return reply((asked == null ? "Tell me your city or ZIP code and I will check." : "I could not find "
                    + asked + ". Could you give me the ZIP code of the venue?") + " " + areas(knowledge),
                    Intent.SERVICE_AREA_CHECK, 0.6, Map.of(), List.of("Do you serve 94103?", "Contact us"), flags);
        }
        Map<String, Object> prefill = quotes.knownZip(party.zipCode(), knowledge)
                ? Map.of("zipCode", java.util.Objects.requireNonNull(party.zipCode())) : Map.of();
        String text = switch (travel.get()) {
            case Travel.Included included -> "Yes! " + title(included.place()) + " is inside our "
                    + areaName(included.serviceAreaId(), knowledge) + " service area, so travel is included.";
            case Travel.Estimated estimated -> "Yes, we travel to " + title(estimated.place()) + ": it is about "
                    + estimated.miles() + " miles beyond our " + areaName(estimated.serviceAreaId(), knowledge)
                    + " service area, so a travel fee of " + Amounts.format(estimated.tierFee()) + " applies.";
            case Travel.TooFar tooFar -> sentence(tooFar.message());
            case Travel.ToBeDetermined tbd -> sentence(tbd.reason());
        };
        return reply(text, Intent.SERVICE_AREA_CHECK, 0.9, prefill, List.of("How much for 15 people?", "Book now"),
                flags);
    }

    private static String travelSentence(Travel travel, Quote quote) {
        if (travel == null) {
            return "Travel is included anywhere in our service area; farther away a travel fee applies.";
        }
        return switch (travel) {
            case Travel.Included included -> "Travel to " + title(included.place()) + " is included.";
            case Travel.Estimated estimated -> "Travel to " + title(estimated.place()) + " adds "
                    + Amounts.format(quote.travelFee()) + ".";
            default -> "We will confirm the travel fee for your venue.";
        };
    }

    private static String packages(Knowledge knowledge) {
        return "Our packages, priced per guest:\n" + knowledge.activePackages().stream().map(p -> {
            String line = "**" + p.name() + "**: " + Amounts.format(p.adultPrice()) + " per adult, "
                    + Amounts.format(p.childPrice()) + " per child";
            return knowledge.describe(p.id()).map(d -> line + ". " + d.description()).orElse(line + ".");
        }).collect(Collectors.joining("\n")) + "\nEvery party spends at least "
                + Amounts.format(knowledge.priceBook().minimumSpend()) + " on food and add-ons.";
    }

    private static String priceList(Knowledge knowledge) {
        return packages(knowledge) + " Tell me how many adults and children, and I will price your party.";
    }

    private static String addOns(Knowledge knowledge) {
        return "Add-ons you can choose when booking:\n" + knowledge.activeAddOns().stream()
                .map(a -> a.name() + ": " + Amounts.format(a.price())
                        + (a.pricing() == PriceBook.AddOnPricing.PER_PERSON ? " per guest" : ""))
                .collect(Collectors.joining("\n"));
    }

    private static String paymentTerms(PriceBook book) {
        DepositPolicy deposit = book.deposit();
        String share = deposit.kind() == DepositPolicy.Kind.PERCENT
                ? deposit.percent().stripTrailingZeros().toPlainString() + "% of the total"
                : Amounts.format(deposit.fixedAmount());
        return "A deposit of " + share + " secures your date, paid by card when you book (or pay everything at once,"
                + " or choose to pay later). The balance is charged " + book.balanceDueHoursBeforeEvent()
                + " hours before the event.";
    }

    private static String areas(Knowledge knowledge) {
        return "We serve " + knowledge.priceBook().serviceAreas().stream().map(ServiceAreaRules::name)
                .collect(Collectors.joining(" and ")) + ", and travel farther for a fee.";
    }

    private static String areaName(String areaId, Knowledge knowledge) {
        return knowledge.priceBook().serviceAreas().stream().filter(area -> area.id().equals(areaId))
                .map(ServiceAreaRules::name).findFirst().orElse("our");
    }

    private static String sentence(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String guests(int adults, int children) {
        return children == 0 ? adults + (adults == 1 ? " guest" : " guests")
                : adults + (adults == 1 ? " adult" : " adults") + " and " + children
                        + (children == 1 ? " child" : " children");
    }

    private static String title(String place) {
        return java.util.Arrays.stream(place.split(" "))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    private static Answer reply(String text, Intent intent, double confidence, Map<String, Object> prefill,
            List<String> quickReplies, Set<String> flags) {
        return new Answer(text, intent, confidence, prefill, quickReplies, "fallback", flags, 0, 0);
    }

    private static Pattern words(String... phrases) {
        return Pattern.compile(java.util.Arrays.stream(phrases).map(Pattern::quote)
                .map(phrase -> "\\b" + phrase).collect(Collectors.joining("|")), Pattern.CASE_INSENSITIVE);
    }

}
