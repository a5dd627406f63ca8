package com.chefweb.media.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/**
 * How viewers watch the home page's video: the storefront reports each start, quarter, finish and failure, and the
 * owner reads a funnel per video and day. Days are the business's (its time zone), counted by when an event
 * reached us: a browser's clock may be wrong.
 */
@Service
public class VideoEngagement {

    /** The longest range one summary covers. */
    static final int MAX_DAYS = 366;
    /** The id the storefront gives its own built-in video, when no video of ours is chosen. */
    static final String BUILT_IN_VIDEO = "homepage_video";
    private static final java.util.Set<String> REASONS = java.util.Set.of("play_failed", "media_error");
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private final EngagementRepository engagement;
    private final ZoneId businessZone;
    private final Clock clock;

    VideoEngagement(EngagementRepository engagement,
            @Value("${chefweb.media.business-time-zone:America/Los_Angeles}") ZoneId businessZone, Clock clock) {
        this.engagement = engagement;
        this.businessZone = businessZone;
        this.clock = clock;
    }

    /** @throws Refusal.Invalid for an event the player does not send, a missing video id or a bad timestamp */
    @Transactional
    public void record(@Nullable String event, @Nullable String videoId, @Nullable String timestamp,
            @Nullable String reason) {
        List<FieldProblem> problems = new ArrayList<>();
        EngagementEvent kind = event == null ? null : EngagementEvent.of(event.strip()).orElse(null);
        if (kind == null) {
            problems.add(new FieldProblem("event", "Send one of video_view_start, video_25_percent, "
                    + "video_50_percent, video_75_percent, video_complete, video_error"));
        }
        String id = videoId == null ? "" : videoId.strip();
        if (!id.equals(BUILT_IN_VIDEO) && !engagement.isVideo(id)) {
            problems.add(new FieldProblem("videoId", "Send the videoId the home page was given"));
        }
        Instant now = clock.instant();
        Instant occurredAt = null;
        if (timestamp != null && !timestamp.isBlank()) {
            try {
                occurredAt = OffsetDateTime.parse(timestamp.strip()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem("timestamp", "Send the time as ISO 8601, such as 2026-12-02T18:30:00Z"));
            }
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        // the player's own reasons; anything else a page sends is counted, not stored as it came
        String cleanReason = kind != EngagementEvent.ERROR ? null
                : reason != null && REASONS.contains(reason.strip()) ? reason.strip() : "other";
        // a browser clock far off says nothing about when it happened
        if (occurredAt != null && Duration.between(occurredAt, now).abs().compareTo(Duration.ofDays(1)) > 0) {
            occurredAt = null;
        }
        engagement.insert(id, kind, cleanReason, occurredAt, now, LocalDate.ofInstant(now, businessZone));
    }

    /**
     * The funnel per video and per day in the range (the last 30 days by default), with totals per video.
     *
     * @throws Refusal.Invalid for a range that ends before it starts or is longer than a year
     */
    @Transactional(readOnly = true)
    public Summary summary(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String videoId) {
        if (from != null && (from.isBefore(EARLIEST) || from.isAfter(LATEST))
                || to != null && (to.isBefore(EARLIEST) || to.isAfter(LATEST))) {
            throw Refusal.invalid(from != null && (from.isBefore(EARLIEST) || from.isAfter(LATEST)) ? "from" : "to",
                    "Ask for days between " + EARLIEST + " and " + LATEST);
        }
        LocalDate last = to != null ? to : LocalDate.ofInstant(clock.instant(), businessZone);
        LocalDate first = from != null ? from : last.minusDays(29);
        if (first.isAfter(last)) {
            throw Refusal.invalid("from", "The range starts after it ends");
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw Refusal.invalid("from", "Ask for at most " + MAX_DAYS + " days at a time");
        }
        Map<String, Map<LocalDate, Funnel.Builder>> byVideo = new TreeMap<>();
        for (EngagementRepository.Count count : engagement.counts(first, last,
                videoId == null || videoId.isBlank() ? null : videoId.strip())) {
            byVideo.computeIfAbsent(count.videoId(), ignored -> new TreeMap<>())
                    .computeIfAbsent(count.day(), ignored -> new Funnel.Builder())
                    .add(count.event(), count.reason(), count.count());
        }
        Map<String, String> titles = engagement.titles(List.copyOf(byVideo.keySet()));
        List<VideoSummary> videos = new ArrayList<>();
        byVideo.forEach((id, days) -> {
            Funnel.Builder total = new Funnel.Builder();
            List<DaySummary> perDay = new ArrayList<>();
            days.forEach((day, funnel) -> {
                perDay.add(new DaySummary(day, funnel.build()));
                total.addAll(funnel);
            });
            videos.add(new VideoSummary(id, titles.get(id), total.build(), perDay));
        });
        return new Summary(first, last, businessZone.getId(), videos);
    }

    public record Summary(LocalDate from, LocalDate to, String timeZone, List<VideoSummary> videos) {
    }

    /** @param title null for a video that is not registered here, such as the storefront's built-in one */
    public record VideoSummary(String videoId, @Nullable String title, Funnel totals, List<DaySummary> days) {
    }

    public record DaySummary(LocalDate date, Funnel funnel) {
    }

    /**
     * @param completionRate completed views as a share of started ones, 0 to 1 (0 with no views)
     * @param errors failures by reason
     */
    public record Funnel(int views, int reached25, int reached50, int reached75, int completed,
            double completionRate, int errorCount, Map<String, Integer> errors) {

        static final class Builder {
            private final int[] counts = new int[EngagementEvent.values().length];
            private final Map<String, Integer> errors = new TreeMap<>();

            void add(String event, @Nullable String reason, int count) {
                EngagementEvent kind = EngagementEvent.of(event).orElseThrow();
                counts[kind.ordinal()] += count;
                if (kind == EngagementEvent.ERROR) {
                    errors.merge(reason == null ? "unknown" : reason, count, Integer::sum);
                }
            }

            void addAll(Builder other) {
                for (int i = 0; i < counts.length; i++) {
                    counts[i] += other.counts[i];
                }
                other.errors.forEach((reason, count) -> errors.merge(reason, count, Integer::sum));
            }

            Funnel build() {
                int views = counts[EngagementEvent.VIEW_START.ordinal()];
                int completed = counts[EngagementEvent.COMPLETE.ordinal()];
                double rate = views == 0 ? 0 : Math.round(10_000.0 * completed / views) / 10_000.0;
                return new Funnel(views, counts[EngagementEvent.QUARTER.ordinal()],
                        counts[EngagementEvent.HALF.ordinal()], counts[EngagementEvent.THREE_QUARTERS.ordinal()],
                        completed, rate, counts[EngagementEvent.ERROR.ordinal()], new LinkedHashMap<>(errors));
            }
        }
    }
}
