package de.lotse.identity;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The login through an OpenID Connect provider (Keycloak, Entra ID and the like), {@code lotse.oidc.*}
 * or {@code LOTSE_OIDC_*}; without an issuer there is no such login at all.
 *
 * @param issuerUri the provider's issuer; its discovery document names every other address
 * @param clientId the client Lotse is registered as at the provider
 * @param clientSecret the client's secret
 * @param emailClaim the claim that carries the person's e-mail address, which finds their account
 * @param groupsClaim the claim that carries the person's groups or roles at the provider
 * @param roleMappings which group gives which role in which municipality
 * @param autoProvisioning whether a person without an account gets one from their groups at their
 *     first login; off: only people who already have an account may log in
 */
@ConfigurationProperties("lotse.oidc")
public record OidcProperties(
        URI issuerUri,
        String clientId,
        String clientSecret,
        @DefaultValue("email") String emailClaim,
        @DefaultValue("groups") String groupsClaim,
        @DefaultValue List<RoleMapping> roleMappings,
        @DefaultValue("false") boolean autoProvisioning) {

    /** Whether the login through the provider is switched on. */
    public boolean configured() {
        return issuerUri != null;
    }

    /**
     * A group at the provider that gives a role in a municipality.
     *
     * @param group the group's value in the groups claim
     * @param municipality the municipality's public slug
     * @param role the role the group gives there
     */
    public record RoleMapping(String group, String municipality, Role role) {}
}
