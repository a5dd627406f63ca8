package com.chefweb.media.storage;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where uploaded files live ({@code chefweb.media}). With no {@code endpoint} the service runs an S3-compatible
 * store of its own in process (files in {@code localDirectory}, or in memory when that is blank), so uploads work on
 * a fresh machine through the same SDK calls as against Amazon S3 or any S3-compatible store.
 *
 * @param endpoint the S3 API address; blank for Amazon S3 itself when {@code accessKey} is set, or for the local store
 * @param region the bucket's region (signatures depend on it)
 * @param bucket where every object goes
 * @param accessKey credentials; blank with a blank endpoint: the local store (its own random credentials)
 * @param pathStyle address the bucket as {@code endpoint/bucket/key} (most S3-compatible stores) rather than
 *     {@code bucket.endpoint/key}
 * @param publicBaseUrl where browsers fetch objects: a CDN or the bucket's public address, followed by the key;
 *     blank: this service serves them itself at {@code /media/<key>}, with range requests
 * @param localDirectory the local store's folder; blank keeps files in memory (tests)
 * @param localPort the local store's port; 0 picks a free one
 * @param uploadWindow how long a presigned upload URL works
 * @param maxVideoBytes the largest video accepted
 * @param maxImageBytes the largest image (thumbnails, chef photos) accepted
 */
@ConfigurationProperties("chefweb.media")
public record MediaSettings(@Nullable String endpoint, String region, String bucket, @Nullable String accessKey,
        @Nullable String secretKey, boolean pathStyle, @Nullable String publicBaseUrl,
        @Nullable String localDirectory, int localPort, Duration uploadWindow, long maxVideoBytes,
        long maxImageBytes) {

    public MediaSettings {
        endpoint = blankToNull(endpoint);
        accessKey = blankToNull(accessKey);
        secretKey = blankToNull(secretKey);
        publicBaseUrl = blankToNull(publicBaseUrl);
        localDirectory = blankToNull(localDirectory);
        region = region == null || region.isBlank() ? "us-east-1" : region.strip();
        bucket = bucket == null || bucket.isBlank() ? "chefweb-media" : bucket.strip();
        uploadWindow = uploadWindow == null ? Duration.ofMinutes(15) : uploadWindow;
        if (publicBaseUrl != null && publicBaseUrl.endsWith("/")) {
            publicBaseUrl = publicBaseUrl.substring(0, publicBaseUrl.length() - 1);
        }
    }

    /** No store is configured: run the in-process one. */
    public boolean local() {
        return endpoint == null && accessKey == null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
