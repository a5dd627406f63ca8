package com.chefweb.media.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.media.storage.MediaSettings;
import com.chefweb.media.upload.Upload;
import com.chefweb.media.upload.UploadPurpose;
import com.chefweb.media.upload.Uploads;
import com.chefweb.media.upload.Uploads.IssuedUpload;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.Actor;
import com.chefweb.shared.security.CurrentActor;

/**
 * Uploads straight to storage: ask for a presigned URL, PUT the file to it with the headers given, then ask for it to
 * be checked. Videos and their posters are uploaded by admins; chefs (and staff for them) upload photos the same way.
 */
@RestController
@Tag(name = "Uploads", description = "Presigned uploads of videos and images, straight to storage")
class UploadController {

    private final Uploads uploads;
    private final MediaUrls urls;
    private final MediaSettings settings;

    UploadController(Uploads uploads, MediaUrls urls, MediaSettings settings) {
        this.uploads = uploads;
        this.urls = urls;
        this.settings = settings;
    }

    @PostMapping("/api/uploads")
    @Access({Level.CHEF, Level.STAFF})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Presign the upload of one file for a purpose (video, video_thumbnail, chef_profile_photo, "
            + "chef_banner, chef_gallery_photo)")
    UploadGrant presign(@RequestBody UploadRequest request) {
        return grant(uploads.issue(request.purpose(), request.contentType(), request.size(), actor()));
    }

    @PostMapping("/api/videos/presign")
    @Access(Level.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Presign the upload of a video (mp4, webm, mov) or its thumbnail (jpg, png, webp)")
    UploadGrant presignVideo(@RequestBody VideoUploadRequest request) {
        String kind = request.kind() == null ? "video" : request.kind().strip();
        String purpose = switch (kind) {
            case "video" -> UploadPurpose.VIDEO.code();
            case "thumbnail" -> UploadPurpose.VIDEO_THUMBNAIL.code();
            default -> throw Refusal.invalid("kind", "Say whether this is the video or its thumbnail");
        };
        return grant(uploads.issue(purpose, request.contentType(), request.size(), actor()));
    }

    @PostMapping("/api/uploads/{id}/verify")
    @Access({Level.CHEF, Level.STAFF})
    @Operation(summary = "Check an uploaded file: stored, of the size and type declared; a file that is not is deleted")
    UploadState verify(@PathVariable UUID id) {
        return UploadState.of(uploads.verify(id, actor()), urls);
    }

    private UploadGrant grant(IssuedUpload issued) {
        Upload upload = issued.upload();
        String publicUrl = urls.of(upload.key());
        return new UploadGrant(upload.id(), upload.key(), upload.purpose().code(), issued.presigned().url().toString(),
                issued.presigned().method(), issued.presigned().headers(), issued.presigned().expiresAt(),
                publicUrl, publicUrl, upload.purpose().maxBytes(settings));
    }

    private static Actor actor() {
        return CurrentActor.get().orElseThrow(() -> Refusal.notSignedIn("Sign in first"));
    }

    /** @param size the file's size in bytes */
    record UploadRequest(@Nullable String purpose, @Nullable String contentType, @Nullable Long size) {
    }

    /** @param kind {@code video} (the default) or {@code thumbnail} */
    record VideoUploadRequest(@Nullable String kind, @Nullable String contentType, @Nullable Long size) {
    }

    /**
     * How to upload: {@code method} the file to {@code uploadUrl} with exactly {@code headers}, before
     * {@code expiresAt}; then register it by {@code key} (videos) or check it by {@code uploadId}.
     *
     * @param fileUrl the same as {@code publicUrl}, for clients of the earlier presign endpoint
     */
    record UploadGrant(UUID uploadId, String key, String purpose, String uploadUrl, String method,
            Map<String, String> headers, Instant expiresAt, String publicUrl, String fileUrl, long maxBytes) {
    }

    /** @param status {@code issued}, {@code verified}, {@code refused} or {@code deleted} */
    record UploadState(UUID uploadId, String key, String purpose, String status, String contentType,
            @Nullable Long bytes, @Nullable String publicUrl) {

        static UploadState of(Upload upload, MediaUrls urls) {
            return new UploadState(upload.id(), upload.key(), upload.purpose().code(), upload.status(),
                    upload.contentType(), upload.storedBytes(), upload.verified() ? urls.of(upload.key()) : null);
        }
    }
}
