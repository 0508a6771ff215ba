package de.lotse.identity;

import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the login resists password guessing ({@code lotse.login.*}, or {@code LOTSE_LOGIN_*}).
 *
 * @param maxFailuresPerAccount failed logins for one e-mail address (existing or not) within
 *     {@code failureWindow} after which it is locked
 * @param maxFailuresPerAddress failed logins from one client address within {@code failureWindow}
 *     after which it is locked
 * @param failureWindow how far back failed logins count
 * @param lockDuration how long a lock lasts after the failure that caused it
 * @param resetLinkValidity how long a "forgot password" link works
 * @param maxResetMailsPerAccount "forgot password" requests for one e-mail address within
 *     {@code resetRequestWindow} after which no more links are mailed to it
 * @param maxResetRequestsPerAddress "forgot password" requests from one client address within
 *     {@code resetRequestWindow} after which no more links are mailed for it
 * @param resetRequestWindow how far back "forgot password" requests count
 * @param mailFrom the sender of "forgot password" mails
 */
@Validated
@ConfigurationProperties("lotse.login")
record LoginProperties(
        @DefaultValue("5") @Positive int maxFailuresPerAccount,
        @DefaultValue("20") @Positive int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockDuration,
        @DefaultValue("30m") Duration resetLinkValidity,
        @DefaultValue("3") @Positive int maxResetMailsPerAccount,
        @DefaultValue("10") @Positive int maxResetRequestsPerAddress,
        @DefaultValue("1h") Duration resetRequestWindow,
        @DefaultValue("lotse@localhost") String mailFrom) {}
