package com.chefweb.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.EventListener;

/**
 * Every event the running service published, for tests that check what a module announced (as the module that will
 * hear it would). One log for the whole shared context: tests pick out their own events by id.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PublishedEventLog {

    private final List<Object> published = new CopyOnWriteArrayList<>();

    @EventListener
    void on(PayloadApplicationEvent<?> event) {
        published.add(event.getPayload());
    }

    public <T> List<T> ofType(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
