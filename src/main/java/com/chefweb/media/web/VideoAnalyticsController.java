package com.chefweb.media.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.chefweb.media.engagement.VideoEngagement;
import com.chefweb.media.engagement.VideoEngagement.Summary;
import com.chefweb.shared.security.Access;
import com.chefweb.shared.security.Access.Level;
import com.chefweb.shared.web.RateLimited;

/** What the home page's player reports, and the owner's view of it. */
@RestController
@Tag(name = "Video analytics", description = "Engagement with the home page's video")
class VideoAnalyticsController {

    private final VideoEngagement engagement;

    VideoAnalyticsController(VideoEngagement engagement) {
        this.engagement = engagement;
    }

    @PostMapping("/api/analytics/video")
    @Access(Level.PUBLIC)
    @RateLimited("video-analytics")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a player event: video_view_start, video_25_percent, video_50_percent, "
            + "video_75_percent, video_complete or video_error (with a reason)")
    Recorded record(@RequestBody PlayerEvent event) {
        engagement.record(event.event(), event.videoId(), event.timestamp(), event.reason());
        return new Recorded(true);
    }

    @GetMapping("/api/analytics/video/summary")
    @Access(Level.STAFF)
    @Operation(summary = "Views, the 25/50/75/100% funnel, completion rate and errors per video and per day")
    Summary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String videoId) {
        return engagement.summary(from, to, videoId);
    }

    /** @param timestamp when the browser says it happened, ISO 8601 */
    record PlayerEvent(@Nullable String event, @Nullable String videoId, @Nullable String timestamp,
            @Nullable String reason) {
    }

    record Recorded(boolean ok) {
    }
}
