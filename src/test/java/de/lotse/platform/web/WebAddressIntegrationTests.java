package de.lotse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.inventory.api.PublicCodeFiles;
import de.lotse.servicecatalog.ServiceStatusRow;
import de.lotse.servicecatalog.ServiceStatuses;
import de.lotse.tenancy.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every address Lotse keeps as a link is http or https — forms, API bodies and the publiccode.yml
 * import alike — an empty one is no address at all, and a page never renders another kind as a link.
 */
@LotseIntegrationTest
class WebAddressIntegrationTests {

    private static final String SCRIPT = "javascript:alert(1)";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    ServiceStatuses statuses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private String key;

    @BeforeEach
    void chooseAServiceOfBeispielhausen() {
        key = jdbc.sql("select leika_key from catalogue_leika_service where withdrawn_in is null"
                        + " and leika_key is not null order by leika_key desc offset 1 limit 1")
                .query(String.class)
                .single();
    }

    @Test
    void theServiceFormWithAnEmptyOnlineAddressSaves() throws Exception {
        ServiceStatusRow row = tenants.as(tenants.beispielhausen(), () -> statuses.get(key));

        mvc.perform(post("/services/" + key)
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .param("concerned", "true")
                        .param("solutionName", "Formular ohne Adresse")
                        .param("onlineUrl", "")
                        .param("maturityLevel", String.valueOf(row.maturityLevel()))
                        .param("version", String.valueOf(row.version())))
                .andExpect(status().is3xxRedirection());

        ServiceStatusRow saved = tenants.as(tenants.beispielhausen(), () -> statuses.get(key));
        assertThat(saved.solutionName()).isEqualTo("Formular ohne Adresse");
        assertThat(saved.onlineUrl()).isNull();
    }

    @Test
    void theServiceFormRefusesAScriptAddressNextToTheFieldAndKeepsTheInput() throws Exception {
        ServiceStatusRow row = tenants.as(tenants.beispielhausen(), () -> statuses.get(key));

        String page = mvc.perform(post("/services/" + key)
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .param("concerned", "true")
                        .param("solutionName", "Skript-Versuch")
                        .param("onlineUrl", SCRIPT)
                        .param("maturityLevel", String.valueOf(row.maturityLevel()))
                        .param("version", String.valueOf(row.version())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("value=\"Skript-Versuch\"").doesNotContain("href=\"javascript:");
        assertThat(tenants.as(tenants.beispielhausen(), () -> statuses.get(key)).onlineUrl())
                .isNotEqualTo(SCRIPT);
    }

    @Test
    void theApiRefusesAScriptAddressNamingTheField() throws Exception {
        String etag = mvc.perform(get("/api/v1/service-status/" + key).with(as("cdo@beispielhausen.example")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/service-status/" + key)
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("maturityLevel", 0, "onlineUrl", SCRIPT))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("onlineUrl"));

        mvc.perform(post("/api/v1/municipal-group")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "name", "Skriptwerke " + UUID.randomUUID(), "legalForm", "GMBH", "website", SCRIPT))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("website"));
    }

    @Test
    void aPubliccodeFileWithAScriptAsRepositoryIsRefusedAndCreatesNothing() throws Exception {
        String name = "Skriptmedusa " + UUID.randomUUID();
        String file = PublicCodeFiles.standardExample(name, SCRIPT);

        mvc.perform(post("/api/v1/applications/publiccode")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType("application/yaml")
                        .content(file))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[?(@.key == 'url')]").exists());

        assertThat(tenants.as(
                        tenants.musterstadt(), () -> jdbc.sql("select count(*) from application where name = :name")
                                .param("name", name)
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    @Test
    void aStoredAddressOfAnotherKindIsNeverRenderedAsALink() throws Exception {
        String location = mvc.perform(post("/api/v1/municipal-group")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of(
                                "name", "Altwerke " + UUID.randomUUID(),
                                "legalForm", "GMBH",
                                "website", "https://altwerke.example"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        // as an address stored before the rule would be
        tenants.as(
                tenants.musterstadt(), () -> jdbc.sql("update municipal_company set website = :script where id = :id")
                        .param("script", SCRIPT)
                        .param("id", id)
                        .update());

        String page = mvc.perform(get("/municipal-group/" + id).with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).doesNotContain("href=\"javascript:");
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
