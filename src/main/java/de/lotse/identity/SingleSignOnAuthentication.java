package de.lotse.identity;

import java.io.Serial;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** The session's authentication after a login through the OpenID Connect provider: a {@link CurrentUser}. */
class SingleSignOnAuthentication extends UsernamePasswordAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    SingleSignOnAuthentication(CurrentUser person) {
        super(person, null, person.getAuthorities());
    }
}
