package com.chefweb.identity.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A generic cell rate algorithm (equivalent to a token bucket) per key, decided in memory and shared through
 * PostgreSQL. Each request is admitted or refused by this instance's bucket alone, with no database round trip; every
 * {@code chefweb.rate-limit-sync-every} (250 ms) the instance adds what it admitted to the shared ledger and takes back
 * the ledger's backlog, which includes every other instance's admissions.
 *
 * <p>Tolerance, stated in README: on one instance the limit is exact. With several instances a client that spreads
 * its requests over them can get one extra burst from each instance that has not heard of it yet; every request
 * admitted anywhere is counted in the ledger, so the sustained rate holds. Admissions of the last interval before a
 * crash are not shared.
 *
 * <p>The exchange runs on a thread of its own, so no slow scheduled job delays it; on start the instance learns every
 * client still owing time in the ledger (a restart grants no fresh burst), and on a normal stop it shares what it
 * admitted last.
 */
@Component
class RateLimiter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    /** What the ledger said at start about clients this instance has not seen yet: their next arrival, in nanoTime. */
    private final Map<String, Long> owedAtStart = new ConcurrentHashMap<>();
    private final RateLimitLedger ledger;
    private final long exchangeEveryMillis;
    private ScheduledExecutorService exchange;

    @Autowired
    RateLimiter(RateLimitLedger ledger, @Value("${chefweb.rate-limit-sync-every}") Duration exchangeEvery) {
        this.ledger = ledger;
        this.exchangeEveryMillis = Math.max(exchangeEvery.toMillis(), 10);
    }

    /** An instance exchanging by hand (tests), with no thread of its own. */
    RateLimiter(RateLimitLedger ledger) {
        this.ledger = ledger;
        this.exchangeEveryMillis = 0;
    }

    @Override
    public synchronized void start() {
        learnWhatIsOwed();
        exchange = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("rate-limit-exchange")
                .factory());
        exchange.scheduleWithFixedDelay(this::shareQuietly, exchangeEveryMillis, exchangeEveryMillis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (exchange != null) {
            exchange.shutdown();
            try {
                exchange.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange = null;
            shareQuietly();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return exchange != null;
    }

    /** Starts before the web server takes requests and stops after it has finished them, so nothing goes unshared. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** Reads every client still owing time from the ledger, so a restarted instance grants them no fresh burst. */
    void learnWhatIsOwed() {
        long now = System.nanoTime();
        try {
            ledger.owing().forEach((key, seconds) -> owedAtStart.put(key, now + (long) (seconds * 1e9)));
        } catch (RuntimeException e) {
            log.warn("Could not read the shared rate-limit ledger at start; limits start from this instance alone: {}",
                    e.getMessage());
        }
    }

    private void shareQuietly() {
        try {
            share();
        } catch (RuntimeException e) {
            log.warn("Rate-limit exchange failed: {}", e.getMessage());
        }
    }

    /** Admits the request, or tells how long until one would be admitted. */
    Optional<Duration> tryAcquire(String key, RateLimitProperties.Limit limit) {
        Duration[] wait = new Duration[1];
        buckets.compute(key, (k, bucket) -> {
            Bucket current = bucket;
            if (current == null) {
                current = new Bucket(limit);
                Long owed = owedAtStart.remove(k);
                if (owed != null) {
                    current.atLeast(owed);
                }
            }
            wait[0] = current.tryAcquire(System.nanoTime());
            return current;
        });
        return Optional.ofNullable(wait[0]);
    }

    /**
     * Shares what this instance admitted since the last exchange and learns what every instance admitted; forgets
     * buckets that have drained and have nothing left to share.
     */
    void share() {
        long started = System.nanoTime();
        owedAtStart.values().removeIf(owed -> owed - started <= 0);
        List<RateLimitLedger.Admitted> admitted = new ArrayList<>();
        for (String key : buckets.keySet()) {
            buckets.computeIfPresent(key, (k, bucket) -> {
                long now = System.nanoTime();
                if (bucket.unshared > 0 || bucket.refusedSinceShare) {
                    // a refused client is asked about too: another instance may have admitted it meanwhile
                    admitted.add(new RateLimitLedger.Admitted(k, bucket.unshared * bucket.intervalNanos / 1e9));
                    bucket.unshared = 0;
                    bucket.refusedSinceShare = false;
                    return bucket;
                }
                return bucket.drainedAt(now) ? null : bucket;
            });
        }
        if (admitted.isEmpty()) {
            return;
        }
        try {
            Map<String, Double> backlog = ledger.add(admitted);
            long now = System.nanoTime();
            backlog.forEach((key, seconds) -> buckets.computeIfPresent(key, (k, bucket) -> {
                bucket.atLeast(now + (long) (seconds * 1e9));
                return bucket;
            }));
        } catch (RuntimeException e) {
            // kept to share, and to ask about, at the next exchange: the limit on this instance stays exact meanwhile
            log.warn("Could not share rate-limit counts ({} keys); retrying: {}", admitted.size(), e.getMessage());
            admitted.forEach(a -> buckets.computeIfPresent(a.key(), (k, bucket) -> {
                bucket.unshared += Math.round(a.seconds() * 1e9 / bucket.intervalNanos);
                bucket.refusedSinceShare = true;
                return bucket;
            }));
        }
    }

    /** How many clients this instance holds a bucket for. */
    int trackedKeys() {
        return buckets.size();
    }

    /** Forgets ledger keys whose bucket has fully drained: they would admit their next request anyway. */
    int purgeExpired() {
        return ledger.purgeExpired();
    }

    /** One key's state: the theoretical arrival time of its next request, on this JVM's monotonic clock. */
    private static final class Bucket {

        final long intervalNanos;
        final long periodNanos;
        long tat;
        /** Requests admitted here and not yet added to the shared ledger. */
        long unshared;
        boolean refusedSinceShare;

        Bucket(RateLimitProperties.Limit limit) {
            this.intervalNanos = limit.emissionInterval().toNanos();
            this.periodNanos = limit.period().toNanos();
            this.tat = System.nanoTime();
        }

        /** Null when admitted; otherwise how long until a request would be. Called under the map's lock for the key. */
        Duration tryAcquire(long now) {
            long next = Math.max(tat - now, 0) + intervalNanos;
            if (next <= periodNanos) {
                tat = now + next;
                unshared++;
                return null;
            }
            refusedSinceShare = true;
            long waitNanos = Math.max(tat - now + intervalNanos - periodNanos, 1_000_000);
            return Duration.ofMillis((long) Math.ceil(waitNanos / 1e6));
        }

        void atLeast(long sharedTat) {
            if (sharedTat - tat > 0) {
                tat = sharedTat;
            }
        }

        boolean drainedAt(long now) {
            return unshared == 0 && tat - now <= 0;
        }
    }
}
