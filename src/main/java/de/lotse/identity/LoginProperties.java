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
 */
@Validated
@ConfigurationProperties("lotse.login")
record LoginProperties(
        @DefaultValue("5") @Positive int maxFailuresPerAccount,
        @DefaultValue("20") @Positive int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("15m") Duration lockDuration) {}
