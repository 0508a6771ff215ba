package de.lotse.identity;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * The one client registration of the OpenID Connect login, read from the provider's discovery
 * document at the first login rather than at start, so that Lotse starts (and form login works) while
 * the provider is unreachable; a failed discovery is tried again at the next login.
 */
class IssuerClientRegistrations implements ClientRegistrationRepository {

    static final String REGISTRATION_ID = "oidc";

    private final OidcProperties properties;
    private volatile ClientRegistration registration;

    IssuerClientRegistrations(OidcProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            known = ClientRegistrations.fromIssuerLocation(
                            properties.issuerUri().toString())
                    .registrationId(REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(properties.clientSecret())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .scope("openid", "profile", "email")
                    .build();
            registration = known;
        }
        return known;
    }
}
