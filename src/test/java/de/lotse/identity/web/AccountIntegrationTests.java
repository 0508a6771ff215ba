package de.lotse.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAccountRepository;
import de.lotse.identity.UserAccounts;
import de.lotse.identity.UserAdministration;
import de.lotse.tenancy.TenantFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The own account over real HTTP: the forced password change, password changes, logging out everywhere. */
@LotseIntegrationTest
class AccountIntegrationTests {

    private static final String NEW_PASSWORD = "Leuchtturm am Stadtpark 42";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountMother people;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    TenantFixture tenants;

    private static String form(String... pairs) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                form.append('&');
            }
            form.append(pairs[i]).append('=').append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    @Test
    void aOneTimePasswordMustBeReplacedBeforeAnythingElse() {
        String email = UserAccountMother.unusedEmail();
        UserAccounts.Invitation invitation = tenants.as(
                tenants.musterstadt(), () -> administration.invite(null, email, "Erika Neu", Role.EDITOR, List.of()));
        HttpSession session = HttpSession.loggedIn(port, email, invitation.oneTimePassword());

        assertThat(location(session.get("/"))).endsWith("/account/password");
        assertThat(location(session.get("/departments"))).endsWith("/account/password");
        assertThat(location(session.get("/account"))).endsWith("/account/password");
        HttpResponse<String> api = session.getJson("/api/v1/me");
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"status\":403");

        HttpResponse<String> page = session.get("/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Eigenes Passwort vergeben").doesNotContain("currentPassword");

        HttpResponse<String> tooShort = session.submit(
                "/account/password", "/account/password", form("newPassword", "kurz", "repeatedPassword", "kurz"));
        assertThat(tooShort.statusCode()).isEqualTo(200);
        assertThat(tooShort.body()).contains("Das Passwort ist zu kurz");
        HttpResponse<String> withName = session.submit(
                "/account/password",
                "/account/password",
                form("newPassword", "Erika geht gern spazieren", "repeatedPassword", "Erika geht gern spazieren"));
        assertThat(withName.body()).contains("Das Passwort darf Ihren Namen nicht enthalten.");
        HttpResponse<String> common = session.submit(
                "/account/password",
                "/account/password",
                form("newPassword", "password1234", "repeatedPassword", "password1234"));
        assertThat(common.body()).contains("Dieses Passwort ist verbreitet");

        HttpResponse<String> changed = session.submit(
                "/account/password",
                "/account/password",
                form("newPassword", NEW_PASSWORD, "repeatedPassword", NEW_PASSWORD));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(location(changed)).endsWith("/");

        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(session.getJson("/api/v1/me").statusCode()).isEqualTo(200);
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.mustChangePassword()).isFalse();
        assertThat(account.lastLoginAt()).isNotNull();
        HttpSession.loggedIn(port, email, NEW_PASSWORD);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndEndsTheOtherSessions() {
        String password = "Zitronenfalter im Herbst 1";
        UserAccount account = people.editor(password);
        HttpSession here = HttpSession.loggedIn(port, account.email(), password);
        HttpSession elsewhere = HttpSession.loggedIn(port, account.email(), password);

        HttpResponse<String> wrong = here.submit(
                "/account/password",
                "/account/password",
                form("currentPassword", "falsch", "newPassword", NEW_PASSWORD, "repeatedPassword", NEW_PASSWORD));
        assertThat(wrong.body()).contains("Das bisherige Passwort ist nicht richtig.");
        HttpResponse<String> mismatch = here.submit(
                "/account/password",
                "/account/password",
                form("currentPassword", password, "newPassword", NEW_PASSWORD, "repeatedPassword", "anders"));
        assertThat(mismatch.body()).contains("stimmen nicht überein");

        HttpResponse<String> changed = here.submit(
                "/account/password",
                "/account/password",
                form("currentPassword", password, "newPassword", NEW_PASSWORD, "repeatedPassword", NEW_PASSWORD));
        assertThat(location(changed)).endsWith("/account");

        assertThat(here.get("/account").statusCode()).isEqualTo(200);
        assertThat(location(elsewhere.get("/"))).endsWith("/login?expired");
        HttpSession.loggedIn(port, account.email(), NEW_PASSWORD);
    }

    @Test
    void loggingOutEverywhereEndsEverySession() {
        String password = "Zitronenfalter im Herbst 2";
        UserAccount account = people.editor(password);
        HttpSession here = HttpSession.loggedIn(port, account.email(), password);
        HttpSession elsewhere = HttpSession.loggedIn(port, account.email(), password);
        assertThat(elsewhere.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> ended = here.submit("/account", "/account/sessions/end", "");
        assertThat(location(ended)).endsWith("/login?logout");

        assertThat(location(here.get("/"))).endsWith("/login");
        assertThat(location(elsewhere.get("/"))).endsWith("/login?expired");
        assertThat(elsewhere.getJson("/api/v1/me").statusCode()).isEqualTo(401);
        // a new login works as before
        assertThat(HttpSession.loggedIn(port, account.email(), password)
                        .get("/")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void thePreferredLanguageIsAppliedAtLoginAndWhenChanged() {
        String password = "Zitronenfalter im Herbst 3";
        UserAccount account = people.editor(password);
        HttpSession session = HttpSession.loggedIn(port, account.email(), password);

        HttpResponse<String> saved =
                session.submit("/account", "/account", form("displayName", "Test Person", "preferredLanguage", "en"));
        assertThat(location(saved)).endsWith("/account");
        assertThat(session.cookie("lotse-language")).hasValue("en");
        assertThat(session.get("/account").body()).contains("lang=\"en\"").contains("My account");

        HttpSession fresh = HttpSession.loggedIn(port, account.email(), password);
        assertThat(fresh.cookie("lotse-language")).isEmpty();
        assertThat(fresh.get("/").body()).contains("lang=\"en\"");
        assertThat(fresh.cookie("lotse-language")).hasValue("en");
    }
}
