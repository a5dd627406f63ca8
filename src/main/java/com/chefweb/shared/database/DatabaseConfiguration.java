package com.chefweb.shared.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts a {@link DatabaseGate} in front of whichever pool the service uses (embedded or external) and watches the
 * database behind it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseWatchProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    /** EX_TEMPFAIL: the service may work when started again. */
    private static final int TRY_AGAIN = 75;

    @Bean
    static BeanPostProcessor databaseGateInFrontOfThePool() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof DatabaseGate) ? new DatabaseGate(pool)
                        : bean;
            }
        };
    }

    @Bean
    DatabaseWatch databaseWatch(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embedded,
            DatabaseWatchProperties settings, ApplicationAvailability availability,
            ConfigurableApplicationContext context) throws java.sql.SQLException {
        if (!DedicatedConnections.available(dataSource)) {
            throw new IllegalStateException("The database watch needs a Hikari connection pool");
        }
        Runnable exit = () -> Thread.ofPlatform().name("database-gone-exit").start(() -> {
            log.error("Exiting with status {} so that the service is started again", TRY_AGAIN);
            System.exit(SpringApplication.exit(context, () -> TRY_AGAIN));
        });
        return new DatabaseWatch(dataSource, dataSource.unwrap(DatabaseGate.class), embedded.getIfAvailable(),
                settings, context, availability, exit);
    }
}
