package com.chefweb.shared.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * Asks the database every second whether it answers, on a connection of its own. When it stops answering, the service
 * says so at once: readiness goes to refusing traffic (a load balancer sends requests elsewhere) and the
 * {@link DatabaseGate} refuses connections, so a request is answered 503 "try again" in milliseconds rather than after
 * the pool's timeout. An embedded server whose process died is started again on its data; an external database is
 * somebody else's to bring back, and is waited for. When it answers again, the pool drops the connections of the old
 * server, the gate opens and readiness returns.
 *
 * <p>An embedded server that stays down past {@code give-up-after} ends the service (exit status 75, "try again"),
 * so that whatever runs it starts it afresh rather than leaving it half alive.
 */
final class DatabaseWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);
    private static final Duration LONGEST_RESTART_DELAY = Duration.ofSeconds(30);
    /** The probe's own limits: an unreachable host must not hold it longer than a couple of seconds. */
    private static final Map<String, String> PROBE_SETTINGS = Map.of("connectTimeout", "2", "socketTimeout", "3",
            "loginTimeout", "3", "ApplicationName", "chefweb-database-watch");
    private static final int VALID_WITHIN_SECONDS = 2;
    private static final String TOO_MANY_CONNECTIONS = "53300";

    private final DataSource pool;
    private final DatabaseGate gate;
    private final @Nullable EmbeddedDatabase embedded;
    private final DatabaseWatchProperties settings;
    private final ApplicationEventPublisher events;
    private final ApplicationAvailability availability;
    private final Runnable exit;

    private volatile boolean running;
    private volatile @Nullable Thread watcher;
    private @Nullable Connection probe;
    private @Nullable String lastFailure;
    private long downSince;
    private long nextRestart;
    private Duration restartDelay;

    DatabaseWatch(DataSource pool, DatabaseGate gate, @Nullable EmbeddedDatabase embedded,
            DatabaseWatchProperties settings, ApplicationEventPublisher events, ApplicationAvailability availability,
            Runnable exit) {
        this.pool = pool;
        this.gate = gate;
        this.embedded = embedded;
        this.settings = settings;
        this.events = events;
        this.availability = availability;
        this.exit = exit;
        this.restartDelay = settings.restartDelay();
    }

    @Override
    public void start() {
        running = true;
        Thread thread = Thread.ofPlatform().daemon().name("database-watch").unstarted(this::watch);
        watcher = thread;
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread thread = watcher;
        watcher = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Started after everything else, stopped before the pool and the embedded server are closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    private void watch() {
        Thread self = Thread.currentThread();
        try {
            while (running && watcher == self) {
                Thread.sleep(settings.probeInterval());
                if (answers()) {
                    if (!gate.isOpen()) {
                        recovered();
                    }
                } else if (gate.isOpen()) {
                    lost();
                } else {
                    stillDown();
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            closeProbe();
        }
    }

    /** A database refusing a connection because it has too many is busy, not gone. */
    private boolean answers() {
        try {
            if (probe != null && probe.isValid(VALID_WITHIN_SECONDS)) {
                return true;
            }
        } catch (SQLException broken) {
            lastFailure = broken.getMessage();
        }
        closeProbe();
        try {
            probe = DedicatedConnections.open(pool, PROBE_SETTINGS);
            return probe.isValid(VALID_WITHIN_SECONDS);
        } catch (SQLException unreachable) {
            lastFailure = unreachable.getMessage();
            return TOO_MANY_CONNECTIONS.equals(unreachable.getSQLState());
        }
    }

    private void lost() {
        gate.close();
        downSince = System.nanoTime();
        restartDelay = settings.restartDelay();
        nextRestart = downSince + restartDelay.toNanos();
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        log.error("The database stopped answering ({}): requests are answered 503 until it answers again{}",
                lastFailure, embedded == null ? "" : "; the embedded server is started again if its process died");
    }

    private void stillDown() {
        if (availability.getReadinessState() != ReadinessState.REFUSING_TRAFFIC) {
            // the service became ready in the meantime, which announced it was accepting traffic
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        }
        if (embedded == null) {
            return;
        }
        long now = System.nanoTime();
        if (Duration.ofNanos(now - downSince).compareTo(settings.giveUpAfter()) > 0) {
            log.error("The embedded database has not answered for {} s ({}): the service exits so that it is started "
                    + "afresh", settings.giveUpAfter().toSeconds(), lastFailure);
            running = false;
            exit.run();
            return;
        }
        if (now - nextRestart >= 0 && !embedded.serverAlive()) {
            try {
                embedded.restart();
            } catch (IOException | RuntimeException failed) {
                restartDelay = restartDelay.multipliedBy(2).compareTo(LONGEST_RESTART_DELAY) > 0
                        ? LONGEST_RESTART_DELAY : restartDelay.multipliedBy(2);
                nextRestart = now + restartDelay.toNanos();
                log.warn("The embedded database did not start again ({}); trying again in {} s", failed.getMessage(),
                        restartDelay.toSeconds());
            }
        }
    }

    private void recovered() {
        // connections to the server that went away are dropped as they come back, new ones go to the one that answers
        DedicatedConnections.pool(pool).map(hikari -> hikari.getHikariPoolMXBean())
                .ifPresent(hikari -> hikari.softEvictConnections());
        gate.open();
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
        log.info("The database answers again after {} s: requests are served", 
                Duration.ofNanos(System.nanoTime() - downSince).toSeconds());
    }

    private void closeProbe() {
        Connection connection = probe;
        probe = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException alreadyBroken) {
                log.trace("Closing the watch's broken connection: {}", alreadyBroken.getMessage());
            }
        }
    }
}
