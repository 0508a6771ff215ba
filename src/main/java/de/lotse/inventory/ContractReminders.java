package de.lotse.inventory;

import de.lotse.tenancy.CurrentTenant;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds of notice deadlines by e-mail, once per contract and deadline, in every municipality.
 *
 * <p>A reminder is recorded ({@code contract_reminder}, unique per contract and deadline) and sent
 * in one transaction: the insert decides whether this run sends, a second run or node waits for the
 * first one's row and then finds it, and a mail that cannot be sent rolls the row back, so the next
 * daily run tries again (a reminder that never arrives is worse than one that arrives a day late).
 * Only a mail the server accepted whose commit then fails can arrive twice.
 */
@Service
public class ContractReminders {

    private static final Logger log = LoggerFactory.getLogger(ContractReminders.class);

    private final MunicipalityRepository municipalities;
    private final ContractCalendar calendar;
    private final ContractReminderMail mail;
    private final ObjectProvider<JavaMailSender> senders;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ContractProperties properties;
    private final Clock clock;

    ContractReminders(
            MunicipalityRepository municipalities,
            ContractCalendar calendar,
            ContractReminderMail mail,
            ObjectProvider<JavaMailSender> senders,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            ContractProperties properties,
            Clock clock) {
        this.municipalities = municipalities;
        this.calendar = calendar;
        this.mail = mail;
        this.senders = senders;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** Sends the reminders due today in every active municipality; answers how many were sent. */
    public int sendDue() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host): contract reminders are not sent");
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(properties.noticeLeadDays());
        int sent = 0;
        for (Municipality municipality : municipalities.findAll()) {
            if (municipality.active()) {
                sent += CurrentTenant.callAs(municipality.id(), () -> remind(sender, today, until));
            }
        }
        return sent;
    }

    private int remind(JavaMailSender sender, LocalDate today, LocalDate until) {
        List<ContractDeadline> due = transaction.execute(status -> calendar.between(today, until, Integer.MAX_VALUE));
        int sent = 0;
        for (ContractDeadline deadline : due) {
            if (deadline.notifyEmail() == null) {
                continue;
            }
            try {
                Boolean mailed = transaction.execute(status -> send(sender, deadline));
                sent += Boolean.TRUE.equals(mailed) ? 1 : 0;
            } catch (MailException e) {
                log.warn(
                        "Reminder of contract {} (deadline {}) not sent, tried again next run: {}",
                        deadline.contract(),
                        deadline.deadline(),
                        e.getMessage());
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender sender, ContractDeadline deadline) {
        int recorded = jdbc.sql("insert into contract_reminder (contract_id, notice_deadline, tenant_id, sent_to,"
                        + " sent_at) values (:contract, :deadline, :tenant, :to, :at)"
                        + " on conflict (contract_id, notice_deadline) do nothing")
                .param("contract", deadline.contract().value())
                .param("deadline", deadline.deadline())
                .param("tenant", CurrentTenant.require().value())
                .param("to", deadline.notifyEmail())
                .param("at", OffsetDateTime.now(clock))
                .update();
        if (recorded == 0) {
            return false;
        }
        sender.send(mail.of(deadline));
        return true;
    }
}
