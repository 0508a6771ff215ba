package de.lotse.inventory;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of contract reminders ({@code lotse.contracts.*}).
 *
 * @param noticeLeadDays how many days before a notice deadline its reminder is sent
 * @param reminderCron when the daily reminder job runs (Spring cron, time zone Europe/Berlin)
 * @param remindersEnabled whether the job runs by itself; tests switch it off and run it themselves
 * @param mailFrom the sender of the reminders
 */
@ConfigurationProperties("lotse.contracts")
public record ContractProperties(
        @DefaultValue("90") int noticeLeadDays,
        @DefaultValue("0 30 5 * * *") String reminderCron,
        @DefaultValue("true") boolean remindersEnabled,
        @DefaultValue("lotse@localhost") String mailFrom) {}
