package com.chefweb.notify.messages;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders go out ({@code chefweb.notify.reminders}).
 *
 * @param dayBeforeFromHour the hour (venue or chef time) from which the day-before reminders are sent
 * @param balanceNotice how long before the balance is due its reminder goes out
 * @param lookEvery how often due reminders are looked for
 */
@ConfigurationProperties("chefweb.notify.reminders")
record ReminderSettings(int dayBeforeFromHour, Duration balanceNotice, Duration lookEvery) {

    ReminderSettings {
        dayBeforeFromHour = dayBeforeFromHour <= 0 || dayBeforeFromHour > 23 ? 9 : dayBeforeFromHour;
        balanceNotice = balanceNotice == null ? Duration.ofDays(3) : balanceNotice;
        lookEvery = lookEvery == null ? Duration.ofMinutes(10) : lookEvery;
    }
}
