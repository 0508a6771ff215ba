package de.lotse.identity;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The identity provider's user with the Lotse person found for them, carried from the user service
 * to the end of the login, where the person replaces it.
 */
class SignedInPerson extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final CurrentUser person;

    SignedInPerson(OidcUser user, CurrentUser person) {
        super(person.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.person = person;
    }

    CurrentUser person() {
        return person;
    }
}
