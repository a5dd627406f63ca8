package com.chefweb.chefs.profile;

import static com.chefweb.chefs.jooq.Tables.CHEF_PHOTO;
import static com.chefweb.chefs.jooq.Tables.SERVING_POSTAL_CODE;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import com.chefweb.chefs.jooq.tables.records.ChefPhotoRecord;

/** A chef's photos and served postal codes: the parts of a profile that are lists. */
@Repository
class GalleryRepository {

    private final DSLContext db;

    GalleryRepository(DSLContext db) {
        this.db = db;
    }

    Photo insertPhoto(long chefId, UUID uploadId, String url, String title, String caption, boolean featured,
            Instant at) {
        int next = db.select(DSL.coalesce(DSL.max(CHEF_PHOTO.SORT_ORDER), -1).plus(1)).from(CHEF_PHOTO)
                .where(CHEF_PHOTO.CHEF_ID.eq(chefId)).fetchSingle().value1();
        return db.insertInto(CHEF_PHOTO)
                .set(CHEF_PHOTO.CHEF_ID, chefId)
                .set(CHEF_PHOTO.UPLOAD_ID, uploadId)
                .set(CHEF_PHOTO.IMAGE_URL, url)
                .set(CHEF_PHOTO.TITLE, title)
                .set(CHEF_PHOTO.CAPTION, caption)
                .set(CHEF_PHOTO.IS_FEATURED, featured)
                .set(CHEF_PHOTO.SORT_ORDER, next)
                .set(CHEF_PHOTO.CREATED_AT, at)
                .returning()
                .fetchSingle(GalleryRepository::toPhoto);
    }

    Optional<Photo> photo(long chefId, long photoId) {
        return db.selectFrom(CHEF_PHOTO).where(CHEF_PHOTO.ID.eq(photoId).and(CHEF_PHOTO.CHEF_ID.eq(chefId)))
                .fetchOptional(GalleryRepository::toPhoto);
    }

    boolean uploadUsed(UUID uploadId) {
        return db.fetchExists(CHEF_PHOTO, CHEF_PHOTO.UPLOAD_ID.eq(uploadId));
    }

    void updatePhoto(long photoId, String title, String caption, boolean featured, int sortOrder) {
        db.update(CHEF_PHOTO).set(CHEF_PHOTO.TITLE, title).set(CHEF_PHOTO.CAPTION, caption)
                .set(CHEF_PHOTO.IS_FEATURED, featured).set(CHEF_PHOTO.SORT_ORDER, sortOrder)
                .where(CHEF_PHOTO.ID.eq(photoId)).execute();
    }

    void deletePhoto(long photoId) {
        db.deleteFrom(CHEF_PHOTO).where(CHEF_PHOTO.ID.eq(photoId)).execute();
    }

    /** Puts the photos in this order: the given ids first, as given, the rest after them as they were. */
    void reorder(long chefId, List<Long> photoIds) {
        List<Long> current = db.select(CHEF_PHOTO.ID).from(CHEF_PHOTO).where(CHEF_PHOTO.CHEF_ID.eq(chefId))
                .orderBy(CHEF_PHOTO.SORT_ORDER, CHEF_PHOTO.ID).fetch(CHEF_PHOTO.ID);
        List<Long> order = new java.util.ArrayList<>(photoIds);
        current.stream().filter(id -> !photoIds.contains(id)).forEach(order::add);
        for (int i = 0; i < order.size(); i++) {
            db.update(CHEF_PHOTO).set(CHEF_PHOTO.SORT_ORDER, i)
                    .where(CHEF_PHOTO.ID.eq(order.get(i)).and(CHEF_PHOTO.CHEF_ID.eq(chefId))).execute();
        }
    }

    List<Photo> photos(long chefId) {
        return db.selectFrom(CHEF_PHOTO).where(CHEF_PHOTO.CHEF_ID.eq(chefId))
                .orderBy(CHEF_PHOTO.SORT_ORDER, CHEF_PHOTO.ID).fetch(GalleryRepository::toPhoto);
    }

    /** The photos of several chefs at once, each chef's in order. */
    Map<Long, List<Photo>> photos(Collection<Long> chefIds) {
        return db.selectFrom(CHEF_PHOTO).where(CHEF_PHOTO.CHEF_ID.in(chefIds))
                .orderBy(CHEF_PHOTO.CHEF_ID, CHEF_PHOTO.SORT_ORDER, CHEF_PHOTO.ID)
                .fetchGroups(CHEF_PHOTO.CHEF_ID, GalleryRepository::toPhoto);
    }

    int photoCount(long chefId) {
        return db.fetchCount(CHEF_PHOTO, CHEF_PHOTO.CHEF_ID.eq(chefId));
    }

    List<ServedPostalCode> postalCodes(long chefId) {
        return db.selectFrom(SERVING_POSTAL_CODE).where(SERVING_POSTAL_CODE.CHEF_ID.eq(chefId))
                .orderBy(SERVING_POSTAL_CODE.COUNTRY, SERVING_POSTAL_CODE.POSTAL_CODE)
                .fetch(row -> new ServedPostalCode(row.getCountry(), row.getPostalCode(), row.getPlaceName()));
    }

    Map<Long, List<ServedPostalCode>> postalCodes(Collection<Long> chefIds) {
        return db.selectFrom(SERVING_POSTAL_CODE).where(SERVING_POSTAL_CODE.CHEF_ID.in(chefIds))
                .orderBy(SERVING_POSTAL_CODE.CHEF_ID, SERVING_POSTAL_CODE.COUNTRY, SERVING_POSTAL_CODE.POSTAL_CODE)
                .fetchGroups(SERVING_POSTAL_CODE.CHEF_ID,
                        row -> new ServedPostalCode(row.getCountry(), row.getPostalCode(), row.getPlaceName()));
    }

    /** @return how many were new */
    int addPostalCodes(long chefId, List<ServedPostalCode> codes) {
        int added = 0;
        for (ServedPostalCode code : codes) {
            added += db.insertInto(SERVING_POSTAL_CODE)
                    .set(SERVING_POSTAL_CODE.CHEF_ID, chefId)
                    .set(SERVING_POSTAL_CODE.COUNTRY, code.country())
                    .set(SERVING_POSTAL_CODE.POSTAL_CODE, code.postalCode())
                    .set(SERVING_POSTAL_CODE.PLACE_NAME, code.placeName())
                    .onConflictDoNothing()
                    .execute();
        }
        return added;
    }

    int removePostalCodes(long chefId, List<ServedPostalCode> codes) {
        int removed = 0;
        for (ServedPostalCode code : codes) {
            removed += db.deleteFrom(SERVING_POSTAL_CODE).where(SERVING_POSTAL_CODE.CHEF_ID.eq(chefId)
                    .and(SERVING_POSTAL_CODE.COUNTRY.eq(code.country()))
                    .and(SERVING_POSTAL_CODE.POSTAL_CODE.eq(code.postalCode()))).execute();
        }
        return removed;
    }

    void removeAllPostalCodes(long chefId) {
        db.deleteFrom(SERVING_POSTAL_CODE).where(SERVING_POSTAL_CODE.CHEF_ID.eq(chefId)).execute();
    }

    int postalCodeCount(long chefId) {
        return db.fetchCount(SERVING_POSTAL_CODE, SERVING_POSTAL_CODE.CHEF_ID.eq(chefId));
    }

    private static Photo toPhoto(ChefPhotoRecord row) {
        return new Photo(row.getId(), row.getChefId(), row.getUploadId(), row.getImageUrl(), row.getTitle(),
                row.getCaption(), row.getIsFeatured(), row.getSortOrder(), row.getCreatedAt());
    }
}
