package com.chefweb.shared.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an endpoint. Every handler method (or its controller) carries one; an endpoint without it is refused
 * to everyone, and a test fails, so no endpoint can be forgotten. Object-level checks (a customer's own orders, a
 * chef's own offerings) are made by the module on top of this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {

    /** Any of these may call it. */
    Level[] value();

    enum Level {
        /** Anyone, signed in or not. */
        PUBLIC,
        /** Anyone signed in, whatever their role. */
        SIGNED_IN,
        CUSTOMER,
        /** A chef, acting on their own resources. */
        CHEF,
        /** Staff and admins. */
        STAFF,
        ADMIN
    }
}
