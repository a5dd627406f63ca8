package com.chefweb.media.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import com.chefweb.media.video.HomepageVideo;
import com.chefweb.media.video.Video;
import com.chefweb.media.video.Videos;
import com.chefweb.media.video.Videos.VideoDetails;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.security.CurrentActor;

/** The owner's promo videos, and the one the storefront's home page plays. */
@RestController
@Tag(name = "Videos", description = "Promo videos and the home page's video")
class VideoController {

    /** Short: a new choice reaches visitors within a minute, and browsers revalidate with the entity tag. */
    private static final CacheControl HOMEPAGE_CACHING = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    /** What the storefront's original answered with no video set: the page then plays its built-in one. */
    private static final Homepage NO_HOMEPAGE_VIDEO = new Homepage("", "", "ChefWeb Experience", "homepage_video");

    private final Videos videos;
    private final HomepageVideo homepage;
    private final MediaUrls urls;

    VideoController(Videos videos, HomepageVideo homepage, MediaUrls urls) {
        this.videos = videos;
        this.homepage = homepage;
        this.urls = urls;
    }

    @GetMapping("/api/videos/homepage")
    @Access(Level.PUBLIC)
    @Operation(summary = "The video the storefront's home page plays; empty URLs mean its built-in one")
    ResponseEntity<Homepage> homepage(WebRequest request) {
        var current = homepage.current();
        String etag = current.map(video -> "\"home-" + video.id() + "-" + video.updatedAt().toEpochMilli() + "\"")
                .orElse("\"home-none\"");
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(HOMEPAGE_CACHING).build();
        }
        Homepage body = current.map(video -> new Homepage(urls.of(video.videoKey()),
                video.thumbnailKey() == null ? "" : urls.of(video.thumbnailKey()), video.title(),
                video.id().toString())).orElse(NO_HOMEPAGE_VIDEO);
        return ResponseEntity.ok().eTag(etag).cacheControl(HOMEPAGE_CACHING).body(body);
    }

    @PostMapping("/api/videos")
    @Access(Level.ADMIN)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a video from uploaded keys (checked in storage first)")
    VideoView register(@RequestBody NewVideo request) {
        Video video = videos.register(new VideoDetails(request.title(), request.description()), request.videoKey(),
                request.thumbnailKey(), Boolean.TRUE.equals(request.homepage()),
                CurrentActor.get().orElseThrow(() -> Refusal.notSignedIn("Sign in first")));
        return VideoView.of(video, urls);
    }

    @GetMapping("/api/videos")
    @Access(Level.STAFF)
    @Operation(summary = "Every video, newest first, a page at a time")
    VideoPage list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return new VideoPage(videos.page(limit, offset).stream().map(video -> VideoView.of(video, urls)).toList(),
                videos.count(), limit, offset);
    }

    @GetMapping("/api/videos/{id}")
    @Access(Level.STAFF)
    @Operation(summary = "One video")
    VideoView get(@PathVariable UUID id) {
        return VideoView.of(videos.get(id), urls);
    }

    @PatchMapping("/api/videos/{id}")
    @Access(Level.ADMIN)
    @Operation(summary = "Edit a video's title, description or thumbnail, or make it (or stop it being) the home "
            + "page's video")
    VideoView edit(@PathVariable UUID id, @RequestBody VideoChanges changes) {
        return VideoView.of(videos.edit(id, new VideoDetails(changes.title(), changes.description()),
                changes.thumbnailKey(), changes.homepage()), urls);
    }

    @DeleteMapping("/api/videos/{id}")
    @Access(Level.ADMIN)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a video and its files")
    void delete(@PathVariable UUID id) {
        videos.delete(id);
    }

    /** The storefront's shape: {@code thumbnailUrl} becomes the player's poster. */
    record Homepage(String videoUrl, String thumbnailUrl, String title, String videoId) {
    }

    record NewVideo(@Nullable String title, @Nullable String description, @Nullable String videoKey,
            @Nullable String thumbnailKey, @Nullable Boolean homepage) {
    }

    /** Only what is given changes. */
    record VideoChanges(@Nullable String title, @Nullable String description, @Nullable String thumbnailKey,
            @Nullable Boolean homepage) {
    }

    record VideoPage(List<VideoView> videos, int total, int limit, int offset) {
    }

    record VideoView(UUID id, String title, @Nullable String description, String videoKey, String videoUrl,
            String contentType, long bytes, @Nullable String thumbnailKey, @Nullable String thumbnailUrl,
            boolean homepage, Instant createdAt, Instant updatedAt) {

        static VideoView of(Video video, MediaUrls urls) {
            return new VideoView(video.id(), video.title(), video.description(), video.videoKey(),
                    urls.of(video.videoKey()), video.contentType(), video.bytes(), video.thumbnailKey(),
                    urls.ofNullable(video.thumbnailKey()), video.homepage(), video.createdAt(), video.updatedAt());
        }
    }
}
