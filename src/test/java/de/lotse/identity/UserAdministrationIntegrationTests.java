package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.platform.InvalidFieldException;
import de.lotse.platform.RecordNotFoundException;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.Municipality;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The administration of a municipality's people: the rules the service and the pages keep. */
@LotseIntegrationTest
class UserAdministrationIntegrationTests {

    @Autowired
    UserAccountMother people;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Invitations invitations;

    @LocalServerPort
    int port;

    private CurrentUser cdo() {
        return (CurrentUser) users.loadUserByUsername("cdo@musterstadt.example");
    }

    private UserAdministration.Member invite(MunicipalityId municipality, String email, Role role) {
        return tenants.as(municipality, () -> {
            UserAccounts.Invitation invitation = administration.invite(null, email, "Neue Person", role, List.of());
            return administration.get(invitation.account().id());
        });
    }

    @Test
    void aNewPersonGetsAOneTimePasswordAndMustChangeIt() {
        String email = UserAccountMother.unusedEmail();
        UserAccounts.Invitation invitation = tenants.as(
                tenants.musterstadt(), () -> administration.invite(null, email, "Neue Person", Role.PILOT, List.of()));

        assertThat(invitation.oneTimePassword()).matches("[a-zA-Z0-9]{4}(-[a-zA-Z0-9]{4}){3}");
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(invitation.oneTimePassword(), account.passwordHash()))
                .isTrue();
        assertThat(account.membershipIn(tenants.musterstadt()))
                .hasValueSatisfying(m -> assertThat(m.role()).isEqualTo(Role.PILOT));
    }

    @Test
    void anAccountOfAnotherMunicipalityIsInvitedAndGetsTheMembershipOnlyWhenItsOwnerAccepts() {
        // this test asserted before that the membership was attached at once, without the owner
        String email = "geteilt-" + UUID.randomUUID() + "@zweckverband.example";
        invite(tenants.beispielhausen(), email, Role.ADMIN);
        String hashBefore = accounts.findByEmail(email).orElseThrow().passwordHash();

        UserAccounts.Invitation second = tenants.as(
                tenants.musterstadt(),
                () -> administration.invite(null, email, "Anderer Name", Role.VIEWER, List.of()));

        assertThat(second.oneTimePassword()).isEmpty();
        assertThat(second.awaitsAcceptance()).isTrue();
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.passwordHash()).isEqualTo(hashBefore);
        assertThat(account.membershipIn(tenants.musterstadt())).isEmpty();

        acceptAll(email);

        account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.passwordHash()).isEqualTo(hashBefore);
        assertThat(account.membershipIn(tenants.beispielhausen()).orElseThrow().role())
                .isEqualTo(Role.ADMIN);
        assertThat(account.membershipIn(tenants.musterstadt()).orElseThrow().role())
                .isEqualTo(Role.VIEWER);
    }

    /** The owner of the account accepts every invitation they have, as after their next login. */
    private void acceptAll(String email) {
        CurrentUser owner = (CurrentUser) users.loadUserByUsername(email);
        invitations.of(owner).forEach(pending -> invitations.accept(owner, pending.id()));
    }

    @Test
    void aMemberCannotBeInvitedTwice() {
        String email = UserAccountMother.unusedEmail();
        invite(tenants.musterstadt(), email, Role.VIEWER);
        assertThatThrownBy(() -> invite(tenants.musterstadt(), email, Role.ADMIN))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("user.error.already-member");
    }

    @Test
    void everyQueryBindsTheCurrentMunicipality() {
        // memberships have no row-level security: a query without the municipality would see all
        String email = "beide-" + UUID.randomUUID() + "@zweckverband.example";
        UserAdministration.Member inBeispielhausen = invite(tenants.beispielhausen(), email, Role.EDITOR);
        UserAccount musterstadts = people.editor("Ein langes Passwort 1");

        List<String> listed = tenants.as(tenants.beispielhausen(), () -> administration
                .page(new UserAdministration.Filter("", null, null), PageRequest.of(0, 500))
                .map(UserAdministration.Member::email)
                .getContent());
        assertThat(listed)
                .contains("cdo@beispielhausen.example", email)
                .noneMatch(e -> e.endsWith("@musterstadt.example"));

        assertThatThrownBy(() -> tenants.as(tenants.beispielhausen(), () -> administration.get(musterstadts.id())))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> tenants.as(
                        tenants.beispielhausen(), () -> administration.setActive(cdo(), musterstadts.id(), 0, false)))
                .isInstanceOf(RecordNotFoundException.class);

        // the same person in Musterstadt too: a change in Beispielhausen leaves Musterstadt's membership alone
        tenants.as(tenants.musterstadt(), () -> administration.invite(null, email, "Neue Person", Role.VIEWER, null));
        acceptAll(email);
        tenants.as(
                tenants.beispielhausen(),
                () -> administration.setActive(cdo(), inBeispielhausen.id(), inBeispielhausen.version(), false));
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        assertThat(account.membershipIn(tenants.beispielhausen()).orElseThrow().active())
                .isFalse();
        assertThat(account.membershipIn(tenants.musterstadt()).orElseThrow().active())
                .isTrue();
        assertThat(accounts.findById(musterstadts.id()).orElseThrow().membershipIn(tenants.musterstadt()))
                .hasValueSatisfying(m -> assertThat(m.active()).isTrue());
    }

    @Test
    void theListFiltersByTextRoleAndStateInTheDatabase() {
        String marker = "filter" + UUID.randomUUID().toString().substring(0, 8);
        UserAdministration.Member editor =
                invite(tenants.musterstadt(), marker + "-a@musterstadt.example", Role.EDITOR);
        invite(tenants.musterstadt(), marker + "-b@musterstadt.example", Role.VIEWER);
        tenants.as(tenants.musterstadt(), () -> administration.setActive(cdo(), editor.id(), 0, false));

        var byText = tenants.as(
                tenants.musterstadt(),
                () -> administration.page(new UserAdministration.Filter(marker, null, null), PageRequest.of(0, 25)));
        assertThat(byText.getTotalElements()).isEqualTo(2);
        var viewers = tenants.as(
                tenants.musterstadt(),
                () -> administration.page(
                        new UserAdministration.Filter(marker, Role.VIEWER, null), PageRequest.of(0, 25)));
        assertThat(viewers.getContent())
                .extracting(UserAdministration.Member::email)
                .containsExactly(marker + "-b@musterstadt.example");
        var inactive = tenants.as(
                tenants.musterstadt(),
                () -> administration.page(new UserAdministration.Filter(marker, null, false), PageRequest.of(0, 25)));
        assertThat(inactive.getContent())
                .extracting(UserAdministration.Member::email)
                .containsExactly(marker + "-a@musterstadt.example");
        var wildcard = tenants.as(
                tenants.musterstadt(),
                () -> administration.page(new UserAdministration.Filter("%", null, null), PageRequest.of(0, 25)));
        assertThat(wildcard.getTotalElements()).isZero();
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherDemotedNorDeactivated() {
        Municipality testdorf = transaction.execute(status -> municipalities.save(new Municipality(
                "Testdorf " + UUID.randomUUID().toString().substring(0, 6),
                "01001000",
                "testdorf-" + UUID.randomUUID())));
        UserAdministration.Member first = invite(testdorf.id(), UserAccountMother.unusedEmail(), Role.ADMIN);
        // someone acting without being one of Testdorf's administrators, e.g. an operator
        CurrentUser someoneElse = cdo();

        assertThatThrownBy(() -> tenants.as(
                        testdorf.id(), () -> administration.changeRole(someoneElse, first.id(), 0, Role.EDITOR, null)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("user.error.last-admin");
        assertThatThrownBy(() ->
                        tenants.as(testdorf.id(), () -> administration.setActive(someoneElse, first.id(), 0, false)))
                .isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("user.error.last-admin");

        UserAdministration.Member second = invite(testdorf.id(), UserAccountMother.unusedEmail(), Role.ADMIN);
        tenants.as(testdorf.id(), () -> administration.setActive(someoneElse, second.id(), 0, false));
        // a deactivated administrator does not count
        assertThatThrownBy(() -> tenants.as(
                        testdorf.id(), () -> administration.changeRole(someoneElse, first.id(), 0, Role.EDITOR, null)))
                .isInstanceOf(InvalidFieldException.class);
        tenants.as(testdorf.id(), () -> administration.setActive(someoneElse, second.id(), 1, true));

        UserAdministration.Member demoted = tenants.as(
                testdorf.id(), () -> administration.changeRole(someoneElse, first.id(), 0, Role.EDITOR, null));
        assertThat(demoted.role()).isEqualTo(Role.EDITOR);
        assertThat(demoted.version()).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotTakeTheirOwnAdminRoleNorDeactivateThemself() throws Exception {
        CurrentUser cdo = cdo();
        UserAdministration.Member self = tenants.as(tenants.musterstadt(), () -> administration.get(cdo.id()));

        mvc.perform(post("/users/" + cdo.id().value())
                        .with(user(cdo))
                        .with(csrf())
                        .param("role", "EDITOR")
                        .param("version", String.valueOf(self.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Sie können sich die Rolle Administration nicht selbst nehmen.")));
        mvc.perform(post("/users/" + cdo.id().value() + "/active")
                        .with(user(cdo))
                        .with(csrf())
                        .param("active", "false")
                        .param("version", String.valueOf(self.version())))
                .andExpect(redirectedUrl("/users/" + cdo.id().value()));
        mvc.perform(post("/users/" + cdo.id().value() + "/password")
                        .with(user(cdo))
                        .with(csrf())
                        .param("version", String.valueOf(self.version())))
                .andExpect(redirectedUrl("/users/" + cdo.id().value()));

        UserAdministration.Member after = tenants.as(tenants.musterstadt(), () -> administration.get(cdo.id()));
        assertThat(after)
                .usingRecursiveComparison()
                .ignoringFields("lastLoginAt")
                .isEqualTo(self);
        assertThat(accounts.findById(cdo.id()).orElseThrow().mustChangePassword())
                .isFalse();
    }

    @Test
    void aChangeToAnOutdatedVersionAnswers409WithTheCurrentState() throws Exception {
        UserAdministration.Member member = invite(tenants.musterstadt(), UserAccountMother.unusedEmail(), Role.VIEWER);
        tenants.as(tenants.musterstadt(), () -> administration.changeRole(cdo(), member.id(), 0, Role.PILOT, null));

        mvc.perform(post("/users/" + member.id().value())
                        .with(user(cdo()))
                        .with(csrf())
                        .param("role", "EDITOR")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Jetzt gilt: Rolle Digitallotsin/Digitallotse")));
        mvc.perform(post("/users/" + member.id().value() + "/active")
                        .with(user(cdo()))
                        .with(csrf())
                        .param("active", "false")
                        .param("version", "0"))
                .andExpect(status().isConflict());

        assertThat(tenants.as(tenants.musterstadt(), () -> administration.get(member.id())))
                .satisfies(current -> {
                    assertThat(current.role()).isEqualTo(Role.PILOT);
                    assertThat(current.active()).isTrue();
                });
    }

    @Test
    void editorsCanBeLimitedToDepartmentsOfTheirMunicipality() throws Exception {
        Department office =
                tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Amt für Tests")));
        Department foreign =
                tenants.as(tenants.beispielhausen(), () -> departments.create(DepartmentMother.office("Fremdes Amt")));
        UserAdministration.Member member = invite(tenants.musterstadt(), UserAccountMother.unusedEmail(), Role.VIEWER);

        mvc.perform(post("/users/" + member.id().value())
                        .with(user(cdo()))
                        .with(csrf())
                        .param("role", "EDITOR")
                        .param("departmentIds", foreign.id().value().toString())
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Diese Organisationseinheit gibt es nicht.")));

        mvc.perform(post("/users/" + member.id().value())
                        .with(user(cdo()))
                        .with(csrf())
                        .param("role", "EDITOR")
                        .param("departmentIds", office.id().value().toString())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/users/" + member.id().value()));
        mvc.perform(get("/users/" + member.id().value()).with(user(cdo())))
                .andExpect(content().string(containsString("Amt für Tests")));
        assertThat(tenants.as(tenants.musterstadt(), () -> administration.get(member.id()))
                        .departments())
                .containsExactly(office.id().value());

        // a deleted department is no longer a limit
        tenants.as(tenants.musterstadt(), () -> {
            departments.delete(office.id(), office.version());
            return null;
        });
        assertThat(tenants.as(tenants.musterstadt(), () -> administration.get(member.id()))
                        .departments())
                .isEmpty();

        // another role has no limit
        Department second =
                tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Zweites Amt")));
        tenants.as(
                tenants.musterstadt(),
                () -> administration.changeRole(
                        cdo(), member.id(), 1, Role.EDITOR, List.of(second.id().value())));
        tenants.as(tenants.musterstadt(), () -> administration.changeRole(cdo(), member.id(), 2, Role.VIEWER, null));
        assertThat(tenants.as(tenants.musterstadt(), () -> administration.get(member.id()))
                        .departments())
                .isEmpty();
    }

    @Test
    void aDeactivatedMembershipCannotLogInAndItsSessionsEnd() throws Exception {
        UserAccount account = people.editor("Ein langes Passwort 2");
        HttpSession session = HttpSession.loggedIn(port, account.email(), "Ein langes Passwort 2");
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        tenants.as(tenants.musterstadt(), () -> administration.setActive(cdo(), account.id(), 0, false));

        assertThat(session.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
        mvc.perform(formLogin("/login").user(account.email()).password("Ein langes Passwort 2"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());

        tenants.as(tenants.musterstadt(), () -> administration.setActive(cdo(), account.id(), 1, true));
        mvc.perform(formLogin("/login").user(account.email()).password("Ein langes Passwort 2"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withRoles("EDITOR"));
    }

    @Test
    void aPersonDeactivatedInOneMunicipalityLogsInToTheOther() throws Exception {
        String email = "zwei-" + UUID.randomUUID() + "@zweckverband.example";
        invite(tenants.musterstadt(), email, Role.VIEWER);
        tenants.as(tenants.beispielhausen(), () -> administration.invite(null, email, "Neue Person", Role.PILOT, null));
        acceptAll(email);
        UserAdministration.Member inBeispielhausen = tenants.as(
                tenants.beispielhausen(),
                () -> administration.get(
                        accounts.findByEmail(email).orElseThrow().id()));
        UserAccount account = accounts.findByEmail(email).orElseThrow();
        account.changePasswordHash(passwordEncoder.encode("Ein langes Passwort 3"));
        accounts.save(account);
        // Beispielhausen comes first by name
        assertThat(((CurrentUser) users.loadUserByUsername(email)).municipality())
                .isEqualTo(tenants.beispielhausen());

        tenants.as(
                tenants.beispielhausen(),
                () -> administration.setActive(cdo(), inBeispielhausen.id(), inBeispielhausen.version(), false));

        assertThat(((CurrentUser) users.loadUserByUsername(email)).municipality())
                .isEqualTo(tenants.musterstadt());
        mvc.perform(formLogin("/login").user(email).password("Ein langes Passwort 3"))
                .andExpect(authenticated().withRoles("VIEWER"));
    }

    @Test
    void aResetGivesANewOneTimePasswordAndEndsTheSessions() {
        UserAccount account = people.editor("Ein langes Passwort 4");
        HttpSession session = HttpSession.loggedIn(port, account.email(), "Ein langes Passwort 4");

        String password = tenants.as(tenants.musterstadt(), () -> administration.resetPassword(cdo(), account.id(), 0));

        UserAccount after = accounts.findById(account.id()).orElseThrow();
        assertThat(after.mustChangePassword()).isTrue();
        assertThat(passwordEncoder.matches(password, after.passwordHash())).isTrue();
        assertThat(session.get("/").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
    }
}
