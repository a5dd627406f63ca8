package com.chefweb.shared.scheduling;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs module listeners on a fixed number of threads with an unbounded queue. Bounded, because each running listener
 * holds a database connection: with one virtual thread per event a burst of bookings queued hundreds of listeners on
 * the pool and requests then waited for connections. Queued, never blocking, because the publisher hands its events
 * over inside its commit while it still holds its own connection: an executor that made it wait deadlocked the pool.
 */
@Configuration(proxyBeanMethods = false)
class ListenerExecutor {

    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${chefweb.events.listener-threads}") int threads,
            @Value("${spring.threads.virtual.enabled:false}") boolean virtual) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(Integer.MAX_VALUE);
        if (virtual) {
            executor.setThreadFactory(Thread.ofVirtual().name("listener-", 1).factory());
        } else {
            executor.setThreadNamePrefix("listener-");
        }
        // a delivery cut short is delivered again later; waiting a little lets most finish on a normal stop
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(5);
        return executor;
    }
}
