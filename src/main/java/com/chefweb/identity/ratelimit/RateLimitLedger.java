package com.chefweb.identity.ratelimit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The rate-limit state every instance shares: per key, the theoretical arrival time of its next request, in the
 * database's clock. Instances exchange only durations (how much they admitted, how long the backlog is), so their own
 * clocks never meet.
 */
@Component
class RateLimitLedger {

    private final DSLContext db;

    RateLimitLedger(DSLContext db) {
        this.db = db;
    }

    /** Seconds of emission interval one instance admitted for a key since its last exchange. */
    record Admitted(String key, double seconds) {
    }

    /**
     * Adds each key's admissions to the shared backlog in one statement and answers each key's backlog afterwards, in
     * seconds from now (every instance's admissions included).
     */
    Map<String, Double> add(List<Admitted> admitted) {
        String[] keys = admitted.stream().map(Admitted::key).toArray(String[]::new);
        Double[] seconds = admitted.stream().map(Admitted::seconds).toArray(Double[]::new);
        Map<String, Double> backlog = new HashMap<>();
        // sorted, so two instances exchanging the same keys lock their rows in the same order (the purge, which locks in
        // its own order, may still collide with an exchange; PostgreSQL then aborts one and the exchange is retried)
        db.resultQuery("""
                insert into identity.rate_limit as r (key, tat, expires_at)
                select k, now() + make_interval(secs => s), now() + make_interval(secs => s)
                from unnest({0}::text[], {1}::float8[]) as t(k, s)
                order by k
                on conflict (key) do update
                    set tat = greatest(r.tat, now()) + (excluded.tat - now()),
                        expires_at = greatest(r.tat, now()) + (excluded.tat - now())
                returning key, extract(epoch from (tat - now()))::float8""", keys, seconds)
                .fetch()
                .forEach(row -> backlog.put(row.get(0, String.class), row.get(1, Double.class)));
        return backlog;
    }

    /** Every key whose backlog has not drained yet, with how many seconds it still has to run. */
    Map<String, Double> owing() {
        Map<String, Double> owing = new HashMap<>();
        db.resultQuery("select key, extract(epoch from (tat - now()))::float8 from identity.rate_limit where tat > now()")
                .fetch()
                .forEach(row -> owing.put(row.get(0, String.class), row.get(1, Double.class)));
        return owing;
    }

    int purgeExpired() {
        return db.execute("delete from identity.rate_limit where expires_at < now()");
    }
}
