package com.chefweb.media.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.chefweb.media.storage.MediaSettings;

/**
 * Where a browser fetches a stored file: the configured public address (a CDN, the bucket) followed by the key, or,
 * with none configured, this service's own {@code /media/<key>} at its configured public address. Never from the
 * request's Host header: the home page's answer is cached publicly, and one forged header must not point every
 * visitor elsewhere.
 */
@Component
class MediaUrls {

    private final String base;

    MediaUrls(MediaSettings settings) {
        this.base = settings.publicBaseUrl() != null ? settings.publicBaseUrl() + "/"
                : settings.serviceBaseUrl() + MediaFileController.PREFIX;
    }

    String of(String key) {
        return base + key;
    }

    @Nullable String ofNullable(@Nullable String key) {
        return key == null ? null : of(key);
    }
}
