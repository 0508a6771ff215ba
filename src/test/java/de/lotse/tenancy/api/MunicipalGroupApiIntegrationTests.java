package de.lotse.tenancy.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.audit.AuditTrail;
import de.lotse.audit.ChangeKind;
import de.lotse.audit.PropertyChange;
import de.lotse.tenancy.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The municipal group through the REST API: same conventions as the departments. */
@LotseIntegrationTest
class MunicipalGroupApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AuditTrail trail;

    @Autowired
    TenantFixture tenants;

    @Test
    void listsTheDemoCompaniesOfTheMunicipalityPageByPage() throws Exception {
        mvc.perform(get("/api/v1/municipal-group").param("size", "200").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Stadtwerke Musterstadt GmbH")))
                .andExpect(jsonPath("$.items[*].name", hasItem("Eigenbetrieb Abwasser Musterstadt")))
                .andExpect(jsonPath("$.items[*].name", not(hasItem(startsWith("Gemeindewerke")))));
        mvc.perform(get("/api/v1/municipal-group").param("size", "2").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.totalPages").value(org.hamcrest.Matchers.greaterThan(1)));
    }

    @Test
    void createsReadsChangesAndDeletesACompanyAndEachStepIsOnTheRecord() throws Exception {
        MvcResult created = mvc.perform(
                        write(post("/api/v1/municipal-group"))
                                .content(
                                        """
                                {"name": "Bäderbetriebe Musterstadt GmbH", "shortName": "BBM", "legalForm": "GMBH",
                                 "sharePercent": 74.9, "website": "https://baeder.musterstadt.example"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location",
                                org.hamcrest.Matchers.matchesPattern(".*/api/v1/municipal-group/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.sharePercent").value(74.9))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String path = location.substring(location.indexOf("/api/"));
        String id = path.substring(path.lastIndexOf('/') + 1);

        mvc.perform(get(path).with(as("lotse@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.legalForm").value("GMBH"));

        mvc.perform(
                        write(put(path))
                                .header("If-Match", "\"0\"")
                                .content(
                                        """
                        {"name": "Bäderbetriebe Musterstadt", "legalForm": "EIGENBETRIEB", "sharePercent": 100,
                         "active": false}
                        """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.legalForm").value("EIGENBETRIEB"))
                .andExpect(jsonPath("$.active").value(false))
                .andExpect(jsonPath("$.website").doesNotExist());

        mvc.perform(write(delete(path)).header("If-Match", "\"2\"")).andExpect(status().isNoContent());
        mvc.perform(get(path).with(as("cdo@musterstadt.example"))).andExpect(status().isNotFound());

        var history = tenants.as(tenants.musterstadt(), () -> trail.historyOf("municipal_company", id));
        assertThat(history)
                .extracting(entry -> entry.kind())
                .containsExactly(ChangeKind.DELETED, ChangeKind.CHANGED, ChangeKind.CHANGED, ChangeKind.CREATED);
        assertThat(history.get(2).changes())
                .contains(new PropertyChange("legal_form", "GMBH", "EIGENBETRIEB", null, null))
                .contains(new PropertyChange("share_percent", "74.90", "100.00", null, null));
    }

    @Test
    void aStaleIfMatchAnswers409WithTheCurrentState() throws Exception {
        String path = create("Konfliktwerke GmbH");
        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content("{\"name\": \"Konfliktwerke, erste Änderung\", \"legalForm\": \"GMBH\"}"))
                .andExpect(status().isOk());
        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content("{\"name\": \"Konfliktwerke, zweite Änderung\", \"legalForm\": \"GMBH\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.current.name").value("Konfliktwerke, erste Änderung"));
        mvc.perform(write(put(path)).content("{\"name\": \"Ohne ETag\", \"legalForm\": \"GMBH\"}"))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void anInvalidBodyAnswers400NamingTheFields() throws Exception {
        mvc.perform(
                        write(post("/api/v1/municipal-group"))
                                .content(
                                        """
                        {"name": " ", "legalForm": "GMBH", "sharePercent": 120.5, "website": "ftp://werke"}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("sharePercent")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("website")));
    }

    @Test
    void onlyAdministratorsMaintainTheGroup() throws Exception {
        mvc.perform(post("/api/v1/municipal-group")
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"Heimlich GmbH\", \"legalForm\": \"GMBH\"}"))
                .andExpect(status().isForbidden());
    }

    private String create(String name) throws Exception {
        String location = mvc.perform(write(post("/api/v1/municipal-group"))
                        .content("{\"name\": \"" + name + "\", \"legalForm\": \"GMBH\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return location.substring(location.indexOf("/api/"));
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(as("cdo@musterstadt.example")).contentType(MediaType.APPLICATION_JSON);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
