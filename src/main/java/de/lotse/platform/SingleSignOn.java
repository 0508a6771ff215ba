package de.lotse.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * A login through an external identity provider, added to the pages' security when it is
 * configured; without such a bean people log in with e-mail and password only.
 */
public interface SingleSignOn {

    /**
     * Adds the login to the pages' security.
     *
     * @param pages the pages' security being built
     * @param loggedIn what every successful login does last (notes its time, sends the person on)
     */
    void configure(HttpSecurity pages, AuthenticationSuccessHandler loggedIn) throws Exception;
}
