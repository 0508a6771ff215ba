package de.lotse.identity.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.LotseIntegrationTest;
import de.lotse.identity.Membership;
import de.lotse.identity.Role;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The login through a real OpenID Connect provider with auto-provisioning on. */
@LotseIntegrationTest
class OidcProvisioningIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserAccountMother people;

    @Autowired
    TenantFixture tenants;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        IdentityProvider.register(registry, true);
    }

    @Test
    void aNewPersonGetsAnAccountWithTheHighestRoleTheirGroupsGivePerMunicipality() {
        // of neither demo municipality: other tests check that no Musterstadt address is in Beispielhausen
        String email = "oidc-" + java.util.UUID.randomUUID() + "@zweckverband.example";
        IdentityProvider.nextLoginAs(
                "p-1",
                Map.of(
                        "email",
                        email,
                        "name",
                        "Erika Mustermann",
                        "roles",
                        List.of(
                                "lotse-musterstadt-lesen",
                                "lotse-musterstadt-redaktion",
                                "lotse-beispielhausen-admin")));
        var browser = new IdentityProvider.Browser(port);

        HttpResponse<String> landed = browser.logInWithSingleSignOn();

        assertThat(IdentityProvider.Browser.location(landed)).endsWith("/");
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Erika Mustermann");
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.membershipIn(tenants.musterstadt()))
                .map(Membership::role)
                .contains(Role.EDITOR);
        assertThat(account.membershipIn(tenants.beispielhausen()))
                .map(Membership::role)
                .contains(Role.ADMIN);
        // the person acts in the first of their municipalities by name, as after a form login
        assertThat(browser.getJson("/api/v1/me").body()).contains("\"role\":\"ADMIN\"", "\"slug\":\"beispielhausen\"");
    }

    @Test
    void aNewPersonWhoseGroupsGiveNoRoleIsRefused() {
        // of neither demo municipality: other tests check that no Musterstadt address is in Beispielhausen
        String email = "oidc-" + java.util.UUID.randomUUID() + "@zweckverband.example";
        IdentityProvider.nextLoginAs("p-2", Map.of("email", email, "roles", List.of("buchhaltung")));
        var browser = new IdentityProvider.Browser(port);

        assertThat(IdentityProvider.Browser.location(browser.logInWithSingleSignOn()))
                .endsWith("/login?sso=unknown");
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void theProviderNeverChangesARoleGivenInLotse() {
        UserAccount person = people.editor("ein langes Passwort für Tests");
        IdentityProvider.nextLoginAs(
                "p-3", Map.of("email", person.email(), "roles", List.of("lotse-musterstadt-lesen")));
        var browser = new IdentityProvider.Browser(port);

        browser.logInWithSingleSignOn();

        assertThat(browser.getJson("/api/v1/me").body()).contains("\"role\":\"EDITOR\"");
    }
}
