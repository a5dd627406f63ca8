package com.chefweb.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.http.Abortable;

import com.chefweb.media.storage.ObjectStore;
import com.chefweb.media.storage.ObjectStore.ObjectRead;
import com.chefweb.media.storage.ObjectStore.RangeNotSatisfiable;
import com.chefweb.media.upload.Uploads;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/**
 * Serves stored files when no CDN or public bucket address is configured (the local mode, or a deployment that
 * prefers it): only checked uploads still in use, with byte ranges so a browser can seek in a video. Keys never
 * change content, so browsers may keep a file for a year.
 */
@RestController
@Tag(name = "Media files", description = "Uploaded videos and images, served with range requests")
class MediaFileController {

    static final String PREFIX = "/media/";

    private static final Logger log = LoggerFactory.getLogger(MediaFileController.class);
    /** The keys this service makes: folder, year/month, uuid, extension. */
    private static final Pattern KEY = Pattern.compile("[a-z]+(/[a-z]+)?/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.[a-z0-9]{3,4}");
    /** One range, as browsers ask: {@code bytes=0-}, {@code bytes=500-999} or {@code bytes=-500}. */
    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d+-\\d*|-\\d+)");

    private final ObjectStore store;
    private final Uploads uploads;

    MediaFileController(ObjectStore store, Uploads uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    @GetMapping("/media/{*key}")
    @Access(Level.PUBLIC)
    @Operation(summary = "A stored video or image; honours one byte range")
    void serve(@PathVariable String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String objectKey = key.startsWith("/") ? key.substring(1) : key;
        if (!KEY.matcher(objectKey).matches() || !uploads.isServable(objectKey)) {
            throw Refusal.notFound("No such file");
        }
        String range = request.getHeader(HttpHeaders.RANGE);
        // several ranges at once, or a malformed one, is answered with the whole file (RFC 9110 allows ignoring it)
        String asked = range != null && ONE_RANGE.matcher(range.strip()).matches() ? range.strip() : null;
        ObjectRead read;
        try {
            read = store.open(objectKey, asked).orElseThrow(() -> Refusal.notFound("No such file"));
        } catch (RangeNotSatisfiable e) {
            long size = store.describe(objectKey).map(ObjectStore.StoredObject::bytes).orElse(0L);
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            return;
        }
        try (InputStream content = read.content()) {
            writeHeaders(response, read, asked != null);
            if ("HEAD".equals(request.getMethod())) {
                abort(content);
                return;
            }
            copy(content, response.getOutputStream(), objectKey);
        }
    }

    private static void writeHeaders(HttpServletResponse response, ObjectRead read, boolean ranged) {
        if (ranged && read.contentRange() != null) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(HttpHeaders.CONTENT_RANGE, read.contentRange());
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
        }
        response.setContentType(read.contentType() != null ? read.contentType() : "application/octet-stream");
        response.setContentLengthLong(read.bytes());
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (read.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, read.etag());
        }
        if (read.lastModified() != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, read.lastModified().toEpochMilli());
        }
    }

    private static void copy(InputStream content, OutputStream out, String key) {
        try {
            content.transferTo(out);
        } catch (IOException e) {
            // a viewer who seeks or leaves closes the connection mid-file: routine, not a failure
            log.debug("Stopped sending {}: {}", key, e.getMessage());
            abort(content);
        }
    }

    private static void abort(@Nullable InputStream content) {
        if (content instanceof Abortable abortable) {
            abortable.abort();
        }
    }
}
