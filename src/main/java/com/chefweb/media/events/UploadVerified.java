package com.chefweb.media.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A file uploaded through a URL this service presigned was checked: it is stored, of the type and size declared,
 * and may be shown. A module that lets its users attach uploads (a chef's photos) keeps its own record of these and
 * accepts only an upload it heard of, for the purpose and owner it was issued to.
 *
 * @param purpose such as {@code chef_gallery_photo}
 * @param ownerId who uploaded it: a user id or {@code api-key:<id>}
 * @param key the object's key
 * @param url where browsers fetch it (the media public address followed by the key)
 */
public record UploadVerified(UUID uploadId, String purpose, String ownerId, String key, String contentType,
        long bytes, Instant verifiedAt, String url) {
}
