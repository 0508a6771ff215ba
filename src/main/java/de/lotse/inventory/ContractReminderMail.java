package de.lotse.inventory;

import de.lotse.platform.LotseProperties;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/** The German e-mail that reminds of a contract's notice deadline, with a link to the application's page. */
@Component
class ContractReminderMail {

    private static final Locale GERMAN = Locale.GERMAN;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final MessageSource messages;
    private final LotseProperties lotse;
    private final ContractProperties properties;

    ContractReminderMail(MessageSource messages, LotseProperties lotse, ContractProperties properties) {
        this.messages = messages;
        this.lotse = lotse;
        this.properties = properties;
    }

    SimpleMailMessage of(ContractDeadline due) {
        String link = lotse.publicBaseUrl().toString().replaceAll("/+$", "") + "/applications/" + due.application();
        Object[] args = {
            due.applicationName(), due.contractor(), DATE.format(due.deadline()), DATE.format(due.termEnd()), link
        };
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(due.notifyEmail());
        mail.setSubject(messages.getMessage("contract.reminder.subject", args, GERMAN));
        mail.setText(messages.getMessage("contract.reminder.text", args, GERMAN));
        return mail;
    }
}
