package com.chefweb.identity.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Actor;

/**
 * Decides each request from the {@link Access} rule of the endpoint it reaches. An endpoint without a rule is refused
 * to everyone (fail closed) and logged; a path no endpoint serves passes on, to be answered 404.
 */
@Component
class EndpointAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private static final Logger log = LoggerFactory.getLogger(EndpointAccess.class);

    private final RequestMappingHandlerMapping handlers;

    EndpointAccess(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
        this.handlers = handlers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Optional<HandlerMethod> handler = handlerFor(context.getRequest());
        if (handler.isEmpty()) {
            return new AuthorizationDecision(true);
        }
        Access rule = ruleOf(handler.get());
        if (rule == null) {
            log.error("Refusing {} {}: its handler {} has no @Access rule", context.getRequest().getMethod(),
                    context.getRequest().getRequestURI(), handler.get().getShortLogMessage());
            return new AuthorizationDecision(false);
        }
        Optional<Actor> actor = Optional.ofNullable(authentication.get())
                .filter(Authentication::isAuthenticated)
                .map(Authentication::getPrincipal)
                .filter(Actor.class::isInstance)
                .map(Actor.class::cast);
        boolean allowed = Arrays.stream(rule.value()).anyMatch(level -> level == Access.Level.PUBLIC
                || actor.map(a -> a.is(level)).orElse(false));
        return new AuthorizationDecision(allowed);
    }

    /** The rule on the handler method, or else on its controller. */
    static Access ruleOf(HandlerMethod handler) {
        Access onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), Access.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), Access.class);
    }

    private Optional<HandlerMethod> handlerFor(HttpServletRequest request) {
        try {
            HandlerExecutionChain chain = handlers.getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method
                    ? Optional.of(method) : Optional.empty();
        } catch (Exception e) {
            // a wrong method or media type: Spring MVC answers it with a problem (405, 415)
            return Optional.empty();
        }
    }
}
