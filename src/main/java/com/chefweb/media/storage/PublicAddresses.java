package com.chefweb.media.storage;

import org.springframework.stereotype.Component;

/**
 * Where a browser fetches a stored file: the configured public address (a CDN, the bucket) followed by the key, or,
 * with none configured, this service's own {@code /media/<key>} at its configured public address. Never from the
 * request's Host header: answers carrying these addresses are cached publicly, and one forged header must not point
 * every visitor elsewhere.
 */
@Component
public class PublicAddresses {

    /** Where this service serves stored files itself. */
    public static final String SERVED_AT = "/media/";

    private final String base;

    PublicAddresses(MediaSettings settings) {
        this.base = settings.publicBaseUrl() != null ? settings.publicBaseUrl() + "/"
                : settings.serviceBaseUrl() + SERVED_AT;
    }

    public String of(String key) {
        return base + key;
    }
}
