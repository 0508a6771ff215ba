package de.lotse.inventory;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the contract reminders once a day, on one node of a cluster at a time (ShedLock). */
@Component
@ConditionalOnProperty(name = "lotse.contracts.reminders-enabled", havingValue = "true", matchIfMissing = true)
class ContractReminderSchedule {

    private final ContractReminders reminders;

    ContractReminderSchedule(ContractReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(cron = "${lotse.contracts.reminder-cron:0 30 5 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "contract-reminders", lockAtMostFor = "PT1H", lockAtLeastFor = "PT5M")
    void daily() {
        reminders.sendDue();
    }
}
