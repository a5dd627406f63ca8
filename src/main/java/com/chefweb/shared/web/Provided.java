package com.chefweb.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * A field the client sent, possibly as null; a field it did not send is no {@code Provided} at all, so a partial
 * change touches only what was sent.
 */
public record Provided<T>(@Nullable T value) {

    public static <T> @Nullable T or(@Nullable Provided<T> provided, @Nullable T current) {
        return provided == null ? current : provided.value();
    }
}
