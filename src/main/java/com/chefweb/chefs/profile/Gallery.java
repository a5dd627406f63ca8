package com.chefweb.chefs.profile;

import com.chefweb.shared.refusal.FreeText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.chefweb.chefs.events.ChefImagesReleased;
import com.chefweb.chefs.profile.ChefProfiles.Image;
import com.chefweb.shared.refusal.FieldProblem;
import com.chefweb.shared.refusal.Refusal;

/** A chef's gallery: photos added from checked uploads, captioned, featured, ordered, removed. */
@Service
public class Gallery {

    static final int MOST_PHOTOS = 30;

    private final ChefRepository chefs;
    private final GalleryRepository gallery;
    private final ChefNews news;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Gallery(ChefRepository chefs, GalleryRepository gallery, ChefNews news, ApplicationEventPublisher events,
            Clock clock) {
        this.chefs = chefs;
        this.gallery = gallery;
        this.news = news;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws Refusal.Invalid for over-long text, a full gallery, or an upload already shown
     */
    @Transactional
    public Photo add(UUID userId, Image image, @Nullable String title, @Nullable String caption, boolean featured) {
        Chef chef = lockedChef(userId);
        List<FieldProblem> problems = new ArrayList<>();
        String cleanTitle = FreeText.check("title", title, 120, false, problems);
        String cleanCaption = FreeText.check("caption", caption, 500, true, problems);
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        if (gallery.photoCount(chef.id()) >= MOST_PHOTOS) {
            throw Refusal.invalid("image", "A gallery holds up to " + MOST_PHOTOS + " photos; remove one first");
        }
        if (gallery.uploadUsed(image.uploadId())) {
            throw Refusal.invalid("image", "That photo is already in your gallery");
        }
        Photo photo = gallery.insertPhoto(chef.id(), image.uploadId(), image.url(), cleanTitle, cleanCaption,
                featured, clock.instant());
        news.changed(chef.id());
        return photo;
    }

    /** Changes what is sent; an empty title or caption clears it. */
    @Transactional
    public Photo update(UUID userId, long photoId, @Nullable String title, @Nullable String caption,
            @Nullable Boolean featured, @Nullable Integer sortOrder) {
        Chef chef = lockedChef(userId);
        Photo photo = gallery.photo(chef.id(), photoId).orElseThrow(() -> Refusal.notFound("Photo not found"));
        List<FieldProblem> problems = new ArrayList<>();
        String newTitle = title == null ? photo.title() : FreeText.check("title", title, 120, false, problems);
        String newCaption = caption == null ? photo.caption()
                : FreeText.check("caption", caption, 500, true, problems);
        if (sortOrder != null && (sortOrder < 0 || sortOrder > 10_000)) {
            problems.add(new FieldProblem("sort_order", "Give a position from 0 to 10000"));
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid(problems);
        }
        gallery.updatePhoto(photoId, newTitle, newCaption, featured == null ? photo.featured() : featured,
                sortOrder == null ? photo.sortOrder() : sortOrder);
        news.changed(chef.id());
        return gallery.photo(chef.id(), photoId).orElseThrow();
    }

    /** Removes the photo; media stops serving its file. Another chef's photo is "not found". */
    @Transactional
    public void remove(UUID userId, long photoId) {
        Chef chef = lockedChef(userId);
        Photo photo = gallery.photo(chef.id(), photoId).orElseThrow(() -> Refusal.notFound("Photo not found"));
        gallery.deletePhoto(photoId);
        chefs.forgetVerifiedUploads(List.of(photo.uploadId()));
        events.publishEvent(new ChefImagesReleased(chef.id(), List.of(photo.uploadId()), clock.instant()));
        news.changed(chef.id());
    }

    /** Puts the photos in this order (ids of other chefs' photos are refused). */
    @Transactional
    public List<Photo> reorder(UUID userId, List<Long> photoIds) {
        Chef chef = lockedChef(userId);
        List<Long> mine = gallery.photos(chef.id()).stream().map(Photo::id).toList();
        if (!mine.containsAll(photoIds) || photoIds.stream().distinct().count() != photoIds.size()) {
            throw Refusal.invalid("photo_ids", "List each of your photos at most once");
        }
        gallery.reorder(chef.id(), photoIds);
        return gallery.photos(chef.id());
    }

    @Transactional(readOnly = true)
    public List<Photo> photos(long chefId) {
        return gallery.photos(chefId);
    }

    private Chef lockedChef(UUID userId) {
        return chefs.lockByUser(userId).orElseThrow(() -> Refusal.notFound("You have no chef profile yet"));
    }
}
