package com.chefweb.shared.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Runs a named piece of work once per database: the first instance to claim it does it, and it is done again only
 * if that instance died before finishing (after an hour). The work must be safe to repeat, since a crash can leave
 * it half done: announcements of facts are, because their listeners keep the latest copy.
 */
@Component
public class OneOffJobs {

    private static final Logger log = LoggerFactory.getLogger(OneOffJobs.class);
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    OneOffJobs(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return whether this call did the work */
    public boolean runOnce(String name, Runnable work) {
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int claimed = jdbc.update("insert into scheduling.one_off_job (name, started_at) values (?, ?) "
                + "on conflict (name) do update set started_at = excluded.started_at "
                + "where one_off_job.finished_at is null and one_off_job.started_at < ?",
                name, at, now.minus(ABANDONED_AFTER).atOffset(ZoneOffset.UTC));
        if (claimed == 0) {
            return false;
        }
        log.info("One-off job {} started", name);
        work.run();
        jdbc.update("update scheduling.one_off_job set finished_at = ? where name = ?",
                clock.instant().atOffset(ZoneOffset.UTC), name);
        log.info("One-off job {} finished", name);
        return true;
    }
}
