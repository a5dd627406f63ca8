package com.chefweb.media.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.chefweb.media.storage.MediaSettings;

/**
 * Where a browser fetches a stored file: the configured public address (a CDN, the bucket) followed by the key, or,
 * with none configured, this service's own {@code /media/<key>}, at the address the caller used to reach it.
 */
@Component
class MediaUrls {

    private final @Nullable String publicBaseUrl;

    MediaUrls(MediaSettings settings) {
        this.publicBaseUrl = settings.publicBaseUrl();
    }

    String of(String key) {
        if (publicBaseUrl != null) {
            return publicBaseUrl + "/" + key;
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(MediaFileController.PREFIX).path(key)
                .toUriString();
    }

    @Nullable String ofNullable(@Nullable String key) {
        return key == null ? null : of(key);
    }
}
