package com.chefweb.payment.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import com.chefweb.payment.domain.PaymentLinks;
import com.chefweb.payment.domain.PaymentLinks.Visit;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;

/**
 * Payment links, as customers follow them from an email (a browser, so the answer is a redirect or a short page),
 * and as admins issue them.
 */
@RestController
@Tag(name = "Payments")
class PaymentLinkController {

    private final PaymentLinks links;

    PaymentLinkController(PaymentLinks links) {
        this.links = links;
    }

    @GetMapping("/api/payments/link/{token}")
    @Access(Level.PUBLIC)
    @RateLimited("booking-lookup")
    @Operation(summary = "Follow a payment link: redirects to a Stripe checkout for what is due now "
            + "(option=full pays the whole total when nothing is paid yet)")
    ResponseEntity<String> follow(@PathVariable String token, @RequestParam(required = false) @Nullable String option) {
        if (option != null && !option.equals("full")) {
            throw ApiProblem.invalid("option", "Leave it out, or use full");
        }
        Visit visit = links.follow(token, option);
        if (visit.redirectTo() != null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(visit.redirectTo())).build();
        }
        String message = HtmlUtils.htmlEscape(String.valueOf(visit.message()));
        return ResponseEntity.status(visit.status()).contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Payment</title>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>"
                        + "<body><main><p>" + message + "</p></main></body></html>");
    }

    @PostMapping("/api/admin/payments/payment-link")
    @Access(Level.STAFF)
    @Operation(summary = "Email the customer a link to pay what their booking owes; returns the link")
    IssuedLink issue(@RequestBody IssueRequest request) {
        if (request.bookingId() == null) {
            throw ApiProblem.invalid("booking_id", "Give the booking to send a payment link for");
        }
        return new IssuedLink(true, links.issueOnRequest(request.bookingId()));
    }

    /** @param url the link emailed to the customer */
    record IssuedLink(boolean success, String url) {
    }

    record IssueRequest(@com.fasterxml.jackson.annotation.JsonProperty("booking_id") @Nullable UUID bookingId) {
    }
}
