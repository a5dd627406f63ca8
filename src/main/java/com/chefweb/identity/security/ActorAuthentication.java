package com.chefweb.identity.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import com.chefweb.shared.security.Actor;

/** An authenticated request: the actor the access token names, with its role as the one authority. */
class ActorAuthentication extends AbstractAuthenticationToken {

    private final Actor actor;
    private final transient Jwt token;

    ActorAuthentication(Actor actor, Jwt token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().toUpperCase(java.util.Locale.ROOT))));
        this.actor = actor;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public Object getPrincipal() {
        return actor;
    }

    @Override
    public Object getCredentials() {
        return token;
    }
}
