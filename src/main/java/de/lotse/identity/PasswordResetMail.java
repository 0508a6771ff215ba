package de.lotse.identity;

import de.lotse.platform.LotseProperties;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The e-mail with a "forgot password" link, in the person's language (German unless they chose
 * English). The link is built from the configured public address, never from a request's Host
 * header, which a client chooses.
 */
@Component
class PasswordResetMail {

    private final MessageSource messages;
    private final LotseProperties lotse;
    private final LoginProperties properties;

    PasswordResetMail(MessageSource messages, LotseProperties lotse, LoginProperties properties) {
        this.messages = messages;
        this.lotse = lotse;
        this.properties = properties;
    }

    SimpleMailMessage of(UserAccount account, String token) {
        String link = UriComponentsBuilder.fromUri(lotse.publicBaseUrl())
                .path("/password/reset")
                .queryParam("token", token)
                .build()
                .toUriString();
        Locale locale = "en".equals(account.preferredLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
        Object[] args = {
            account.displayName(), link, properties.resetLinkValidity().toMinutes()
        };
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(properties.mailFrom());
        mail.setTo(account.email());
        mail.setSubject(messages.getMessage("password.reset.mail.subject", args, locale));
        mail.setText(messages.getMessage("password.reset.mail.text", args, locale));
        return mail;
    }
}
