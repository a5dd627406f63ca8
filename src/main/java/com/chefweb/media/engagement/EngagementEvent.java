package com.chefweb.media.engagement;

import java.util.Arrays;
import java.util.Optional;

/** What the storefront's home-page player reports, in the order a viewer reaches them. */
public enum EngagementEvent {
    VIEW_START("video_view_start"),
    QUARTER("video_25_percent"),
    HALF("video_50_percent"),
    THREE_QUARTERS("video_75_percent"),
    COMPLETE("video_complete"),
    ERROR("video_error");

    private final String code;

    EngagementEvent(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Optional<EngagementEvent> of(String code) {
        return Arrays.stream(values()).filter(event -> event.code.equals(code)).findFirst();
    }
}
