package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Accounts belong to people: an administrator invites an existing account and only its owner's
 * acceptance creates the membership; an administrator resets only the passwords of their own
 * municipality's people; operators are never invited; concurrent invitations of one address never
 * answer 500.
 */
@LotseIntegrationTest
class InvitationsIntegrationTests {

    private static final String PASSWORD = "Ein sehr langes Passwort 7";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountMother people;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    Invitations invitations;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private CurrentUser beispielhausensAdmin() {
        return (CurrentUser) users.loadUserByUsername("cdo@beispielhausen.example");
    }

    private CurrentUser musterstadtsAdmin() {
        return (CurrentUser) users.loadUserByUsername("cdo@musterstadt.example");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private List<String> securityEvents(MunicipalityId municipality, UserAccountId account) {
        return tenants.as(
                municipality, () -> jdbc.sql("select kind from security_event where account_id = :account order by id")
                        .param("account", account.value())
                        .query(String.class)
                        .list());
    }

    @Test
    void anAdministratorOfAnotherMunicipalityCanNeitherTakeOverAnAccountNorAnOperator() throws Exception {
        // before: the account got Beispielhausen's membership at once, and its password was reset
        // and shown to Beispielhausen's administrator
        UserAccount victim = people.sharedEditor(PASSWORD);
        String hashBefore = victim.passwordHash();
        String operatorHashBefore =
                accounts.findByEmail("betrieb@lotse.example").orElseThrow().passwordHash();

        mvc.perform(post("/users")
                        .with(user(beispielhausensAdmin()))
                        .with(csrf())
                        .param("displayName", "Übernahme")
                        .param("email", victim.email())
                        .param("role", "ADMIN"))
                .andExpect(redirectedUrl("/users"))
                .andExpect(flash().attribute("invitationSent", victim.email()));
        mvc.perform(post("/users")
                        .with(user(beispielhausensAdmin()))
                        .with(csrf())
                        .param("displayName", "Betrieb")
                        .param("email", "betrieb@lotse.example")
                        .param("role", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gehört zu einem Konto des Betriebs")));

        assertThat(accounts.findById(victim.id()).orElseThrow().membershipIn(tenants.beispielhausen()))
                .isEmpty();
        UserAccount operator = accounts.findByEmail("betrieb@lotse.example").orElseThrow();
        assertThat(operator.memberships()).isEmpty();
        assertThat(invitations.of(CurrentUser.operator(operator))).isEmpty();

        // not a member: the person is none of Beispielhausen's business
        mvc.perform(post("/users/" + victim.id().value() + "/password")
                        .with(user(beispielhausensAdmin()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/users/" + operator.id().value() + "/password")
                        .with(user(beispielhausensAdmin()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isNotFound());

        // even once the person accepted, their password is theirs: they work for Musterstadt too
        CurrentUser owner = (CurrentUser) users.loadUserByUsername(victim.email());
        invitations.accept(owner, invitations.of(owner).get(0).id());
        mvc.perform(get("/users/" + victim.id().value()).with(user(beispielhausensAdmin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Passwort vergessen")))
                .andExpect(content().string(not(containsString("Passwort zurücksetzen"))));
        mvc.perform(post("/users/" + victim.id().value() + "/password")
                        .with(user(beispielhausensAdmin()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/users/" + victim.id().value()))
                .andExpect(flash().attribute("refused", "user.error.reset-self-service"))
                .andExpect(flash().attributeCount(1));
        // and neither may Musterstadt's administrator, for the same reason
        mvc.perform(post("/users/" + victim.id().value() + "/password")
                        .with(user(musterstadtsAdmin()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(flash().attribute("refused", "user.error.reset-self-service"));

        UserAccount after = accounts.findById(victim.id()).orElseThrow();
        assertThat(after.passwordHash()).isEqualTo(hashBefore);
        assertThat(after.mustChangePassword()).isFalse();
        assertThat(accounts.findByEmail("betrieb@lotse.example").orElseThrow().passwordHash())
                .isEqualTo(operatorHashBefore);
        assertThat(securityEvents(tenants.beispielhausen(), victim.id()))
                .containsSubsequence("INVITED", "INVITATION_ACCEPTED")
                .doesNotContain("PASSWORD_RESET");
    }

    @Test
    void theOwnerSeesTheInvitationAfterLoginAndOnlyAcceptingCreatesTheMembership() {
        UserAccount person = people.sharedEditor(PASSWORD);
        MunicipalityId beispielhausen = tenants.beispielhausen();
        tenants.as(beispielhausen, () -> administrationInvite(person.email(), Role.PILOT, beispielhausensAdmin()));

        HttpSession session = HttpSession.loggedIn(port, person.email(), PASSWORD);
        HttpResponse<String> start = session.get("/");
        assertThat(start.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/invitations"));
        HttpResponse<String> page = session.get("/account/invitations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Beispielhausen lädt Sie mit der Rolle");
        assertThat(session.get("/account").body()).contains("Offene Einladungen");
        // once seen, the start page is the person's again
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(accounts.findById(person.id()).orElseThrow().membershipIn(beispielhausen))
                .isEmpty();

        UUID id = invitations.of(owner(person)).get(0).id();
        HttpResponse<String> accepted =
                session.submit("/account/invitations", "/account/invitations/" + id + "/accept", "");
        assertThat(accepted.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/account/invitations"));
        assertThat(accounts.findById(person.id()).orElseThrow().membershipIn(beispielhausen))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.PILOT));
        // a second acceptance finds nothing to accept
        assertThat(session.submit("/account/invitations", "/account/invitations/" + id + "/accept", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(securityEvents(beispielhausen, person.id())).containsSubsequence("INVITED", "INVITATION_ACCEPTED");
    }

    @Test
    void aDeclinedOrWithdrawnInvitationLeavesNoMembership() throws Exception {
        UserAccount declining = people.sharedEditor(PASSWORD);
        UserAccount withdrawn = people.sharedEditor(PASSWORD);
        tenants.as(
                tenants.beispielhausen(),
                () -> administrationInvite(declining.email(), Role.VIEWER, beispielhausensAdmin()));
        tenants.as(
                tenants.beispielhausen(),
                () -> administrationInvite(withdrawn.email(), Role.VIEWER, beispielhausensAdmin()));

        CurrentUser decliner = owner(declining);
        invitations.decline(decliner, invitations.of(decliner).get(0).id());

        mvc.perform(get("/users").with(user(beispielhausensAdmin())))
                .andExpect(content().string(containsString(withdrawn.email())))
                .andExpect(content().string(not(containsString(declining.email()))));
        // only administrators withdraw, and another municipality cannot: its id answers 404 there
        mvc.perform(post("/users/invitations/"
                                + invitations.of(owner(withdrawn)).get(0).id() + "/withdraw")
                        .with(user(users.loadUserByUsername("redaktion@musterstadt.example")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        UUID pending = invitations.of(owner(withdrawn)).get(0).id();
        mvc.perform(post("/users/invitations/" + pending + "/withdraw")
                        .with(user(musterstadtsAdmin()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/users/invitations/" + pending + "/withdraw")
                        .with(user(beispielhausensAdmin()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users"));
        assertThatThrownBy(() -> invitations.accept(owner(withdrawn), pending))
                .isInstanceOf(RecordNotFoundException.class);

        assertThat(accounts.findById(declining.id()).orElseThrow().membershipIn(tenants.beispielhausen()))
                .isEmpty();
        assertThat(accounts.findById(withdrawn.id()).orElseThrow().membershipIn(tenants.beispielhausen()))
                .isEmpty();
        assertThat(securityEvents(tenants.beispielhausen(), declining.id()))
                .containsSubsequence("INVITED", "INVITATION_DECLINED");
        assertThat(securityEvents(tenants.beispielhausen(), withdrawn.id()))
                .containsSubsequence("INVITED", "INVITATION_WITHDRAWN");
    }

    @Test
    void twentyConcurrentInvitationsOfOneNewAddressMakeOneAccountAndNo500() throws Exception {
        String email = UserAccountMother.unusedEmail();
        List<Integer> statuses = concurrently(20, () -> mvc.perform(post("/users")
                        .with(user(musterstadtsAdmin()))
                        .with(csrf())
                        .param("displayName", "Gleichzeitig")
                        .param("email", email)
                        .param("role", "VIEWER"))
                .andReturn()
                .getResponse()
                .getStatus());

        assertThat(statuses).allMatch(status -> status < 500);
        assertThat(statuses).filteredOn(status -> status == 302).hasSize(1);
        assertThat(jdbc.sql("select count(*) from user_account where email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from membership m join user_account a on a.id = m.user_account_id"
                                + " where a.email = :email")
                        .param("email", email)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the same for an existing account: one invitation
        UserAccount existing = people.sharedEditor(PASSWORD);
        List<Integer> invited = concurrently(20, () -> mvc.perform(post("/users")
                        .with(user(beispielhausensAdmin()))
                        .with(csrf())
                        .param("displayName", "Gleichzeitig")
                        .param("email", existing.email())
                        .param("role", "VIEWER"))
                .andReturn()
                .getResponse()
                .getStatus());
        assertThat(invited).allMatch(status -> status < 500);
        assertThat(invited).filteredOn(status -> status == 302).hasSize(1);
        assertThat(invitations.of(owner(existing))).hasSize(1);
    }

    @Test
    void anAccountOnlyOfThisMunicipalityIsStillResetByItsAdministrator() throws Exception {
        UserAccount own = people.editor(PASSWORD);
        mvc.perform(post("/users/" + own.id().value() + "/password")
                        .with(user(musterstadtsAdmin()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/users/" + own.id().value()))
                .andExpect(flash().attributeExists("oneTimePassword"));
        assertThat(accounts.findById(own.id()).orElseThrow().mustChangePassword())
                .isTrue();
    }

    @Test
    void anOperatorRegisteringAMunicipalityInvitesAnExistingAccountAndNeverAnOperator() throws Exception {
        UserAccount existing = people.sharedEditor(PASSWORD);
        String slug = "freiburg-" + UUID.randomUUID();
        mvc.perform(post("/operator/municipalities")
                        .with(user(users.loadUserByUsername("betrieb@lotse.example")))
                        .with(csrf())
                        .param("ags", "08311000")
                        .param("name", "Freiburg im Breisgau")
                        .param("slug", slug)
                        .param("adminName", "Betrieb")
                        .param("adminEmail", "betrieb@lotse.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("gehört zu einem Konto des Betriebs")));
        mvc.perform(post("/operator/municipalities")
                        .with(user(users.loadUserByUsername("betrieb@lotse.example")))
                        .with(csrf())
                        .param("ags", "08311000")
                        .param("name", "Freiburg im Breisgau")
                        .param("slug", slug)
                        .param("adminName", "Erste Administration")
                        .param("adminEmail", existing.email()))
                .andExpect(flash().attribute("oneTimePassword", ""));

        UserAccount after = accounts.findById(existing.id()).orElseThrow();
        assertThat(after.memberships()).hasSize(1);
        assertThat(after.passwordHash()).isEqualTo(existing.passwordHash());
        assertThat(invitations.of(owner(existing)))
                .singleElement()
                .satisfies(invitation -> assertThat(invitation.role()).isEqualTo(Role.ADMIN));
    }

    private Void administrationInvite(String email, Role role, CurrentUser actor) {
        administration.invite(actor, email, "Eingeladen", role, List.of());
        return null;
    }

    @Autowired
    UserAdministration administration;

    private CurrentUser owner(UserAccount account) {
        return (CurrentUser) users.loadUserByUsername(account.email());
    }

    private static <T> List<T> concurrently(int times, java.util.concurrent.Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> results = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> result : results) {
                answers.add(result.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
