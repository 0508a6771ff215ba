package de.lotse.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.identity.ApiTokens;
import de.lotse.identity.CurrentUser;
import de.lotse.identity.Role;
import de.lotse.identity.SecurityEvent.Kind;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAdministration;
import de.lotse.tenancy.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Logins, failed logins, role changes, memberships, password resets and tokens are on the record. */
@LotseIntegrationTest
class SecurityLogIntegrationTests {

    private static final String PASSWORD = "ein langes Passwort für Tests";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountMother people;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAdministration administration;

    @Autowired
    ApiTokens tokens;

    @Autowired
    SecurityLog log;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser cdo() {
        return (CurrentUser) users.loadUserByUsername("cdo@musterstadt.example");
    }

    private List<SecurityLogEntry> eventsOf(UserAccount person) {
        return tenants.as(
                        tenants.musterstadt(),
                        () -> log.search(
                                new SecurityLogFilter(person.id().value(), null, null, null), PageRequest.of(0, 50)))
                .getContent();
    }

    @Test
    void aLoginAndAFailedLoginAreRecordedWithTheTruncatedAddress() {
        UserAccount person = people.editor(PASSWORD);
        HttpSession.anonymous(port).logIn(person.email(), "falsch");
        HttpSession.loggedIn(port, person.email(), PASSWORD);

        List<SecurityLogEntry> events = eventsOf(person);

        assertThat(events).extracting(SecurityLogEntry::kind).containsExactly(Kind.LOGIN, Kind.LOGIN_FAILED);
        assertThat(events.get(0).actorId()).isEqualTo(person.id().value());
        assertThat(events.get(0).detail()).isEqualTo("password");
        assertThat(events.get(1).actorId()).isNull();
        assertThat(events).allSatisfy(event -> {
            assertThat(event.accountName()).isEqualTo("Test Person");
            assertThat(event.clientAddress()).isIn("127.0.0.0/24", "0:0:0:0:0:0:0:0/48");
        });
    }

    @Test
    void roleChangesMembershipsPasswordResetsAndTokensAreRecordedWithTheAdministrator() {
        UserAccount person = people.editor(PASSWORD);
        CurrentUser cdo = cdo();
        tenants.as(tenants.musterstadt(), () -> administration.changeRole(cdo, person.id(), 0, Role.VIEWER, List.of()));
        tenants.as(tenants.musterstadt(), () -> administration.setActive(cdo, person.id(), 1, false));
        tenants.as(tenants.musterstadt(), () -> administration.setActive(cdo, person.id(), 2, true));
        tenants.as(tenants.musterstadt(), () -> administration.resetPassword(cdo, person.id(), 3));

        List<SecurityLogEntry> events = eventsOf(person);

        assertThat(events)
                .extracting(SecurityLogEntry::kind)
                .containsExactly(
                        Kind.PASSWORD_RESET,
                        Kind.MEMBERSHIP_REACTIVATED,
                        Kind.MEMBERSHIP_DEACTIVATED,
                        Kind.ROLE_CHANGED);
        assertThat(events).allSatisfy(event -> assertThat(event.actorName()).isEqualTo(cdo.displayName()));
        assertThat(events.get(3).detail()).isEqualTo("EDITOR → VIEWER");
    }

    @Test
    void tokensMadeAndRevokedAreRecorded() {
        CurrentUser cdo = cdo();
        String name = "Fachverfahren " + UUID.randomUUID();
        var made = tenants.as(
                tenants.musterstadt(),
                () -> tokens.create(cdo, name, LocalDate.now().plusDays(3)));
        tenants.as(tenants.musterstadt(), () -> {
            tokens.revoke(cdo, made.token().id());
            return null;
        });

        var events = tenants
                .as(
                        tenants.musterstadt(),
                        () -> log.search(
                                new SecurityLogFilter(cdo.id().value(), null, null, null), PageRequest.of(0, 200)))
                .getContent()
                .stream()
                .filter(event -> name.equals(event.detail()))
                .map(SecurityLogEntry::kind)
                .toList();
        assertThat(events).containsExactly(Kind.TOKEN_REVOKED, Kind.TOKEN_CREATED);
    }

    @Test
    void beispielhausenSeesNoneOfMusterstadtsEvents() {
        UserAccount person = people.editor(PASSWORD);
        HttpSession.loggedIn(port, person.email(), PASSWORD);

        assertThat(tenants.as(
                        tenants.beispielhausen(),
                        () -> log.search(
                                new SecurityLogFilter(person.id().value(), null, null, null), PageRequest.of(0, 50))))
                .isEmpty();
        assertThat(tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "select count(*) from security_event where account_id = :id")
                        .param("id", person.id().value())
                        .query(Long.class)
                        .single()))
                .isZero();
    }

    @Test
    void administratorsSeeTheEventsPagedAndFilteredAndAsCsv() throws Exception {
        UserAccount person = people.editor(PASSWORD);
        HttpSession.loggedIn(port, person.email(), PASSWORD);

        String page = mvc.perform(get("/audit/security")
                        .param("person", person.id().value().toString())
                        .param("kind", "LOGIN")
                        .with(user(cdo())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Anmeldungen und Sicherheit", "Ein Ereignis gefunden.", "mit Passwort");

        String csv = mvc.perform(get("/audit/security.csv")
                        .param("person", person.id().value().toString())
                        .with(user(cdo())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Anmeldung;", "Test Person");

        mvc.perform(get("/audit/security").with(user(users.loadUserByUsername("redaktion@musterstadt.example"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApplicationCanNeitherChangeNorDeleteSecurityEvents() {
        UserAccount person = people.editor(PASSWORD);
        HttpSession.loggedIn(port, person.email(), PASSWORD);
        for (String statement : List.of(
                "update security_event set actor_name = 'Niemand'",
                "delete from security_event",
                "truncate security_event")) {
            Throwable refused = catchThrowable(() ->
                    tenants.as(tenants.musterstadt(), () -> jdbc.sql(statement).update()));
            assertThat(refused).as(statement).rootCause().hasMessageContaining("permission denied");
        }
    }
}
