package de.lotse.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Without {@code lotse.oidc.issuer-uri} there is no OpenID Connect login at all. */
@LotseIntegrationTest
class WithoutOidcIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void theLoginPageOffersNoSingleSignOn() {
        assertThat(HttpSession.anonymous(port).get("/login").body())
                .contains("name=\"password\"")
                .doesNotContain("Single Sign-on", "/oauth2/authorization");
    }

    @Test
    void theAddressesOfTheOidcLoginDoNotExist() {
        var visitor = HttpSession.anonymous(port);
        // addresses without a page answer 404 (ADR 5)
        assertThat(visitor.get("/oauth2/authorization/oidc").statusCode()).isEqualTo(404);
        assertThat(visitor.get("/login/oauth2/code/oidc?code=x&state=y").statusCode())
                .isEqualTo(404);
        assertThat(context.getBeansOfType(ClientRegistrationRepository.class)).isEmpty();
    }
}
