package com.chefweb.media.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.chefweb.media.storage.PublicAddresses;

/** The web adapter's view of {@link PublicAddresses}, taking absent keys too. */
@Component
class MediaUrls {

    private final PublicAddresses addresses;

    MediaUrls(PublicAddresses addresses) {
        this.addresses = addresses;
    }

    String of(String key) {
        return addresses.of(key);
    }

    @Nullable String ofNullable(@Nullable String key) {
        return key == null ? null : of(key);
    }
}
