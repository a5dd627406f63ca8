package com.chefweb.media.upload;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every so often, one instance clears away uploads that were presigned and never finished. */
@Component
class UnfinishedUploadSweep {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedUploadSweep.class);

    private final Uploads uploads;

    UnfinishedUploadSweep(Uploads uploads) {
        this.uploads = uploads;
    }

    @Scheduled(fixedDelayString = "${chefweb.media.sweep-every:PT15M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "sweep-unfinished-uploads", lockAtMostFor = "PT10M")
    void sweep() {
        int swept = uploads.sweep();
        if (swept > 0) {
            log.info("Tidied {} uploads: expired staging files and video files nothing used", swept);
        }
    }
}
