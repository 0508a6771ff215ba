package de.lotse.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.identity.Role;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAdministration;
import de.lotse.platform.InvalidFieldException;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An editor limited to departments changes only their departments' projects; readers change none. */
@LotseIntegrationTest
class ProjectPermissionsIntegrationTests {

    @Autowired
    TenantFixture tenants;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    Departments departments;

    @Autowired
    UserAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    Projects projects;

    @Autowired
    StatusReports reports;

    @Autowired
    ProjectReferences references;

    @Autowired
    de.lotse.portfolio.money.BudgetLines budgetLines;

    @Autowired
    de.lotse.portfolio.money.FundingApplications fundingApplications;

    @Autowired
    de.lotse.portfolio.qualification.QualificationMeasures trainings;

    private Department schools;
    private Department roads;
    private Project schoolProject;
    private Project roadProject;
    private String editor;

    @BeforeEach
    void createEditorLimitedToOneDepartment() {
        schools = tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Schulamt")));
        roads = tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Tiefbauamt")));
        schoolProject = tenants.as(tenants.musterstadt(), () -> projects.create(in(schools, "Schul-WLAN")));
        roadProject = tenants.as(tenants.musterstadt(), () -> projects.create(in(roads, "Baustellenportal")));
        editor = UserAccountMother.unusedEmail();
        tenants.as(
                tenants.musterstadt(),
                () -> administration.invite(
                        null,
                        editor,
                        "Begrenzte Redaktion",
                        Role.EDITOR,
                        List.of(schools.id().value())));
    }

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLimitedEditorChangesTheProjectsOfTheirDepartments() {
        Project changed = as(
                editor,
                () -> projects.update(
                        schoolProject.id(),
                        schoolProject.version(),
                        renamed(schoolProject, "Schul-WLAN, zweite Welle")));
        assertThat(changed.title()).isEqualTo("Schul-WLAN, zweite Welle");
        assertThat(as(editor, () -> references.mayChange(schoolProject.id()))).isTrue();
        assertThat(as(editor, () -> projects.create(in(schools, "Tablets"))).department())
                .isEqualTo(schools.id());
    }

    @Test
    void aLimitedEditorCannotChangeAnotherDepartmentsProjectOrWhatBelongsToIt() {
        assertThatThrownBy(() -> as(
                        editor,
                        () -> projects.update(
                                roadProject.id(), roadProject.version(), renamed(roadProject, "Übernommen"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        editor,
                        () -> projects.changePhase(
                                roadProject.id(), roadProject.version(), ProjectPhase.STOPPED, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        editor,
                        () -> reports.create(
                                roadProject.id(),
                                new StatusReportData(
                                        java.time.LocalDate.now().minusDays(1),
                                        StatusLight.RED,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(editor, () -> {
                    references.requireMayChange(roadProject.id());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tenants.as(tenants.musterstadt(), () -> projects.get(roadProject.id())
                        .title()))
                .isEqualTo(roadProject.title());
    }

    @Test
    void aLimitedEditorKeepsTheMoneyOfTheirDepartmentsProjectsOnlyAndPilotsTrainEverywhere() {
        var line = new de.lotse.portfolio.money.BudgetLineData(
                2031,
                de.lotse.portfolio.money.CostType.CONSUMPTIVE,
                java.math.BigDecimal.TEN,
                java.math.BigDecimal.TEN,
                java.math.BigDecimal.ONE,
                null,
                null);
        var funding = new de.lotse.portfolio.money.FundingApplicationData(
                "Digitalprogramm",
                de.lotse.portfolio.money.FundingBody.STATE,
                de.lotse.portfolio.money.FundingStatus.PLANNED,
                null,
                null,
                new java.math.BigDecimal("1000"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false);
        var training = new de.lotse.portfolio.qualification.QualificationMeasureData(
                "Einführung", "Sachbearbeitung", java.time.LocalDate.now(), 10, null, null, null);

        assertThatThrownBy(() -> as(editor, () -> budgetLines.create(roadProject.id(), line)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(editor, () -> fundingApplications.create(roadProject.id(), funding)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(editor, () -> trainings.create(roadProject.id(), training)))
                .isInstanceOf(AccessDeniedException.class);
        var own = as(editor, () -> budgetLines.create(schoolProject.id(), line));
        assertThat(as(editor, () -> budgetLines.update(schoolProject.id(), own.id(), own.version(), line)))
                .isNotNull();
        var theirs = tenants.as(tenants.musterstadt(), () -> budgetLines.create(roadProject.id(), line));
        assertThatThrownBy(() -> as(editor, () -> {
                    budgetLines.delete(roadProject.id(), theirs.id(), theirs.version());
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("lotse@musterstadt.example", () -> trainings.create(roadProject.id(), training)))
                .as("digital pilots are not limited to departments")
                .isNotNull();
    }

    @Test
    void aLimitedEditorIsOfferedToChangeMoneyAndTrainingsOfTheirDepartmentsProjectsOnly() throws Exception {
        // as if the invited editor had set a password of their own
        jdbc.sql("update user_account set must_change_password = false where email = :email")
                .param("email", editor)
                .update();
        var person = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                users.loadUserByUsername(editor));
        mvc.perform(get("/projects/" + schoolProject.id() + "/money").with(person))
                .andExpect(content().string(containsString("Haushaltsposten hinzufügen")))
                .andExpect(content().string(containsString("Förderantrag hinzufügen")));
        mvc.perform(get("/projects/" + roadProject.id() + "/money").with(person))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Haushaltsposten hinzufügen"))))
                .andExpect(content().string(not(containsString("Förderantrag hinzufügen"))));
        mvc.perform(get("/projects/" + schoolProject.id() + "/qualification").with(person))
                .andExpect(content().string(containsString("Schulung hinzufügen")));
        mvc.perform(get("/projects/" + roadProject.id() + "/qualification").with(person))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Schulung hinzufügen"))));
    }

    @Test
    void aLimitedEditorCannotGiveAProjectToAnotherDepartment() {
        assertThatThrownBy(() -> as(editor, () -> projects.create(in(roads, "Fremd"))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("departmentId"));
        assertThatThrownBy(() -> as(
                        editor,
                        () -> projects.update(
                                schoolProject.id(), schoolProject.version(), movedTo(schoolProject, roads))))
                .isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("departmentId"));
    }

    @Test
    void readersChangeNothingAndAnUnlimitedEditorEverything() {
        assertThatThrownBy(() -> as(
                        "rat@musterstadt.example",
                        () -> projects.update(
                                roadProject.id(), roadProject.version(), renamed(roadProject, "Übernommen"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("lotse@musterstadt.example", () -> projects.create(in(roads, "Neu"))))
                .isInstanceOf(AccessDeniedException.class);
        Project changed = as(
                "redaktion@musterstadt.example",
                () -> projects.update(
                        roadProject.id(), roadProject.version(), renamed(roadProject, "Baustellenportal 2")));
        assertThat(changed.title()).isEqualTo("Baustellenportal 2");
    }

    private <T> T as(String email, Supplier<T> work) {
        UserDetails person = users.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(person, null, person.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static ProjectData in(Department department, String title) {
        ProjectData idea = ProjectMother.idea(title);
        return new ProjectData(
                idea.title(),
                null,
                Set.of(),
                null,
                department.id(),
                idea.mode(),
                idea.priority(),
                Set.of(),
                null,
                null,
                idea.cadence(),
                Set.of(),
                false,
                null);
    }

    private static ProjectData renamed(Project project, String title) {
        ProjectData data = project.data();
        return new ProjectData(
                title,
                data.summary(),
                data.goals(),
                data.lead(),
                data.department(),
                data.mode(),
                data.priority(),
                data.topics(),
                data.plannedStart(),
                data.plannedEnd(),
                data.cadence(),
                data.dependsOn(),
                data.publicVisible(),
                data.publicSummary());
    }

    private static ProjectData movedTo(Project project, Department department) {
        ProjectData data = project.data();
        return new ProjectData(
                data.title(),
                data.summary(),
                data.goals(),
                data.lead(),
                department.id(),
                data.mode(),
                data.priority(),
                data.topics(),
                data.plannedStart(),
                data.plannedEnd(),
                data.cadence(),
                data.dependsOn(),
                data.publicVisible(),
                data.publicSummary());
    }
}
