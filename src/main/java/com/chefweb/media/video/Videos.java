package com.chefweb.media.video;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.chefweb.identity.events.AuditableChangeMade;
import com.chefweb.media.events.HomepageVideoChanged;
import com.chefweb.media.events.MediaFilesDiscarded;
import com.chefweb.media.events.VideoDeleted;
import com.chefweb.media.upload.Upload;
import com.chefweb.media.upload.UploadPurpose;
import com.chefweb.media.upload.Uploads;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;
import com.chefweb.shared.security.Actor;

/**
 * The owner's promo videos: registered from uploads this service checked, edited, chosen for the home page (one at a
 * time, by the database's word) and deleted with their files. Every change is audited.
 */
@Service
public class Videos {

    private final VideoRepository videos;
    private final Uploads uploads;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Videos(VideoRepository videos, Uploads uploads, TransactionTemplate transactions,
            ApplicationEventPublisher events, Clock clock) {
        this.videos = videos;
        this.uploads = uploads;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers a video from its uploaded file and, optionally, a poster image; both are checked in storage first.
     *
     * @throws Refusal.Invalid for a missing title or a key this service did not issue
     * @throws Refusal.Conflict when the file is already a video's
     */
    public Video register(VideoDetails details, @Nullable String videoKey, @Nullable String thumbnailKey,
            boolean homepage, Actor actor) {
        VideoDetails checked = details.checked(true);
        Upload file = uploads.verifiedByKey("videoKey", videoKey, UploadPurpose.VIDEO);
        Upload poster = thumbnailKey == null || thumbnailKey.isBlank() ? null
                : uploads.verifiedByKey("thumbnailKey", thumbnailKey, UploadPurpose.VIDEO_THUMBNAIL);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        try {
            transactions.executeWithoutResult(status -> {
                uploads.holdVerified(file.id(), "videoKey");
                if (poster != null) {
                    uploads.holdVerified(poster.id(), "thumbnailKey");
                }
                if (videos.usesUpload(file.id()) || (poster != null && videos.usesUpload(poster.id()))) {
                    throw Refusal.conflict("That file already belongs to a video");
                }
                videos.insert(id, checked.title(), checked.description(), file.id(),
                        poster == null ? null : poster.id(), actor.id(), now);
                if (homepage) {
                    chooseForHomepage(id, now);
                }
                audit("video.created", id, "Video \"" + checked.title() + "\" added" + (homepage ? " to the home page" : ""),
                        Map.of(), Map.of("title", checked.title(), "videoKey", file.key(), "homepage", homepage));
            });
        } catch (DuplicateKeyException e) {
            throw Refusal.conflict("That file already belongs to a video");
        }
        return get(id);
    }

    public Video get(UUID id) {
        return videos.find(id).orElseThrow(() -> Refusal.notFound("Video not found"));
    }

    public Optional<Video> homepage() {
        return videos.homepage();
    }

    public List<Video> page(int limit, int offset) {
        return videos.page(limit, offset);
    }

    public int count() {
        return videos.count();
    }

    /**
     * Changes what is given and leaves the rest: title, description, poster, and whether it is the home page's video
     * (true replaces the current one; false leaves the home page with the storefront's built-in video).
     */
    public Video edit(UUID id, VideoDetails changes, @Nullable String thumbnailKey, @Nullable Boolean homepage) {
        VideoDetails checked = changes.checked(false);
        Upload poster = thumbnailKey == null || thumbnailKey.isBlank() ? null
                : uploads.verifiedByKey("thumbnailKey", thumbnailKey, UploadPurpose.VIDEO_THUMBNAIL);
        Instant now = clock.instant();
        List<String> replacedPoster = new ArrayList<>();
        try {
            transactions.executeWithoutResult(status -> {
                if (homepage != null) {
                    // the homepage choice is always taken before any video row, so two changes cannot deadlock
                    videos.lockHomepageChoice();
                }
                Video current = videos.lock(id).orElseThrow(() -> Refusal.notFound("Video not found"));
                if (poster != null) {
                    uploads.holdVerified(poster.id(), "thumbnailKey");
                }
                if (poster != null && !poster.id().equals(current.thumbnailUploadId()) && videos.usesUpload(poster.id())) {
                    throw Refusal.conflict("That image already belongs to a video");
                }
                String title = checked.title() != null ? checked.title() : current.title();
                String description = checked.description() != null ? checked.description() : current.description();
                UUID posterId = poster != null ? poster.id() : current.thumbnailUploadId();
                videos.update(id, title, description, posterId, now);
                if (Boolean.TRUE.equals(homepage) && !current.homepage()) {
                    chooseForHomepage(id, now);
                } else if (Boolean.FALSE.equals(homepage) && current.homepage()) {
                    videos.setHomepage(id, false, now);
                    events.publishEvent(new HomepageVideoChanged(null, now));
                }
                if (poster != null && current.thumbnailUploadId() != null
                        && !poster.id().equals(current.thumbnailUploadId())) {
                    uploads.markDeleted(List.of(current.thumbnailUploadId()));
                    replacedPoster.add(Objects.requireNonNull(current.thumbnailKey()));
                }
                Map<String, Object> before = new LinkedHashMap<>();
                Map<String, Object> after = new LinkedHashMap<>();
                changed("title", current.title(), title, before, after);
                changed("description", current.description(), description, before, after);
                changed("thumbnailKey", current.thumbnailKey(), poster != null ? poster.key() : current.thumbnailKey(),
                        before, after);
                boolean nowHomepage = homepage != null ? homepage : current.homepage();
                changed("homepage", current.homepage(), nowHomepage, before, after);
                if (current.homepage() && !after.isEmpty() && !Boolean.FALSE.equals(homepage)) {
                    // the home page shows this video: its new title or poster must reach the page too
                    events.publishEvent(new HomepageVideoChanged(id, now));
                }
                if (!after.isEmpty()) {
                    audit("video.updated", id, "Video \"" + title + "\": " + String.join(", ", after.keySet())
                            + " changed", before, after);
                }
                if (!replacedPoster.isEmpty()) {
                    events.publishEvent(new MediaFilesDiscarded(replacedPoster, now));
                }
            });
        } catch (DuplicateKeyException e) {
            throw Refusal.conflict("That image already belongs to a video");
        }
        return get(id);
    }

    /** Deletes the video; its files are removed from storage once the deletion is committed. */
    public void delete(UUID id) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            Video video = videos.lock(id).orElseThrow(() -> Refusal.notFound("Video not found"));
            videos.delete(id);
            List<UUID> files = new ArrayList<>(List.of(video.videoUploadId()));
            List<String> keys = new ArrayList<>(List.of(video.videoKey()));
            if (video.thumbnailUploadId() != null) {
                files.add(video.thumbnailUploadId());
                keys.add(Objects.requireNonNull(video.thumbnailKey()));
            }
            uploads.markDeleted(files);
            events.publishEvent(new VideoDeleted(id, video.title(), video.homepage(), now));
            events.publishEvent(new MediaFilesDiscarded(keys, now));
            if (video.homepage()) {
                events.publishEvent(new HomepageVideoChanged(null, now));
            }
            audit("video.deleted", id, "Video \"" + video.title() + "\" deleted",
                    Map.of("title", video.title(), "videoKey", video.videoKey(), "homepage", video.homepage()), Map.of());
        });
    }

    private void chooseForHomepage(UUID id, Instant now) {
        videos.lockHomepageChoice();
        videos.clearHomepageExcept(id, now).ifPresent(previous -> audit("video.updated", previous,
                "Video replaced on the home page", Map.of("homepage", true), Map.of("homepage", false)));
        videos.setHomepage(id, true, now);
        events.publishEvent(new HomepageVideoChanged(id, now));
    }

    private void audit(String action, UUID id, String summary, Map<String, Object> before, Map<String, Object> after) {
        AuditableChangeMade.byCurrentStaff(action, "video", id.toString(), summary, before, after, clock.instant())
                .ifPresent(events::publishEvent);
    }

    private static void changed(String field, @Nullable Object was, @Nullable Object is, Map<String, Object> before,
            Map<String, Object> after) {
        if (!Objects.equals(was, is)) {
            before.put(field, was == null ? "" : was);
            after.put(field, is == null ? "" : is);
        }
    }

    /** A video's words, as given: blank means "not given" on an edit. */
    public record VideoDetails(@Nullable String title, @Nullable String description) {

        VideoDetails checked(boolean titleRequired) {
            List<FieldProblem> problems = new ArrayList<>();
            String cleanTitle = title == null || title.isBlank() ? null : title.strip();
            if (cleanTitle == null && titleRequired || cleanTitle != null && cleanTitle.length() > 200) {
                problems.add(new FieldProblem("title", "Give the video a title of up to 200 characters"));
            }
            if (cleanTitle != null && cleanTitle.chars().anyMatch(Character::isISOControl)) {
                problems.add(new FieldProblem("title", "The title may not contain control characters"));
            }
            String cleanDescription = description == null ? null : description.strip();
            if (cleanDescription != null && cleanDescription.chars()
                    .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                problems.add(new FieldProblem("description", "The description may not contain control characters"));
            }
            if (cleanDescription != null && cleanDescription.length() > 2000) {
                problems.add(new FieldProblem("description", "Keep the description under 2000 characters"));
            }
            if (!problems.isEmpty()) {
                throw Refusal.invalid(problems);
            }
            return new VideoDetails(cleanTitle, cleanDescription);
        }
    }
}
