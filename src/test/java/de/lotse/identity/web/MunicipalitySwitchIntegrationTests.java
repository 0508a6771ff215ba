package de.lotse.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.audit.SecurityLog;
import de.lotse.audit.SecurityLogEntry;
import de.lotse.audit.SecurityLogFilter;
import de.lotse.identity.Membership;
import de.lotse.identity.Role;
import de.lotse.identity.SecurityEvent;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAccountRepository;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A person of two municipalities picks the one to act in; never one without an active membership. */
@LotseIntegrationTest
class MunicipalitySwitchIntegrationTests {

    private static final String PASSWORD = "ein langes Passwort für Tests";
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    UserAccountMother people;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    /**
     * A person of Musterstadt and Beispielhausen, with an address of neither: other tests rely on no
     * Musterstadt address being listed in Beispielhausen.
     */
    private UserAccount personOf(Role inMusterstadt, Role inBeispielhausen) {
        UserAccount account = new UserAccount(
                "zwei-kommunen-" + UUID.randomUUID() + "@zweckverband.example",
                "Test Person",
                passwordEncoder.encode(PASSWORD));
        account.grant(new Membership(tenants.musterstadt(), inMusterstadt));
        account.grant(new Membership(tenants.beispielhausen(), inBeispielhausen));
        return accounts.save(account);
    }

    @Autowired
    TenantFixture tenants;

    @Autowired
    SecurityLog securityLog;

    @Autowired
    JdbcClient jdbc;

    private UserAccount person;

    @BeforeEach
    void personOfTwoMunicipalities() {
        person = personOf(Role.EDITOR, Role.VIEWER);
    }

    @Test
    void theSwitcherShowsOnlyForPeopleOfSeveralMunicipalities() {
        assertThat(HttpSession.loggedIn(port, person.email(), PASSWORD).get("/").body())
                .contains("id=\"municipality-switch\"", ">Musterstadt<", ">Beispielhausen<");
        assertThat(HttpSession.loggedIn(port, "rat@musterstadt.example", "demo")
                        .get("/")
                        .body())
                .doesNotContain("municipality-switch");
    }

    @Test
    void aSwitchActsInTheOtherMunicipalityWithItsRoleInANewSessionAndIsRemembered() {
        HttpSession session = HttpSession.loggedIn(port, person.email(), PASSWORD);
        assertThat(session.getJson("/api/v1/me").body()).contains("\"slug\":\"beispielhausen\"", "\"role\":\"VIEWER\"");
        String sessionBefore = session.cookie("JSESSIONID").orElseThrow();
        String csrfBefore = csrf(session);

        var answer = session.submit(
                "/",
                "/account/municipality",
                "municipality=" + tenants.musterstadt().value());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(session.cookie("JSESSIONID")).isPresent().get().isNotEqualTo(sessionBefore);
        assertThat(csrf(session)).isNotEqualTo(csrfBefore);
        assertThat(session.getJson("/api/v1/me").body()).contains("\"slug\":\"musterstadt\"", "\"role\":\"EDITOR\"");
        assertThat(session.get("/departments").body()).contains("Hauptamt").doesNotContain("Fachbereich 1");

        // the next login starts where the person switched to
        assertThat(HttpSession.loggedIn(port, person.email(), PASSWORD)
                        .getJson("/api/v1/me")
                        .body())
                .contains("\"slug\":\"musterstadt\"");
        assertThat(tenants.as(
                        tenants.musterstadt(),
                        () -> securityLog.search(
                                new SecurityLogFilter(
                                        person.id().value(), SecurityEvent.Kind.MUNICIPALITY_SWITCHED, null, null),
                                PageRequest.of(0, 5))))
                .extracting(SecurityLogEntry::detail)
                .containsExactly("Beispielhausen");
    }

    @Test
    void nobodySwitchesIntoAMunicipalityWithoutAnActiveMembership() {
        UserAccount onlyMusterstadt = people.editor(PASSWORD);
        HttpSession session = HttpSession.loggedIn(port, onlyMusterstadt.email(), PASSWORD);
        // the form of a page, so the CSRF token is valid: only the membership is missing
        assertThat(session.submit(
                                "/account",
                                "/account/municipality",
                                "municipality=" + tenants.beispielhausen().value())
                        .statusCode())
                .isEqualTo(404);
        assertThat(session.submit("/account", "/account/municipality", "municipality=" + UUID.randomUUID())
                        .statusCode())
                .isEqualTo(404);

        HttpSession twoMunicipalities = HttpSession.loggedIn(port, person.email(), PASSWORD);
        jdbc.sql("update membership set active = false where user_account_id = :id and municipality_id = :m")
                .param("id", person.id().value())
                .param("m", tenants.musterstadt().value())
                .update();
        assertThat(twoMunicipalities
                        .submit(
                                "/account",
                                "/account/municipality",
                                "municipality=" + tenants.musterstadt().value())
                        .statusCode())
                .isEqualTo(404);
        assertThat(twoMunicipalities.getJson("/api/v1/me").body()).contains("\"slug\":\"beispielhausen\"");
        assertThat(session.getJson("/api/v1/me").body()).contains("\"slug\":\"musterstadt\"");
    }

    private static String csrf(HttpSession session) {
        Matcher matcher = CSRF_META.matcher(session.get("/").body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
