package com.chefweb.identity.security;

import java.util.List;
import java.util.UUID;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import com.chefweb.identity.session.Sessions;
import com.chefweb.shared.security.Actor;

/**
 * Turns a valid access token into the request's actor, but only while its session is active: signing out, a reused
 * refresh token, a disabled account or a revoked API key end a token before it expires.
 */
@Component
class ActorAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final Sessions sessions;

    ActorAuthenticationConverter(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        UUID sessionId;
        String chefId = jwt.getClaimAsString("chef_id");
        List<String> roles = jwt.getClaimAsStringList("roles");
        try {
            sessionId = UUID.fromString(jwt.getClaimAsString("sid"));
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("Malformed session claim");
        }
        if (roles.size() != 1) {
            throw new InvalidBearerTokenException("A token carries exactly one role");
        }
        UUID chef = chefId == null ? null : UUID.fromString(chefId);
        if (!sessions.isActive(sessionId, roles.getFirst(), chef)) {
            throw new InvalidBearerTokenException("The session has ended; sign in again");
        }
        Actor actor = new Actor(jwt.getSubject(), roles.getFirst(), sessionId, chef);
        return new ActorAuthentication(actor, jwt);
    }
}
