package de.lotse.identity;

import de.lotse.platform.SingleSignOn;
import de.lotse.tenancy.MunicipalityRepository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The login through an OpenID Connect provider, there only when {@code lotse.oidc.issuer-uri} is
 * set (ADR 10).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "lotse.oidc", name = "issuer-uri")
class OidcLoginConfiguration {

    @Bean
    IssuerClientRegistrations oidcClientRegistrations(OidcProperties properties) {
        if (!StringUtils.hasText(properties.clientId()) || !StringUtils.hasText(properties.clientSecret())) {
            throw new IllegalStateException(
                    "lotse.oidc.issuer-uri is set: set lotse.oidc.client-id and lotse.oidc.client-secret too");
        }
        return new IssuerClientRegistrations(properties);
    }

    @Bean
    OidcAccounts oidcAccounts(
            OidcProperties properties,
            UserAccountRepository accounts,
            MunicipalityRepository municipalities,
            AccountUserDetailsService people) {
        return new OidcAccounts(properties, accounts, municipalities, people);
    }

    @Bean
    SingleSignOn oidcLogin(
            IssuerClientRegistrations registrations,
            OidcAccounts accounts,
            ApplicationEventPublisher events,
            SecurityEvents securityEvents,
            OidcProperties properties) {
        return new OidcLogin(registrations, accounts, events, securityEvents, properties.emailClaim());
    }
}
