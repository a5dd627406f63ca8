package com.chefweb.booking.web;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import com.chefweb.booking.calendar.CalendarFile;
import com.chefweb.booking.domain.Booking;
import com.chefweb.booking.domain.BookingAdministration;
import com.chefweb.booking.domain.BookingChange;
import com.chefweb.booking.domain.BookingDetails;
import com.chefweb.booking.events.BookingForm;
import com.chefweb.booking.domain.BookingPlacement;
import com.chefweb.booking.domain.BookingSelfService;
import com.chefweb.booking.domain.BookingSettings;
import com.chefweb.booking.domain.Cancellation;
import com.chefweb.booking.domain.Modification;
import com.chefweb.booking.domain.PlacedBooking;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;
import com.chefweb.shared.web.ApiProblem;
import com.chefweb.shared.web.RateLimited;
import com.chefweb.booking.domain.Permissions;

/** The customer's side of bookings: quote, book, and manage a booking with the proof of owning it. */
@RestController
@RequestMapping("/api/bookings")
@Access(Level.PUBLIC)
@Tag(name = "Bookings", description = "Quotes, booking, lookup, changes and cancellation for the storefront")
class BookingController {

    private final BookingPlacement placement;
    private final BookingSelfService selfService;
    private final BookingAdministration administration;
    private final BookingSettings settings;
    private final Clock clock;

    BookingController(BookingPlacement placement, BookingSelfService selfService, BookingAdministration administration,
            BookingSettings settings, Clock clock) {
        this.placement = placement;
        this.selfService = selfService;
        this.administration = administration;
        this.settings = settings;
        this.clock = clock;
    }

    @PostMapping("/quote")
    @Operation(summary = "Price a booking as submitted, without storing anything")
    QuoteView quote(@RequestBody BookingForm request) {
        return QuoteView.of(placement.preview(BookingDetails.of(request)));
    }

    @PostMapping
    @RateLimited("booking-create")
    @Operation(summary = "Book a party; the server prices it. The same Idempotency-Key returns the same booking")
    ResponseEntity<Placed> create(@RequestBody BookingForm request,
            @RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
        String key = idempotencyKey != null ? idempotencyKey : request.idempotencyKey();
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ApiProblem.invalid("idempotencyKey", "Use 1 to 200 characters");
        }
        PlacedBooking placed = placement.place(BookingDetails.of(request), key);
        Booking booking = placed.booking();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Placed(true, booking.id(), booking.id(),
                booking.confirmationNumber(), booking.lifecycle().status().code(), booking.lifecycle().paymentStatus().code(),
                placed.accessToken(), booking.hasAllergyAlert(), QuoteView.of(booking.pricing().quote()),
                BookingView.of(BookingRow.of(booking))));
    }

    @GetMapping("/lookup")
    @RateLimited("booking-lookup")
    @Operation(summary = "Find a booking by confirmation number and email, with what may still be changed")
    LookedUp lookup(@RequestParam(required = false) @Nullable String confirmation,
            @RequestParam(required = false) @Nullable String email) {
        if (confirmation == null || confirmation.isBlank() || email == null || email.isBlank()) {
            throw ApiProblem.badRequest("Confirmation number and email are required");
        }
        var found = selfService.lookUp(confirmation, email).orElseThrow(() -> ApiProblem.notFound(
                "Booking not found. Please check your confirmation number and email."));
        return new LookedUp(BookingRow.of(found.booking()), found.permissions());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A booking: staff see any; a customer proves it is theirs with its access token or email")
    BookingWithPermissions get(@PathVariable UUID id, @RequestParam(required = false) @Nullable String token,
            @RequestHeader(name = "X-Booking-Token", required = false) @Nullable String tokenHeader,
            @RequestParam(required = false) @Nullable String email) {
        boolean staff = CurrentActor.get().map(Actor::isStaff).orElse(false);
        Booking booking = (staff ? administration.find(id)
                : selfService.withProof(id, tokenHeader != null ? tokenHeader : token, email))
                .orElseThrow(() -> ApiProblem.notFound("Booking not found"));
        return new BookingWithPermissions(BookingView.of(BookingRow.of(booking)), selfService.permissions(booking));
    }

    @PatchMapping("/{id}/modify")
    @RateLimited("booking-change")
    @Operation(summary = "Change date, time, party size or notes; repriced with the booking's own prices")
    Modified modify(@PathVariable UUID id, @RequestBody ModifyRequest request) {
        Modification modification = selfService.modify(id, request.toChange());
        return new Modified(true, "Booking modified successfully", BookingRow.of(modification.booking()),
                modification.changes());
    }

    @PostMapping("/{id}/cancel")
    @RateLimited("booking-change")
    @Operation(summary = "Cancel; the refund follows the booking's policy and what was actually paid")
    Cancelled cancel(@PathVariable UUID id, @RequestBody CancelRequest request) {
        Cancellation cancellation = selfService.cancel(id, request.email(), request.reason());
        return new Cancelled(true, "Booking cancelled successfully", BookingRow.of(cancellation.booking()),
                new Refund(cancellation.refundEligible(), cancellation.refundPercent(),
                        cancellation.refundAmount().toMajor(), cancellation.note()));
    }

    /**
     * A placed booking: its id (also as {@code bookingId}), the token that proves it is the customer's, and the
     * server's price.
     */
    record Placed(boolean success, UUID id, UUID bookingId, String confirmationNumber, String status,
            String paymentStatus, String accessToken, boolean allergyAlert, QuoteView quote, BookingView booking) {
    }

    record LookedUp(BookingRow booking, Permissions permissions) {
    }

    /** The booking's fields at the top level, with what the customer may still do. */
    record BookingWithPermissions(@JsonUnwrapped BookingView booking, Permissions permissions) {
    }

    /** @param changes each changed field, from what to what */
    record Modified(boolean success, String message, BookingRow booking, Map<String, Modification.Change> changes) {
    }

    record Cancelled(boolean success, String message, BookingRow booking, Refund refund) {
    }

    /** @param amount in dollars */
    record Refund(boolean eligible, int percentage, BigDecimal amount, String note) {
    }

    @GetMapping("/{id}/calendar.ics")
    @Operation(summary = "The event as a calendar file, in the venue's time zone")
    ResponseEntity<String> calendar(@PathVariable UUID id, @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String token) {
        if ((email == null || email.isBlank()) && (token == null || token.isBlank())) {
            throw ApiProblem.badRequest("Email is required");
        }
        Booking booking = selfService.withProof(id, token, email)
                .orElseThrow(() -> ApiProblem.notFound("Booking not found or email mismatch"));
        String location = String.join(", ", java.util.stream.Stream.of(booking.event().address(),
                booking.event().city(), booking.event().serviceState()).filter(s -> s != null && !s.isBlank()).toList());
        String packageName = booking.party().packageId().substring(0, 1).toUpperCase() + booking.party().packageId().substring(1);
        String ics = CalendarFile.event(booking.confirmationNumber() + "@chefweb", "Private chef: " + packageName
                        + " package", "Confirmation " + booking.confirmationNumber() + ". " + booking.party().guests()
                        + " guests." + (booking.hasAllergyAlert() ? " Allergies noted: " + booking.party().allergies() : ""),
                location, booking.event().zone(), booking.event().date().atTime(booking.event().time()),
                settings.eventDuration(), clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("chefweb-" + booking.confirmationNumber() + ".ics").build().toString())
                .body(ics);
    }

    record ModifyRequest(@Nullable String email, @Nullable String eventDate, @Nullable String eventTime,
            @Nullable Integer numAdults, @Nullable Integer numChildren, @Nullable String dietaryNotes,
            @Nullable String specialRequests) {

        BookingChange toChange() {
            return new BookingChange(email, eventDate, eventTime, numAdults, numChildren, dietaryNotes, specialRequests);
        }
    }

    record CancelRequest(@Nullable String email, @Nullable String reason) {
    }
}
