package com.chefweb.shared.scheduling;

import java.lang.reflect.Method;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How a failed asynchronous event listener is logged: an expected {@link RetryLater} as one warning line, anything
 * else as an error with its stack trace. Either way its publication stays incomplete and is delivered again.
 */
@Configuration(proxyBeanMethods = false)
class ListenerFailures implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return ListenerFailures::logged;
    }

    private static void logged(Throwable failure, Method listener, Object... event) {
        String where = listener.getDeclaringClass().getSimpleName() + "." + listener.getName();
        if (failure instanceof RetryLater) {
            log.warn("{} will be delivered again: {}", where, failure.getMessage());
        } else {
            log.error("{} failed; its event will be delivered again", where, failure);
        }
    }
}
