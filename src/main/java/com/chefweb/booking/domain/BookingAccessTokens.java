package com.chefweb.booking.domain;

import java.util.UUID;

import org.springframework.stereotype.Component;

import com.chefweb.shared.crypto.MessageSigner;

/**
 * The per-booking access token returned at creation: proof, without an account, that the holder made the booking.
 * It is an HMAC of the booking id, so nothing secret is stored and a replayed creation returns the same token.
 */
@Component
class BookingAccessTokens {

    private final MessageSigner signer;

    BookingAccessTokens(BookingSettings settings) {
        this.signer = MessageSigner.fromSecret(settings.accessTokenSecret(), "CHEFWEB_BOOKING_TOKEN_SECRET",
                "booking access tokens");
    }

    String tokenFor(UUID bookingId) {
        return signer.sign(bookingId.toString());
    }

    boolean matches(UUID bookingId, String token) {
        return signer.verify(bookingId.toString(), token);
    }
}
