package com.chefweb.media.video;

import java.util.Objects;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import com.chefweb.media.events.HomepageVideoChanged;

/**
 * The home page's video, held in memory: the storefront asks for it on every visit and gives up after 2.5 s, and it
 * changes only when the owner chooses another. This instance reloads it as soon as a change here commits; every
 * instance also looks every {@code chefweb.media.homepage-refresh-every} (a second), so a choice made on another
 * instance shows within about that.
 */
@Component
public class HomepageVideo {

    private final VideoRepository videos;
    private volatile Optional<Video> current;

    HomepageVideo(VideoRepository videos) {
        this.videos = videos;
    }

    /** The video the home page shows, or empty for the storefront's own. */
    public Optional<Video> current() {
        Optional<Video> video = current;
        return video != null ? video : reload();
    }

    @TransactionalEventListener
    void changedHere(HomepageVideoChanged change) {
        reload();
    }

    @Scheduled(fixedDelayString = "${chefweb.media.homepage-refresh-every:PT1S}",
            initialDelayString = "${chefweb.media.homepage-refresh-every:PT1S}")
    synchronized void refresh() {
        Optional<Video> latest = videos.homepage();
        if (!Objects.equals(latest, current)) {
            current = latest;
        }
    }

    private synchronized Optional<Video> reload() {
        Optional<Video> latest = videos.homepage();
        current = latest;
        return latest;
    }
}
