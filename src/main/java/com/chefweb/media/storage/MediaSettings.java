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
 * @param store {@code local}, {@code s3}, or {@code auto} (the default): local when neither an endpoint nor keys are
 *     set; {@code s3} with neither uses Amazon S3 with the AWS SDK's default credentials (an instance role)
 * @param publicBaseUrl where browsers fetch objects: a CDN or the bucket's public address, followed by the key;
 *     blank: this service serves them itself at {@code serviceBaseUrl/media/<key>}, with range requests
 * @param serviceBaseUrl where browsers reach this service (its public address), for the files it serves itself
 * @param localPublicUrl where browsers reach the local store to upload (presigned URLs name it); blank: the
 *     store's own loopback address, which works only for a browser on the same machine
 * @param localDirectory the local store's folder; blank keeps files in memory (tests)
 * @param localPort the local store's port; 0 picks a free one
 * @param uploadWindow how long a presigned upload URL works
 * @param maxVideoBytes the largest video accepted
 * @param maxImageBytes the largest image (thumbnails, chef photos) accepted
 */
@ConfigurationProperties("chefweb.media")
public record MediaSettings(String store, @Nullable String endpoint, String region, String bucket,
        @Nullable String accessKey, @Nullable String secretKey, boolean pathStyle, @Nullable String publicBaseUrl,
        String serviceBaseUrl, @Nullable String localDirectory, int localPort, @Nullable String localPublicUrl,
        Duration uploadWindow, long maxVideoBytes, long maxImageBytes) {

    public MediaSettings {
        endpoint = blankToNull(endpoint);
        accessKey = blankToNull(accessKey);
        secretKey = blankToNull(secretKey);
        publicBaseUrl = withoutTrailingSlash(blankToNull(publicBaseUrl));
        localPublicUrl = withoutTrailingSlash(blankToNull(localPublicUrl));
        String base = blankToNull(serviceBaseUrl);
        serviceBaseUrl = base == null ? "http://localhost:4000" : withoutTrailingSlash(base);
        store = store == null || store.isBlank() ? "auto" : store.strip().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.Set.of("auto", "local", "s3").contains(store)) {
            throw new IllegalStateException("chefweb.media.store must be auto, local or s3, not " + store);
        }
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalStateException("Set both CHEFWEB_MEDIA_S3_ACCESS_KEY and CHEFWEB_MEDIA_S3_SECRET_KEY, or"
                    + " neither");
        }
        localDirectory = blankToNull(localDirectory);
        region = region == null || region.isBlank() ? "us-east-1" : region.strip();
        bucket = bucket == null || bucket.isBlank() ? "chefweb-media" : bucket.strip();
        uploadWindow = uploadWindow == null ? Duration.ofMinutes(15) : uploadWindow;
    }

    /** Run the in-process store. */
    public boolean local() {
        return store.equals("local") || store.equals("auto") && endpoint == null && accessKey == null;
    }

    private static @Nullable String withoutTrailingSlash(@Nullable String url) {
        return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
