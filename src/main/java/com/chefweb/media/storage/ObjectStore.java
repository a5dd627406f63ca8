package com.chefweb.media.storage;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.chefweb.shared.refusal.Refusal;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * The one bucket this service keeps files in, through the AWS SDK: presigned uploads, checks of what was stored,
 * reads for playback and deletes. The same calls run against Amazon S3, any S3-compatible store and the in-process
 * one; what the store answers is turned into the few outcomes the media module acts on.
 */
public class ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(ObjectStore.class);
    /** Headers a browser sets itself and refuses to let a page set. */
    private static final List<String> SET_BY_BROWSER = List.of("host", "content-length");

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public ObjectStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    /**
     * A URL that lets whoever holds it PUT exactly this object: its key, content type and length are part of the
     * signature, so a different file size or type is refused by the store itself.
     */
    public PresignedUpload presignUpload(String key, String contentType, long bytes, Duration window) {
        PresignedPutObjectRequest presigned = presigner.presignPutObject(request -> request
                .signatureDuration(window)
                .putObjectRequest(put -> put.bucket(bucket).key(key).contentType(contentType).contentLength(bytes)));
        Map<String, String> headers = new LinkedHashMap<>();
        presigned.signedHeaders().forEach((name, values) -> {
            if (!SET_BY_BROWSER.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(canonical(name), String.join(",", values));
            }
        });
        return new PresignedUpload(URI.create(presigned.url().toString()), "PUT", headers, presigned.expiration());
    }

    /** What the store holds under this key, if anything. */
    public Optional<StoredObject> describe(String key) {
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(key));
            return Optional.of(new StoredObject(key, head.contentLength(), head.contentType(), head.eTag()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable("describe", key, e);
        } catch (SdkException e) {
            throw unavailable("describe", key, e);
        }
    }

    /**
     * The object's first bytes (fewer when it is shorter), enough to tell what kind of file it really is; only if it
     * is still the version with this entity tag.
     *
     * @throws ObjectChanged when it was replaced since it was described
     */
    public byte[] firstBytes(String key, int count, String etag) {
        try {
            return s3.getObjectAsBytes(request -> request.bucket(bucket).key(key).ifMatch(etag)
                    .range("bytes=0-" + (count - 1))).asByteArray();
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 404) {
                throw new ObjectChanged(key);
            }
            throw unavailable("read the start of", key, e);
        } catch (SdkException e) {
            throw unavailable("read the start of", key, e);
        }
    }

    /**
     * Copies the object to another key inside the store, only if it is still the version with this entity tag.
     *
     * @throws ObjectChanged when it was replaced (or removed) since it was described
     */
    public void copy(String from, String to, String etag) {
        try {
            s3.copyObject(request -> request.sourceBucket(bucket).sourceKey(from).destinationBucket(bucket)
                    .destinationKey(to).copySourceIfMatch(etag));
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 404) {
                throw new ObjectChanged(from);
            }
            throw unavailable("copy", from, e);
        } catch (SdkException e) {
            throw unavailable("copy", from, e);
        }
    }

    /**
     * Opens the object for a reader, whole or one byte range ({@code bytes=0-1023}) the caller already checked
     * against the object's size. Empty when there is no such object; the caller closes the stream.
     */
    public Optional<ObjectRead> open(String key, @Nullable String range) {
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (range != null) {
            request.range(range);
        }
        try {
            ResponseInputStream<GetObjectResponse> stream = s3.getObject(request.build());
            GetObjectResponse response = stream.response();
            return Optional.of(new ObjectRead(stream, response.contentLength(), response.contentType(),
                    response.contentRange(), response.eTag(), response.lastModified()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unavailable("read", key, e);
        } catch (SdkException e) {
            throw unavailable("read", key, e);
        }
    }

    /** Stores these bytes under the key: files a client sent through this service rather than straight to storage. */
    public void put(String key, String contentType, byte[] bytes) {
        try {
            s3.putObject(request -> request.bucket(bucket).key(key).contentType(contentType)
                    .contentLength((long) bytes.length), software.amazon.awssdk.core.sync.RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw unavailable("store", key, e);
        }
    }

    /** Removes the object; removing one that is already gone is not an error. */
    public void delete(String key) {
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            log.debug("Object {} was already gone", key);
        } catch (SdkException e) {
            throw unavailable("delete", key, e);
        }
    }

    private static StorageUnavailable unavailable(String what, String key, Exception cause) {
        log.warn("Could not {} object {}", what, key, cause);
        return new StorageUnavailable("File storage is not answering; please try again shortly");
    }

    private static String canonical(String header) {
        StringBuilder name = new StringBuilder(header.length());
        boolean upper = true;
        for (char c : header.toCharArray()) {
            name.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-';
        }
        return name.toString();
    }

    /**
     * How to upload one file: send {@code method} to {@code url} with exactly these headers before {@code expiresAt}.
     */
    public record PresignedUpload(URI url, String method, Map<String, String> headers, Instant expiresAt) {
    }

    /** An object as the store describes it. */
    public record StoredObject(String key, long bytes, @Nullable String contentType, @Nullable String etag) {
    }

    /**
     * An object opened for reading.
     *
     * @param contentRange {@code bytes 0-1023/52341} when a range was read
     */
    public record ObjectRead(InputStream content, long bytes, @Nullable String contentType,
            @Nullable String contentRange, @Nullable String etag, @Nullable Instant lastModified) {
    }

    /** The store did not answer or refused for a reason of its own: the caller may try again later (503). */
    public static final class StorageUnavailable extends Refusal.Unavailable {
        StorageUnavailable(String message) {
            super(message);
        }
    }

    /** The object is not the one that was looked at a moment ago. */
    public static final class ObjectChanged extends Refusal.Conflict {
        ObjectChanged(String key) {
            super("The file changed while it was being checked; upload it again");
        }
    }

}
