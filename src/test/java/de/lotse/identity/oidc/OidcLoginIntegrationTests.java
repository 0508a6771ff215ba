package de.lotse.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.lotse.LotseIntegrationTest;
import de.lotse.audit.SecurityLog;
import de.lotse.audit.SecurityLogEntry;
import de.lotse.audit.SecurityLogFilter;
import de.lotse.identity.SecurityEvent;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAccountRepository;
import de.lotse.tenancy.TenantFixture;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The login through a real OpenID Connect provider, auto-provisioning off (the default). */
@LotseIntegrationTest
class OidcLoginIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountMother people;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    TenantFixture tenants;

    private List<SecurityLogEntry> eventsOf(UserAccount person) {
        return tenants.as(
                        tenants.musterstadt(),
                        () -> securityLog.search(
                                new SecurityLogFilter(person.id().value(), null, null, null), PageRequest.of(0, 20)))
                .getContent();
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        IdentityProvider.register(registry, false);
    }

    @Test
    void theLoginPageOffersSingleSignOn() {
        var browser = new IdentityProvider.Browser(port);
        assertThat(browser.get("/login").body()).contains("Mit Single Sign-on anmelden", "/oauth2/authorization/oidc");
    }

    @Test
    void aKnownPersonLogsInThroughTheProviderAndActsAsAfterAFormLogin() {
        IdentityProvider.nextLoginAs("s-1", Map.of("email", "CDO@musterstadt.example", "roles", List.of()));
        var browser = new IdentityProvider.Browser(port);
        browser.get("/login");
        String before = browser.sessionId();

        HttpResponse<String> landed = browser.logInWithSingleSignOn();

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(IdentityProvider.Browser.location(landed)).endsWith("/");
        assertThat(browser.sessionId()).isNotNull().isNotEqualTo(before);
        HttpResponse<String> me = browser.getJson("/api/v1/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .contains("\"email\":\"cdo@musterstadt.example\"", "\"role\":\"ADMIN\"", "\"slug\":\"musterstadt\"");
        assertThat(browser.get("/departments").statusCode()).isEqualTo(200);
    }

    @Test
    void theLoginIsNotedAsTheLastLogin() {
        UserAccount person = people.editor("ein langes Passwort für Tests");
        IdentityProvider.nextLoginAs("s-2", Map.of("email", person.email()));
        var browser = new IdentityProvider.Browser(port);

        browser.logInWithSingleSignOn();

        assertThat(accounts.findById(person.id()).orElseThrow().lastLoginAt()).isNotNull();
        assertThat(eventsOf(person))
                .extracting(SecurityLogEntry::kind, SecurityLogEntry::detail)
                .containsExactly(tuple(SecurityEvent.Kind.LOGIN, "oidc"));
    }

    @Test
    void anUnknownPersonIsRefusedWithAClearMessage() {
        IdentityProvider.nextLoginAs(
                "s-3", Map.of("email", UserAccountMother.unusedEmail(), "roles", List.of("lotse-musterstadt-lesen")));
        var browser = new IdentityProvider.Browser(port);

        HttpResponse<String> refused = browser.logInWithSingleSignOn();

        assertThat(IdentityProvider.Browser.location(refused)).endsWith("/login?sso=unknown");
        assertThat(browser.get("/login?sso=unknown").body()).contains("in Lotse nicht bekannt");
        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonWhoseMembershipWasDeactivatedIsRefusedAndTheirSessionEnds() {
        UserAccount person = people.editor("ein langes Passwort für Tests");
        IdentityProvider.nextLoginAs("s-4", Map.of("email", person.email()));
        var browser = new IdentityProvider.Browser(port);
        browser.logInWithSingleSignOn();
        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(200);

        jdbc.sql("update membership set active = false where user_account_id = :id")
                .param("id", person.id().value())
                .update();

        // the session of the provider's login is checked like every other session
        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(401);
        IdentityProvider.nextLoginAs("s-4", Map.of("email", person.email()));
        HttpResponse<String> refused = browser.logInWithSingleSignOn();
        assertThat(IdentityProvider.Browser.location(refused)).endsWith("/login?sso=not-allowed");
        assertThat(eventsOf(person).get(0))
                .extracting(SecurityLogEntry::kind, SecurityLogEntry::detail)
                .containsExactly(SecurityEvent.Kind.LOGIN_FAILED, "oidc");
    }

    @Test
    void anUnverifiedEmailIsNotTrusted() {
        IdentityProvider.nextLoginAs("s-5", Map.of("email", "cdo@musterstadt.example", "email_verified", false));
        var browser = new IdentityProvider.Browser(port);

        assertThat(IdentityProvider.Browser.location(browser.logInWithSingleSignOn()))
                .endsWith("/login?sso=unknown");
    }

    @Test
    void anEmailWithoutVerificationClaimIsNotTrusted() {
        IdentityProvider.nextLoginWithExactly("s-6", Map.of("email", "cdo@musterstadt.example"));
        var browser = new IdentityProvider.Browser(port);

        assertThat(IdentityProvider.Browser.location(browser.logInWithSingleSignOn()))
                .endsWith("/login?sso=unknown");
        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(401);
    }

    @Test
    void anEmailVerifiedClaimOtherThanTrueIsNotTrusted() {
        IdentityProvider.nextLoginAs("s-7", Map.of("email", "cdo@musterstadt.example", "email_verified", "yes"));
        var browser = new IdentityProvider.Browser(port);

        assertThat(IdentityProvider.Browser.location(browser.logInWithSingleSignOn()))
                .endsWith("/login?sso=unknown");
    }

    @Test
    void anOperatorNeverLogsInThroughSingleSignOn() {
        UserAccount operator = new UserAccount(UserAccountMother.unusedEmail(), "Betrieb", null);
        operator.makeOperator();
        accounts.save(operator);
        IdentityProvider.nextLoginAs("s-8", Map.of("email", operator.email()));
        var browser = new IdentityProvider.Browser(port);

        HttpResponse<String> refused = browser.logInWithSingleSignOn();

        assertThat(IdentityProvider.Browser.location(refused)).endsWith("/login?sso=not-allowed");
        assertThat(browser.get("/login?sso=not-allowed").body()).contains("keine Anmeldung möglich");
        assertThat(browser.get("/operator").statusCode()).isEqualTo(302);
        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(401);
    }
}
