package com.chefweb.shared.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the service watches its database.
 *
 * @param probeInterval how often it asks whether the database answers
 * @param restartDelay how long after the embedded server's process died it is started again, doubled (up to half a
 *     minute) after each start that failed
 * @param giveUpAfter how long an embedded server may stay down before the service exits, so that whatever runs the
 *     service starts it afresh; an external database is waited for however long it takes
 */
@ConfigurationProperties("chefweb.database")
record DatabaseWatchProperties(@DefaultValue("1s") Duration probeInterval, @DefaultValue("1s") Duration restartDelay,
        @DefaultValue("2m") Duration giveUpAfter) {
}
