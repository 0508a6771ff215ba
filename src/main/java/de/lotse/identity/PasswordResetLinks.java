package de.lotse.identity;

import de.lotse.platform.InvalidFieldException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password": mails a person a link with which they set a new password themself. The answer
 * is the same whether the address has an account or not; a link works once, for a short while, and
 * only its SHA-256 hash is stored; a new request voids the older links; requests are counted per
 * e-mail address and per client address so that the form cannot flood a mailbox. A deactivated
 * account gets no link: the administration deactivated it on purpose, and a reset must not undo that.
 */
@Service
public class PasswordResetLinks {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetLinks.class);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final PasswordResetMail mail;
    private final ObjectProvider<JavaMailSender> senders;
    private final TransactionTemplate transaction;
    private final SecurityEvents events;
    private final LoginProperties properties;
    private final Clock clock;

    PasswordResetLinks(
            JdbcClient jdbc,
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            PasswordResetMail mail,
            ObjectProvider<JavaMailSender> senders,
            TransactionTemplate transaction,
            SecurityEvents events,
            LoginProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.mail = mail;
        this.senders = senders;
        this.transaction = transaction;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Mails a reset link to the address if it has an active account and neither it nor the client
     * address asked too often; otherwise does nothing. The caller answers the same in every case.
     */
    public void request(String email, String clientAddress) {
        String normalised = LoginThrottle.normalise(email);
        Optional<SimpleMailMessage> message =
                transaction.execute(status -> link(normalised, LoginThrottle.network(clientAddress)));
        if (message == null || message.isEmpty()) {
            return;
        }
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            log.warn("No mail server configured (spring.mail.host): a password reset link was not sent");
            return;
        }
        try {
            sender.send(message.get());
        } catch (MailException e) {
            log.warn("A password reset link could not be sent: {}", e.getMessage());
        }
    }

    private Optional<SimpleMailMessage> link(String email, String network) {
        Instant now = clock.instant();
        boolean tooOften = counted("reset-account:" + email, now) > properties.maxResetMailsPerAccount();
        tooOften |= counted("reset-address:" + network, now) > properties.maxResetRequestsPerAddress();
        if (tooOften || email.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.findByEmail(email).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        String token = token();
        jdbc.sql("delete from password_reset_link where user_account_id = :account")
                .param("account", account.get().id().value())
                .update();
        jdbc.sql("insert into password_reset_link (token_hash, user_account_id, created_at, expires_at)"
                        + " values (:hash, :account, :now, :expires)")
                .param("hash", Sha256.hex(token))
                .param("account", account.get().id().value())
                .param("now", at(now))
                .param("expires", at(now.plus(properties.resetLinkValidity())))
                .update();
        return Optional.of(mail.of(account.get(), token));
    }

    /** Counts this request and answers how many there were within the window, this one included. */
    private long counted(String subject, Instant now) {
        String hashed = Sha256.hex(subject);
        Instant since = now.minus(properties.resetRequestWindow());
        jdbc.sql("delete from password_reset_request where requested_at <= :since")
                .param("since", at(since))
                .update();
        jdbc.sql("insert into password_reset_request (subject, requested_at) values (:subject, :now)")
                .param("subject", hashed)
                .param("now", at(now))
                .update();
        return jdbc.sql(
                        "select count(*) from password_reset_request where subject = :subject and requested_at > :since")
                .param("subject", hashed)
                .param("since", at(since))
                .query(Long.class)
                .single();
    }

    /** Whether the token belongs to a link that still works (the form is shown only then). */
    public boolean works(String token) {
        return Boolean.TRUE.equals(
                transaction.execute(status -> holder(token, false).isPresent()));
    }

    /**
     * Sets the new password of the link's account and voids the link and every other of the account;
     * the person's sessions end everywhere.
     *
     * @throws InvalidFieldException on {@code token} when the link is expired, used or unknown; on
     *     {@code newPassword} or {@code repeatedPassword} when the policy refuses the password (the
     *     link keeps working then)
     */
    public void reset(String token, String newPassword, String repeated) {
        UserAccount account = transaction.execute(status -> {
            UUID id =
                    holder(token, true).orElseThrow(() -> new InvalidFieldException("token", "password.reset.invalid"));
            UserAccount holder = accounts.findById(new UserAccountId(id)).orElseThrow();
            List<String> problems = policy.problems(newPassword, holder.email(), holder.displayName());
            if (!problems.isEmpty()) {
                throw new InvalidFieldException("newPassword", problems.get(0));
            }
            if (!newPassword.equals(repeated)) {
                throw new InvalidFieldException("repeatedPassword", "password.error.repeat");
            }
            jdbc.sql("delete from password_reset_link where user_account_id = :account")
                    .param("account", id)
                    .update();
            holder.setOwnPasswordHash(passwordEncoder.encode(newPassword));
            return accounts.saveAndFlush(holder);
        });
        // recorded in every municipality the person belongs to, like a failed login
        if (account.memberships().isEmpty()) {
            events.publish(
                    SecurityEvent.Kind.PASSWORD_RESET_BY_LINK,
                    null,
                    null,
                    account.id().value(),
                    account.displayName(),
                    null);
        }
        for (Membership membership : account.memberships()) {
            events.publish(
                    SecurityEvent.Kind.PASSWORD_RESET_BY_LINK,
                    membership.municipality(),
                    null,
                    account.id().value(),
                    account.displayName(),
                    null);
        }
    }

    /** The account of a link that still works; locked against a second use at once when asked. */
    private Optional<UUID> holder(String token, boolean lock) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_account_id from password_reset_link where token_hash = :hash"
                        + " and expires_at > :now" + (lock ? " for update" : ""))
                .param("hash", Sha256.hex(token))
                .param("now", at(clock.instant()))
                .query(UUID.class)
                .optional();
    }

    /** 32 random bytes: a link cannot be guessed within its lifetime. */
    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
