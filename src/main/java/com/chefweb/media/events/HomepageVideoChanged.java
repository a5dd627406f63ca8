package com.chefweb.media.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The storefront's home page now shows this video, or (null) its own built-in one. */
public record HomepageVideoChanged(@Nullable UUID videoId, Instant changedAt) {
}
