package de.lotse.platform;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Lotse's own settings ({@code lotse.*}, or {@code LOTSE_*} as environment variables).
 *
 * @param demo whether the demo municipality Musterstadt and its demo users are created on an empty
 *     database, and the login page explains how to log in
 * @param publicBaseUrl the address under which people reach this installation, used in links that
 *     leave the application (e-mails, exports)
 * @param footer links shown in the footer of every page
 */
@Validated
@ConfigurationProperties("lotse")
public record LotseProperties(
        @DefaultValue("false") boolean demo,
        @NotNull(message = "set LOTSE_PUBLIC_BASE_URL to the address people use to reach Lotse") @WebAddress
                URI publicBaseUrl,
        @DefaultValue @jakarta.validation.Valid Footer footer) {

    /**
     * Where the footer's legally required links point; a link that is not set is not shown. The
     * production profile requires both.
     *
     * @param imprintUrl the imprint (Impressum)
     * @param accessibilityStatementUrl the accessibility statement (Erklärung zur Barrierefreiheit)
     */
    public record Footer(@WebAddress URI imprintUrl, @WebAddress URI accessibilityStatementUrl) {}
}
