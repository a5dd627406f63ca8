package com.chefweb.media.upload;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import com.chefweb.media.storage.MediaSettings;
import com.chefweb.shared.security.Actor;

/**
 * What a file is uploaded for. The purpose decides who may upload it, which types and how large, and the folder its
 * key is made in; the client never chooses a path.
 */
public enum UploadPurpose {

    VIDEO("video", "videos", FileKind.VIDEO, Uploader.ADMIN),
    VIDEO_THUMBNAIL("video_thumbnail", "thumbnails", FileKind.IMAGE, Uploader.ADMIN),
    CHEF_PROFILE_PHOTO("chef_profile_photo", "chefs/profile", FileKind.IMAGE, Uploader.CHEF_OR_STAFF),
    CHEF_BANNER("chef_banner", "chefs/banner", FileKind.IMAGE, Uploader.CHEF_OR_STAFF),
    CHEF_GALLERY_PHOTO("chef_gallery_photo", "chefs/gallery", FileKind.IMAGE, Uploader.CHEF_OR_STAFF);

    /** Content type and the extension its keys end with. */
    private static final Map<String, String> VIDEO_TYPES = Map.of("video/mp4", "mp4", "video/webm", "webm",
            "video/quicktime", "mov");
    private static final Map<String, String> IMAGE_TYPES = Map.of("image/jpeg", "jpg", "image/png", "png",
            "image/webp", "webp");

    private final String code;
    private final String folder;
    private final FileKind kind;
    private final Uploader uploader;

    UploadPurpose(String code, String folder, FileKind kind, Uploader uploader) {
        this.code = code;
        this.folder = folder;
        this.kind = kind;
        this.uploader = uploader;
    }

    public static Optional<UploadPurpose> of(String code) {
        return Arrays.stream(values()).filter(purpose -> purpose.code.equals(code)).findFirst();
    }

    public String code() {
        return code;
    }

    String folder() {
        return folder;
    }

    /** The content types accepted, with the extension each key gets. */
    public Map<String, String> contentTypes() {
        return kind == FileKind.VIDEO ? VIDEO_TYPES : IMAGE_TYPES;
    }

    public long maxBytes(MediaSettings settings) {
        return kind == FileKind.VIDEO ? settings.maxVideoBytes() : settings.maxImageBytes();
    }

    boolean mayBeUploadedBy(Actor actor) {
        return switch (uploader) {
            case ADMIN -> actor.isAdmin();
            case CHEF_OR_STAFF -> actor.isStaff() || "chef".equals(actor.role());
        };
    }

    private enum FileKind { VIDEO, IMAGE }

    private enum Uploader { ADMIN, CHEF_OR_STAFF }
}
