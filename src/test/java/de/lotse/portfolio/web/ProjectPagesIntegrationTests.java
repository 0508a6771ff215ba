package de.lotse.portfolio.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.portfolio.GoalFixture;
import de.lotse.portfolio.MilestoneData;
import de.lotse.portfolio.Milestones;
import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectData;
import de.lotse.portfolio.ProjectMother;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.Projects;
import de.lotse.portfolio.StatusLight;
import de.lotse.portfolio.StatusReportData;
import de.lotse.portfolio.StatusReports;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.TenantFixture;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class ProjectPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    GoalFixture goals;

    @Autowired
    Projects projects;

    @Autowired
    StatusReports reports;

    @Autowired
    Milestones milestones;

    private GoalId goal;
    private Project project;

    @BeforeEach
    void createProject() {
        goal = goals.musterstadtGoal("Schulen sind digital ausgestattet");
        ProjectData idea = ProjectMother.idea("Schul-WLAN");
        ProjectData data = new ProjectData(
                idea.title(),
                "WLAN und Tablets für alle Grundschulen",
                Set.of(goal),
                "Aylin Demir",
                null,
                idea.mode(),
                idea.priority(),
                Set.of(),
                LocalDate.now().minusMonths(2),
                LocalDate.now().plusMonths(10),
                idea.cadence(),
                Set.of(),
                false,
                null);
        project = tenants.as(tenants.musterstadt(), () -> projects.create(data, ProjectPhase.IMPLEMENTATION, "los"));
        tenants.as(
                tenants.musterstadt(),
                () -> reports.create(
                        project.id(),
                        new StatusReportData(
                                LocalDate.now(),
                                StatusLight.RED,
                                null,
                                StatusLight.RED,
                                null,
                                "Lieferverzug",
                                null,
                                null,
                                null,
                                null)));
        tenants.as(
                tenants.musterstadt(),
                () -> milestones.create(
                        project.id(),
                        new MilestoneData(
                                "Alle Schulen angeschlossen", LocalDate.now().plusMonths(3), false)));
    }

    @Test
    void everyPageOfTheProjectShowsItToEveryRole() throws Exception {
        for (String reader : new String[] {"rat@musterstadt.example", "lotse@musterstadt.example"}) {
            for (String path : new String[] {
                "/projects/" + project.id(),
                "/projects/" + project.id() + "/status-reports",
                "/projects/" + project.id() + "/milestones",
                "/projects/" + project.id() + "/risks",
                "/projects/" + project.id() + "/dependencies",
                "/projects?goal=" + goal,
                "/projects/board?goal=" + goal,
                "/projects/roadmap?goal=" + goal
            }) {
                mvc.perform(get(path).with(as(reader)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(containsString(project.title())));
            }
        }
        mvc.perform(get("/projects/" + project.id()).with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString("Umsetzung")))
                .andExpect(content().string(containsString("rot – kritisch")))
                .andExpect(content().string(containsString("Schulen sind digital ausgestattet")))
                .andExpect(content().string(not(containsString("/edit"))));
        mvc.perform(get("/projects/roadmap?q=" + project.title()).with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString("Alle Schulen angeschlossen")));
    }

    @Test
    void theListFiltersInTheDatabaseByEveryCriterion() throws Exception {
        String title = project.title();
        String[] matching = {
            "?phase=IMPLEMENTATION",
            "?status=RED",
            "?goal=" + goal,
            "?mode=LINE",
            "?q=" + title.substring(0, 12),
            "?phase=IMPLEMENTATION&status=RED&sort=STATUS&dir=desc"
        };
        String only = "&q=" + title.substring(title.length() - 8);
        for (String query : matching) {
            mvc.perform(get("/projects" + query + only + "&page=0").with(as("cdo@musterstadt.example")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(title)));
        }
        String[] notMatching = {"?phase=IDEA", "?status=GREEN", "?status=NONE", "?mode=LAB", "?overdue=true"};
        for (String query : notMatching) {
            mvc.perform(get("/projects" + query + "&q=" + title.substring(0, 12))
                            .with(as("cdo@musterstadt.example")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(title))));
        }
    }

    @Test
    void theFormSavesAProjectAndShowsRuleViolationsNextToTheField() throws Exception {
        mvc.perform(post("/projects")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "Zeitplan verkehrt")
                        .param("mode", "LAB")
                        .param("priority", "HIGH")
                        .param("reportingCadence", "QUARTERLY")
                        .param("plannedStart", "2026-05-01")
                        .param("plannedEnd", "2026-04-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"plannedEnd-error\"")))
                .andExpect(content().string(containsString("Das Ende darf nicht vor dem Beginn liegen.")))
                .andExpect(content().string(containsString("Zeitplan verkehrt")));
        mvc.perform(post("/projects")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "Open-Data-Portal")
                        .param("mode", "LAB")
                        .param("priority", "HIGH")
                        .param("reportingCadence", "QUARTERLY")
                        .param("goalIds", goal.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/projects/*"));
    }

    @Test
    void aStaleEditShowsTheConflictAndKeepsTheInput() throws Exception {
        tenants.as(tenants.musterstadt(), () -> projects.update(project.id(), project.version(), changedTitle()));
        mvc.perform(post("/projects/" + project.id())
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("title", "Meine Fassung")
                        .param("mode", "LINE")
                        .param("priority", "MEDIUM")
                        .param("reportingCadence", "MONTHLY")
                        .param("goalIds", goal.toString())
                        .param("version", String.valueOf(project.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Zwischenzeitlich geändert")))
                .andExpect(content().string(containsString("Meine Fassung")))
                .andExpect(content().string(containsString("Andere Fassung")));
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> projects.get(project.id()).title()))
                .isEqualTo("Andere Fassung");
    }

    @Test
    void aPhaseMoveWithoutAGoalIsRefusedWithTheReason() throws Exception {
        Project idea = tenants.as(tenants.musterstadt(), () -> projects.create(ProjectMother.idea("Ohne Ziel")));
        mvc.perform(post("/projects/" + idea.id() + "/phase")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .param("version", "0")
                        .param("phase", "CONCEPT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/projects/" + idea.id())
                        .with(as("cdo@musterstadt.example"))
                        .flashAttr("refused", "project.goals.required"))
                .andExpect(content().string(containsString("mindestens einem Ziel dienen")));
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> projects.get(idea.id()).phase()))
                .isEqualTo(ProjectPhase.IDEA);
    }

    private ProjectData changedTitle() {
        ProjectData data = project.data();
        return new ProjectData(
                "Andere Fassung",
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

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
