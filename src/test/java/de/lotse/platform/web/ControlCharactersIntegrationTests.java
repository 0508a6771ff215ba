package de.lotse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * NUL and the other control characters are refused with 400 by one guard wherever they come in —
 * query and form parameters, path variables, JSON bodies, names of uploaded files — before
 * PostgreSQL (which cannot store NUL) sees them; nothing is saved.
 */
@LotseIntegrationTest
class ControlCharactersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Test
    void aSearchWithNulAnswers400OnPagesAndAProblemNamingTheParameterInTheApi() throws Exception {
        for (String path : List.of("/projects", "/applications", "/services", "/users", "/audit")) {
            mvc.perform(get(path).param("q", "Rathaus\u0000").with(as("cdo@musterstadt.example")))
                    .andExpect(status().isBadRequest());
        }
        for (String path : List.of("/api/v1/projects", "/api/v1/applications", "/api/v1/service-status")) {
            mvc.perform(get(path).param("q", "a\u0000b").with(as("cdo@musterstadt.example")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.status").value(400))
                    .andExpect(jsonPath("$.errors[0].field").value("q"));
        }
        mvc.perform(get("/api/v1/projects").param("q", "a\u001bb").with(as("cdo@musterstadt.example")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/projects").param("q", "a\u007fb").with(as("cdo@musterstadt.example")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFormWithNulAnswers400AndSavesNothing() throws Exception {
        String name = "Steueramt " + UUID.randomUUID();
        mvc.perform(post("/departments")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .param("name", name + "\u0000")
                        .param("level", "OFFICE"))
                .andExpect(status().isBadRequest());

        assertThat(tenants.as(tenants.musterstadt(), () -> departments.tree().entries()))
                .noneSatisfy(entry -> assertThat(entry.department().name()).startsWith(name));
    }

    @Test
    void aJsonBodyWithNulAnswersAProblemNamingTheField() throws Exception {
        String body = json.writeValueAsString(Map.of("name", "Amt\u0000", "level", "OFFICE"));
        mvc.perform(post("/api/v1/departments")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void lineBreaksAndTabsInAMultiLineTextAreAccepted() throws Exception {
        String body = json.writeValueAsString(
                Map.of("name", "Amt " + UUID.randomUUID(), "level", "OFFICE", "shortName", "a\tb"));
        mvc.perform(post("/api/v1/departments")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void aPathWithNulAnswers400() throws Exception {
        mvc.perform(get(URI.create("/api/v1/service-status/99108011%0000000")).with(as("cdo@musterstadt.example")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("path"));
        mvc.perform(get(URI.create("/services/99108011%0000000")).with(as("cdo@musterstadt.example")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anUploadedFileWhoseNameHoldsAControlCharacterAnswers400() throws Exception {
        mvc.perform(multipart("/api/v1/applications/import")
                        .part(new MockPart("file", "liste\u0000.xlsx", new byte[] {1, 2, 3}))
                        .with(csrf())
                        .with(as("cdo@musterstadt.example")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
