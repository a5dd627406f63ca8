package com.chefweb.media.intake;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import com.chefweb.shared.security.Actor;

/**
 * Stores a file a client sent through this service and checks it as a presigned upload is checked (purpose, type,
 * size, content). Holds no database transaction while storage is called; call it outside the caller's own.
 */
public interface FileIntake {

    /**
     * @param purpose such as {@code chef_gallery_photo}
     * @param field the request's field the file came in, named in refusals
     * @throws com.chefweb.shared.refusal.Refusal.Invalid for a purpose, type, size or content the purpose refuses
     * @throws com.chefweb.shared.refusal.Refusal.NotAllowed when this actor may not upload for the purpose
     */
    ReceivedFile receive(String purpose, String field, @Nullable String contentType, byte[] content, Actor actor);

    /** A checked file: the same upload id, key and address its {@code UploadVerified} event carries. */
    record ReceivedFile(UUID uploadId, String key, String url, String contentType, long bytes) {
    }
}
