package de.lotse.inventory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.portfolio.ProjectId;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Projects introduce and replace applications; when a project goes into operation, the landscape follows. */
@LotseIntegrationTest
class ApplicationProjectApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    PortfolioFixture portfolio;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProjectReachingOperationPutsWhatItIntroducesInUseAndMarksWhatItReplacesAsToBeRetired() throws Exception {
        UUID old = application("Altverfahren", "IN_USE");
        UUID kept = application("Weiterbetrieb", "IN_USE");
        UUID introduced = application("Neuverfahren", "INTRODUCTION");
        ProjectId project = project("Ablösung");

        link(old, project, "{\"kind\": \"REPLACES\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("REPLACES"))
                .andExpect(jsonPath("$.retireOnOperation").value(true))
                .andExpect(jsonPath("$.phase").value("CONCEPT"));
        link(kept, project, "{\"kind\": \"REPLACES\", \"retireOnOperation\": false}")
                .andExpect(status().isOk());
        link(introduced, project, "{\"kind\": \"INTRODUCES\", \"retireOnOperation\": true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.retireOnOperation").value(false));
        // naming it again the same way changes nothing
        link(old, project, "{\"kind\": \"REPLACES\"}").andExpect(status().isOk());
        assertThat(revisions(old, project)).hasSize(1);

        mvc.perform(get("/api/v1/applications/" + old + "/projects").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].projectId").value(project.value().toString()));
        mvc.perform(get("/api/v1/projects/" + project.value() + "/applications").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].kind").value("INTRODUCES"))
                .andExpect(jsonPath("$[0].applicationId").value(introduced.toString()));

        mvc.perform(write(post("/api/v1/projects/" + project.value() + "/phase"))
                        .header("If-Match", "\"0\"")
                        .content("{\"phase\": \"OPERATION\"}"))
                .andExpect(status().isOk());

        assertThat(state(old)).containsEntry("lifecycle", "TO_BE_REPLACED").containsEntry("successor_id", introduced);
        assertThat(state(kept)).containsEntry("lifecycle", "IN_USE").containsEntry("successor_id", null);
        assertThat(state(introduced)).containsEntry("lifecycle", "IN_USE");
        assertThat(state(introduced).get("introduced_on")).isNotNull();
        // on the record with the phase change
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                """
                                select a.lifecycle from application_aud a
                                where a.id = :id and a.rev = (select max(p.rev) from project_aud p where p.id = :project)
                                """)
                        .param("id", old)
                        .param("project", project.value())
                        .query(String.class)
                        .list()))
                .containsExactly("TO_BE_REPLACED");

        mvc.perform(write(delete("/api/v1/applications/" + old + "/projects/" + project.value())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/applications/" + old + "/projects").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aLinkNeedsAKnownKindAndProjectAndAPersonWhoMayChangeTheProject() throws Exception {
        UUID application = application("Zuordnung", "IN_USE");
        ProjectId project = project("Zuordnungsprojekt");
        link(application, project, "{\"kind\": \"ERSETZT\"}").andExpect(status().isBadRequest());
        link(application, project, "{}").andExpect(status().isBadRequest());
        link(application, new ProjectId(UUID.randomUUID()), "{\"kind\": \"REPLACES\"}")
                .andExpect(status().isNotFound());
        ProjectId beispielhausens = portfolio.project(tenants.beispielhausen(), "Fremdes Projekt " + UUID.randomUUID());
        link(application, beispielhausens, "{\"kind\": \"REPLACES\"}").andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/applications/" + application + "/projects/" + project.value())
                        .with(csrf())
                        .with(as("rat@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"REPLACES\"}"))
                .andExpect(status().isForbidden());
        // Beispielhausen sees neither Musterstadt's application's projects nor the project's applications
        mvc.perform(get("/api/v1/applications/" + application + "/projects").with(as("cdo@beispielhausen.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/projects/" + project.value() + "/applications").with(as("cdo@beispielhausen.example")))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions link(UUID application, ProjectId project, String json)
            throws Exception {
        return mvc.perform(write(put("/api/v1/applications/" + application + "/projects/" + project.value()))
                .content(json));
    }

    private UUID application(String name, String lifecycle) throws Exception {
        String location = mvc.perform(write(post("/api/v1/applications"))
                        .content("{\"name\": \"%s %s\", \"lifecycle\": \"%s\"}"
                                .formatted(name, UUID.randomUUID(), lifecycle)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private ProjectId project(String title) {
        MunicipalityId musterstadt = tenants.musterstadt();
        UUID goal = portfolio.goal(musterstadt, "Feld " + UUID.randomUUID(), "Ziel " + UUID.randomUUID());
        ProjectId project = portfolio.project(musterstadt, title + " " + UUID.randomUUID(), null, List.of(goal));
        tenants.as(musterstadt, () -> jdbc.sql("update project set phase = 'CONCEPT' where id = :id")
                .param("id", project.value())
                .update());
        return project;
    }

    private Map<String, Object> state(UUID application) {
        return tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                        "select lifecycle, successor_id, introduced_on from application where id = :id")
                .param("id", application)
                .query()
                .singleRow());
    }

    private List<Integer> revisions(UUID application, ProjectId project) {
        return tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                        "select revtype from application_project_aud where application_id = :a and project_id = :p")
                .param("a", application)
                .param("p", project.value())
                .query(Integer.class)
                .list());
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(as("cdo@musterstadt.example")).contentType(MediaType.APPLICATION_JSON);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
