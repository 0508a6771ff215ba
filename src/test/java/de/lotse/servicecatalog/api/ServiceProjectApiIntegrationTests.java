package de.lotse.servicecatalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The projects that bring a service online: named through the API and the pages, shown on both sides. */
@LotseIntegrationTest
class ServiceProjectApiIntegrationTests {

    /** Parking ban zone for a removal: executed by municipalities (LeiKa type 5). */
    private static final String KEY = "99108011000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aProjectBringsAServiceOnlineAndBothPagesShowIt() throws Exception {
        UUID project = project(tenants.musterstadt(), "Chatbot Bürgeramt");
        String path = "/api/v1/service-status/" + KEY + "/projects/" + project;
        RequestPostProcessor cdo = as("cdo@musterstadt.example");
        mvc.perform(put(path).with(cdo).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(put(path).with(cdo).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/service-status/" + KEY + "/projects").with(cdo))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Chatbot Bürgeramt"));
        mvc.perform(get("/projects/" + project).with(cdo))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Onlinedienste, die dieses Projekt online bringt")))
                .andExpect(content().string(containsString("/services/" + KEY)));
        mvc.perform(get("/services/" + KEY).with(cdo))
                .andExpect(content().string(containsString("/projects/" + project)));

        mvc.perform(put(path).with(as("rat@musterstadt.example")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(delete(path).with(cdo).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/service-status/" + KEY + "/projects").with(cdo))
                .andExpect(jsonPath("$.length()").value(0));
        // on the record: named once, removed once
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                "select revtype from service_project_aud where project_id = :project order by rev")
                        .param("project", project)
                        .query(Integer.class)
                        .list()))
                .containsExactly(0, 2);
    }

    @Test
    void thePagesNameAndRemoveTheProject() throws Exception {
        UUID project = project(tenants.musterstadt(), "Warn-App und Sirenen");
        RequestPostProcessor cdo = as("cdo@musterstadt.example");
        mvc.perform(post("/services/" + KEY + "/projects")
                        .with(cdo)
                        .with(csrf())
                        .param("projectId", project.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/services/" + KEY).with(cdo))
                .andExpect(content().string(containsString("Zuordnung von „Warn-App und Sirenen“ entfernen")));
        mvc.perform(post("/services/" + KEY + "/projects/" + project + "/delete")
                        .with(cdo)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/service-status/" + KEY + "/projects").with(cdo))
                .andExpect(jsonPath("$[*].title", not(hasItem("Warn-App und Sirenen"))));
    }

    @Test
    void anotherMunicipalityNeitherNamesNorSeesMusterstadtsProjects() throws Exception {
        UUID project = project(tenants.musterstadt(), "Digitale Bauantragsstellung");
        RequestPostProcessor beispielhausen = as("cdo@beispielhausen.example");
        mvc.perform(put("/api/v1/service-status/" + KEY + "/projects/" + project)
                        .with(beispielhausen)
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/services/" + KEY + "/projects")
                        .with(beispielhausen)
                        .with(csrf())
                        .param("projectId", project.toString()))
                .andExpect(status().isNotFound());
        // the demo names this project for building permits in Musterstadt
        String buildingPermit = tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                        "select s.leika_key from service_project sp join catalogue_leika_service s"
                                + " on s.id = sp.service_id where sp.project_id = :project limit 1")
                .param("project", project)
                .query(String.class)
                .single());
        mvc.perform(get("/api/v1/service-status/" + buildingPermit + "/projects")
                        .with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$[*].title", hasItem("Digitale Bauantragsstellung")));
        mvc.perform(get("/api/v1/service-status/" + buildingPermit + "/projects")
                        .with(beispielhausen))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/services/" + buildingPermit).with(beispielhausen))
                .andExpect(content().string(not(containsString("Digitale Bauantragsstellung"))));
        mvc.perform(get("/api/v1/service-status/00000000000000/projects").with(beispielhausen))
                .andExpect(status().isNotFound());
    }

    private UUID project(de.lotse.tenancy.MunicipalityId municipality, String title) {
        return tenants.as(municipality, () -> jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query(UUID.class)
                .single());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
