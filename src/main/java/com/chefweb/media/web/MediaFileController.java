package com.chefweb.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Matcher;
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
import com.chefweb.media.upload.Upload;
import com.chefweb.media.upload.Uploads;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;

/**
 * Serves stored files when no CDN or public bucket address is configured (the local mode, or a deployment that
 * prefers it): only checked files still in use, with one byte range at a time so a browser can seek in a video. A
 * file's key is written once, by this service, so its upload id is a strong entity tag.
 */
@RestController
@Tag(name = "Media files", description = "Uploaded videos and images, served with range requests")
class MediaFileController {

    static final String PREFIX = com.chefweb.media.storage.PublicAddresses.SERVED_AT;

    private static final Logger log = LoggerFactory.getLogger(MediaFileController.class);
    /** The keys this service makes: folder, year/month, uuid, extension. */
    private static final Pattern KEY = Pattern.compile("[a-z]+(/[a-z]+)?/\\d{4}/\\d{2}/[0-9a-f-]{36}\\.[a-z0-9]{3,4}");
    /** One range, as browsers ask: {@code bytes=0-}, {@code bytes=500-999} or {@code bytes=-500}. */
    private static final Pattern ONE_RANGE = Pattern.compile("bytes=(\\d{1,18})?-(\\d{1,18})?");
    /** A day: a deleted file may live that long in a browser or CDN cache (purge the CDN when it matters). */
    private static final String CACHING = "public, max-age=86400";

    private final ObjectStore store;
    private final Uploads uploads;

    MediaFileController(ObjectStore store, Uploads uploads) {
        this.store = store;
        this.uploads = uploads;
    }

    @GetMapping("/media/{*key}")
    @Access(Level.PUBLIC)
    @Operation(summary = "A stored video or image; honours one byte range, If-None-Match and If-Range")
    void serve(@PathVariable String key, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String objectKey = key.startsWith("/") ? key.substring(1) : key;
        Upload file = KEY.matcher(objectKey).matches() ? uploads.servable(objectKey).orElse(null) : null;
        if (file == null || file.storedBytes() == null) {
            throw Refusal.notFound("No such file");
        }
        long size = file.storedBytes();
        String etag = "\"" + file.id() + "\"";
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHING);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (file.verifiedAt() != null) {
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, file.verifiedAt().toEpochMilli());
        }
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String ifRange = request.getHeader("If-Range");
        Range range = ifRange == null || ifRange.strip().equals(etag) ? Range.parse(request.getHeader(HttpHeaders.RANGE), size)
                : null;
        if (range != null && range.unsatisfiable()) {
            response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            return;
        }
        boolean head = "HEAD".equals(request.getMethod());
        // opened before the status and length are written, so a file storage lost is still a clean 404
        @Nullable ObjectRead read = head ? null
                : store.open(objectKey, range == null ? null : "bytes=" + range.first() + "-" + range.last())
                        .orElseThrow(() -> Refusal.notFound("No such file"));
        response.setContentType(file.contentType());
        if (range != null) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + size);
            response.setContentLengthLong(range.length());
        } else {
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentLengthLong(size);
        }
        if (read == null) {
            return;
        }
        try (InputStream content = read.content()) {
            copy(content, response.getOutputStream(), objectKey);
        }
    }

    private static void copy(InputStream content, OutputStream out, String key) {
        try {
            content.transferTo(out);
        } catch (IOException e) {
            // a viewer who seeks or leaves closes the connection mid-file: routine, not a failure
            log.debug("Stopped sending {}: {}", key, e.getMessage());
            if (content instanceof Abortable abortable) {
                abortable.abort();
            }
        }
    }

    /** One byte range of a file of a known size, both ends included. */
    record Range(long first, long last, boolean unsatisfiable) {

        long length() {
            return last - first + 1;
        }

        /** Null for no range, several, or a malformed one: the whole file is sent (RFC 9110 allows ignoring it). */
        static @Nullable Range parse(@Nullable String header, long size) {
            if (header == null) {
                return null;
            }
            Matcher matcher = ONE_RANGE.matcher(header.strip());
            if (!matcher.matches() || matcher.group(1) == null && matcher.group(2) == null) {
                return null;
            }
            if (matcher.group(1) == null) {
                long suffix = Long.parseLong(matcher.group(2));
                return suffix == 0 || size == 0 ? new Range(0, 0, true)
                        : new Range(Math.max(0, size - suffix), size - 1, false);
            }
            long first = Long.parseLong(matcher.group(1));
            long last = matcher.group(2) == null ? size - 1 : Math.min(Long.parseLong(matcher.group(2)), size - 1);
            if (matcher.group(2) != null && Long.parseLong(matcher.group(2)) < first) {
                return null;
            }
            return first >= size ? new Range(0, 0, true) : new Range(first, last, false);
        }
    }
}
