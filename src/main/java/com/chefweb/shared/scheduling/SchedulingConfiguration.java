package com.chefweb.shared.scheduling;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.provider.sql.DatabaseProduct;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import com.chefweb.shared.database.DatabaseUnreachable;

/**
 * Scheduled jobs take a lock row in PostgreSQL before they run, so with several instances behind a load balancer each
 * run happens once. Lock times come from the database clock, not the instances' clocks.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class SchedulingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SchedulingConfiguration.class);

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("scheduling.shedlock")
                // named, not detected: detection at the first lock would fail for good if the database were away
                .withDatabaseProduct(DatabaseProduct.POSTGRES_SQL)
                .usingDbTime()
                .build());
    }

    /**
     * A job that failed because the database is away is tried at its next run anyway: one line each time says so,
     * where the default handler printed a stack trace per job per second for the length of an outage. The scheduler
     * is a simple one on virtual threads, a pooled one without them.
     */
    @Bean
    SimpleAsyncTaskSchedulerCustomizer quietVirtualSchedulerWhileTheDatabaseIsAway() {
        return scheduler -> scheduler.setErrorHandler(SchedulingConfiguration::jobFailed);
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer quietPooledSchedulerWhileTheDatabaseIsAway() {
        return scheduler -> scheduler.setErrorHandler(SchedulingConfiguration::jobFailed);
    }

    private static void jobFailed(Throwable failure) {
        if (DatabaseUnreachable.causedBy(failure)) {
            log.warn("A scheduled job found no database and runs again at its next turn: {}",
                    NestedExceptionUtils.getMostSpecificCause(failure).getMessage());
        } else {
            log.error("A scheduled job failed", failure);
        }
    }
}
