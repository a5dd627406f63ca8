package com.chefweb.media.upload;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.media.events.UploadVerified;
import com.chefweb.media.intake.FileIntake;
import com.chefweb.media.storage.PublicAddresses;
import com.chefweb.media.storage.MediaSettings;
import com.chefweb.media.storage.ObjectStore;
import com.chefweb.media.storage.ObjectStore.PresignedUpload;
import com.chefweb.media.storage.ObjectStore.StoredObject;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;

/**
 * Files go from the browser straight to storage: this service hands out a presigned URL for one key it made up, then
 * checks what was stored before anything uses it. No database transaction is held open while storage is called.
 */
@Service
public class Uploads implements FileIntake {

    private static final Logger log = LoggerFactory.getLogger(Uploads.class);
    /** Where browsers upload, before the file is checked; give it a lifecycle rule in production (README). */
    static final String STAGING = "incoming/";
    private static final java.time.Duration UNUSED_VIDEO_FILES_KEPT = java.time.Duration.ofDays(1);
    private static final DateTimeFormatter MONTH_FOLDER = DateTimeFormatter.ofPattern("yyyy/MM", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final UploadRepository uploads;
    private final ObjectStore store;
    private final MediaSettings settings;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final PublicAddresses addresses;
    private final Clock clock;

    Uploads(UploadRepository uploads, ObjectStore store, MediaSettings settings, TransactionTemplate transactions,
            ApplicationEventPublisher events, PublicAddresses addresses, Clock clock) {
        this.addresses = addresses;
        this.uploads = uploads;
        this.store = store;
        this.settings = settings;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a new key for this purpose and presigns its upload to a staging key.
     *
     * @throws Refusal.Invalid for an unknown purpose, a type the purpose does not take, or a size over its limit
     * @throws Refusal.NotAllowed when this actor may not upload for this purpose
     */
    public IssuedUpload issue(@Nullable String purposeCode, @Nullable String contentType, @Nullable Long bytes,
            Actor actor) {
        UploadPurpose purpose = UploadPurpose.of(purposeCode == null ? "" : purposeCode.strip())
                .orElseThrow(() -> Refusal.invalid("purpose", "Choose what the file is for: "
                        + String.join(", ", java.util.Arrays.stream(UploadPurpose.values())
                                .map(UploadPurpose::code).toList())));
        if (!purpose.mayBeUploadedBy(actor)) {
            throw Refusal.notAllowed("You may not upload files for " + purpose.code());
        }
        String type = contentType == null ? "" : contentType.strip().toLowerCase(Locale.ROOT);
        String extension = purpose.contentTypes().get(type);
        if (extension == null) {
            throw Refusal.invalid("contentType", "A " + purpose.code().replace('_', ' ') + " must be one of "
                    + String.join(", ", purpose.contentTypes().keySet().stream().sorted().toList()));
        }
        long limit = purpose.maxBytes(settings);
        if (bytes == null || bytes <= 0 || bytes > limit) {
            throw Refusal.invalid("size", "The file must be between 1 byte and " + megabytes(limit) + " MB")
                    .with("maxBytes", limit);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String key = purpose.folder() + "/" + MONTH_FOLDER.format(now) + "/" + id + "." + extension;
        String staging = STAGING + id + "." + extension;
        Upload upload = new Upload(id, key, staging, purpose, type, bytes, "issued", null, null, actor.id(), now,
                now.plus(settings.uploadWindow()), null);
        transactions.executeWithoutResult(status -> uploads.insert(upload));
        PresignedUpload presigned = store.presignUpload(staging, type, bytes, settings.uploadWindow());
        return new IssuedUpload(upload, presigned);
    }

    @Override
    public ReceivedFile receive(String purpose, String field, @Nullable String contentType, byte[] content,
            Actor actor) {
        if (content.length == 0) {
            throw Refusal.invalid(field, "The file is empty");
        }
        IssuedUpload issued;
        try {
            issued = issue(purpose, contentType, (long) content.length, actor);
        } catch (Refusal.Invalid invalid) {
            // the form's own field, not the presigning request's contentType/size
            throw Refusal.invalid(field, invalid.fields().getFirst().message());
        }
        Upload upload = issued.upload();
        store.put(upload.stagingKey(), upload.contentType(), content);
        Upload verified;
        try {
            verified = verify(upload);
        } catch (Refusal.Invalid invalid) {
            throw Refusal.invalid(field, invalid.fields().getFirst().message());
        }
        return new ReceivedFile(verified.id(), verified.key(), addresses.of(verified.key()), verified.contentType(),
                content.length);
    }

    /**
     * Checks the stored file of an upload the actor was issued (staff may check anyone's): it must exist, be the
     * size declared and start like a file of the declared type. A file that is not is deleted and the upload refused
     * for good. Checking again is harmless.
     */
    public Upload verify(UUID id, Actor actor) {
        Upload upload = uploads.find(id).filter(found -> actor.isStaff() || found.ownerId().equals(actor.id()))
                .orElseThrow(() -> Refusal.notFound("Upload not found"));
        return verify(upload);
    }

    /** The upload issued for this key, checked; refused when this service never issued the key. */
    public Upload verifiedByKey(String field, @Nullable String key, UploadPurpose purpose) {
        Upload upload = (key == null || key.isBlank() ? null : uploads.findByKey(key.strip()).orElse(null));
        if (upload == null || upload.purpose() != purpose) {
            throw Refusal.invalid(field, "Upload the file first: this service issued no "
                    + purpose.code().replace('_', ' ') + " upload with that key");
        }
        return verify(upload);
    }

    /**
     * Inside the caller's transaction: the upload is still checked, and stays so (no deletion can take it) until the
     * transaction ends.
     */
    public void holdVerified(UUID id, String field) {
        if (uploads.lockVerified(id).isEmpty()) {
            throw Refusal.invalid(field, "That file was deleted meanwhile; upload it again");
        }
    }

    private Upload verify(Upload upload) {
        switch (upload.status()) {
            case "verified" -> {
                return upload;
            }
            case "refused" -> throw Refusal.invalid("file", "This upload was refused: " + upload.refusalReason());
            case "deleted" -> throw Refusal.rejected("This upload was deleted");
            default -> {
                // issued: look at what was stored
            }
        }
        StoredObject stored = store.describe(upload.stagingKey())
                .orElseThrow(() -> Refusal.conflict("The file has not been uploaded yet: PUT it to the upload URL"
                        + " first").with("code", "NOT_UPLOADED"));
        String problem = problemWith(upload, stored);
        if (problem != null) {
            store.delete(upload.stagingKey());
            transactions.executeWithoutResult(status -> uploads.markRefused(upload.id(), problem));
            log.info("Upload {} ({}) refused and deleted: {}", upload.id(), upload.stagingKey(), problem);
            throw Refusal.invalid("file", "The uploaded file was refused: " + problem);
        }
        // the checked version, and no other, becomes the file; the staging URL can no longer touch it
        store.copy(upload.stagingKey(), upload.key(), stored.etag());
        store.delete(upload.stagingKey());
        Instant now = clock.instant();
        Boolean first = transactions.execute(status -> {
            boolean marked = uploads.markVerified(upload.id(), stored.bytes(), now);
            if (marked) {
                events.publishEvent(new UploadVerified(upload.id(), upload.purpose().code(), upload.ownerId(),
                        upload.key(), upload.contentType(), stored.bytes(), now, addresses.of(upload.key())));
            }
            return marked;
        });
        return Boolean.TRUE.equals(first) ? uploads.find(upload.id()).orElseThrow()
                : verify(uploads.find(upload.id()).orElseThrow());
    }

    private @Nullable String problemWith(Upload upload, StoredObject stored) {
        long limit = upload.purpose().maxBytes(settings);
        if (stored.bytes() > limit) {
            return "it is " + stored.bytes() + " bytes, over the limit of " + limit;
        }
        if (stored.bytes() != upload.declaredBytes()) {
            return "it is " + stored.bytes() + " bytes, not the " + upload.declaredBytes() + " declared";
        }
        if (stored.contentType() != null && !stored.contentType().equalsIgnoreCase(upload.contentType())) {
            return "it was stored as " + stored.contentType() + ", not " + upload.contentType();
        }
        if (stored.etag() == null) {
            return "the store gave no version for it";
        }
        byte[] head = store.firstBytes(upload.stagingKey(), FileSignatures.NEEDED, stored.etag());
        if (!FileSignatures.matches(upload.contentType(), head)) {
            return "its content is not " + upload.contentType();
        }
        return null;
    }

    /**
     * Tidies storage after uploads' URLs expired: a staging object can no longer be written, so it is removed for good
     * (an upload nobody finished is refused); and video files no video took up within a day are deleted.
     *
     * @return how many uploads were tidied
     */
    public int sweep() {
        Instant now = clock.instant();
        // a little after expiry, so an upload that finished at the last moment can still be checked
        List<Upload> expired = uploads.stagingLeftBefore(now.minus(settings.uploadWindow()), 100);
        for (Upload upload : expired) {
            store.delete(upload.stagingKey());
            transactions.executeWithoutResult(status -> {
                uploads.markRefused(upload.id(), "never finished");
                uploads.markStagingCleared(upload.id(), now);
            });
        }
        List<Upload> unused = uploads.unusedVideoFilesBefore(now.minus(UNUSED_VIDEO_FILES_KEPT), 100);
        for (Upload upload : unused) {
            transactions.executeWithoutResult(status -> uploads.markDeleted(List.of(upload.id())));
            store.delete(upload.key());
        }
        return expired.size() + unused.size();
    }

    /** The checked file under this key, if a browser may be served it. */
    public java.util.Optional<Upload> servable(String key) {
        return uploads.findServable(key);
    }

    /** Marks these uploads gone: whatever used them was deleted (their objects are removed after commit). */
    public void markDeleted(List<UUID> ids) {
        uploads.markDeleted(ids);
    }

    private static String megabytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? String.valueOf(bytes / (1024 * 1024))
                : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
    }

    /** An upload just issued, with how to send the file. */
    public record IssuedUpload(Upload upload, PresignedUpload presigned) {
    }
}
