package com.chefweb.identity.ratelimit;

import java.time.Duration;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * A generic cell rate algorithm (equivalent to a token bucket) kept in PostgreSQL: each key stores the theoretical
 * arrival time of its next request. One conditional upsert admits or refuses a request atomically, using the
 * database's clock, so the limit holds however many instances share the database.
 */
@Component
class RateLimiter {

    private final DSLContext db;

    RateLimiter(DSLContext db) {
        this.db = db;
    }

    /** Admits the request, or tells how long until one would be admitted. */
    Optional<Duration> tryAcquire(String key, RateLimitProperties.Limit limit) {
        double interval = limit.emissionInterval().toNanos() / 1e9;
        double period = limit.period().toNanos() / 1e9;
        // admitted: the new arrival time stays within one period of now
        var admitted = db.resultQuery("""
                insert into identity.rate_limit as r (key, tat, expires_at)
                values ({0}, now() + make_interval(secs => {1}), now() + make_interval(secs => {1}))
                on conflict (key) do update
                    set tat = greatest(r.tat, now()) + make_interval(secs => {1}),
                        expires_at = greatest(r.tat, now()) + make_interval(secs => {1})
                    where greatest(r.tat, now()) + make_interval(secs => {1}) - now() <= make_interval(secs => {2})
                returning tat""", key, interval, period).fetch();
        if (!admitted.isEmpty()) {
            return Optional.empty();
        }
        Double waitSeconds = db.resultQuery("""
                select extract(epoch from (r.tat + make_interval(secs => {1}) - make_interval(secs => {2}) - now()))
                from identity.rate_limit r where r.key = {0}""", key, interval, period)
                .fetchOne(0, Double.class);
        double seconds = waitSeconds == null ? interval : Math.max(waitSeconds, 0.001);
        return Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    }

    /** Forgets keys whose bucket has fully drained: they would admit their next request anyway. */
    int purgeExpired() {
        return db.execute("delete from identity.rate_limit where expires_at < now()");
    }
}
