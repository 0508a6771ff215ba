package de.lotse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.platform.sheets.ImportCalls;
import de.lotse.platform.sheets.Spreadsheets;
import de.lotse.portfolio.ProjectMother;
import de.lotse.portfolio.Projects;
import de.lotse.tenancy.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Values PostgreSQL or JPA cannot take answer 4xx, never 500: dates outside the years 1900 to 2200
 * (in JSON bodies, form fields and parameters), page numbers whose offset would overflow, a bulk
 * change with an unknown level or department, and a return path with line breaks or another host.
 */
@LotseIntegrationTest
class InputRangesIntegrationTests {

    private static final List<String> ABSURD_DATES = List.of("+999999999-12-31", "-5000-01-01", "1899-12-31");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Projects projects;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anApiBodyWithADateOutsideTheYearsAnswersAProblemNamingTheField() throws Exception {
        for (String date : ABSURD_DATES) {
            mvc.perform(post("/api/v1/projects")
                            .with(csrf())
                            .with(as("cdo@musterstadt.example"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(json.writeValueAsString(
                                    Map.of("title", "Zeitreise " + UUID.randomUUID(), "plannedStart", date))))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("plannedStart"));
        }
    }

    @Test
    void aFormWithADateOutsideTheYearsShowsTheFieldErrorAndKeepsTheInput() throws Exception {
        UUID project = tenants.as(
                        tenants.musterstadt(),
                        () -> projects.create(ProjectMother.idea("Meilensteinprobe " + UUID.randomUUID())))
                .id()
                .value();
        for (String date : ABSURD_DATES) {
            String page = mvc.perform(post("/projects/" + project + "/milestones")
                            .with(csrf())
                            .with(as("cdo@musterstadt.example"))
                            .param("title", "Weit weg")
                            .param("due", date))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("value=\"Weit weg\"").contains("kern-error");
        }
    }

    @Test
    void aParameterWithADateOutsideTheYearsAnswers400() throws Exception {
        for (String date : ABSURD_DATES) {
            mvc.perform(post("/account/tokens")
                            .with(csrf())
                            .with(as("cdo@musterstadt.example"))
                            .param("name", "Zeitreise")
                            .param("expiresOn", date))
                    .andExpect(status().isBadRequest());
            mvc.perform(get("/audit").param("from", date).with(as("cdo@musterstadt.example")))
                    .andExpect(status().is4xxClientError());
        }
    }

    @Test
    void hugePageNumbersAnswerAnEmptyPageOr400() throws Exception {
        for (String page : List.of("2147483647", "1073741824")) {
            mvc.perform(get("/api/v1/departments").param("page", page).with(as("cdo@musterstadt.example")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty());
            mvc.perform(get("/api/v1/goals").param("page", page).with(as("cdo@musterstadt.example")))
                    .andExpect(status().isOk());
            mvc.perform(get("/municipal-group").param("page", page).with(as("cdo@musterstadt.example")))
                    .andExpect(status().isOk());
            mvc.perform(get("/users").param("page", page).with(as("cdo@musterstadt.example")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/api/v1/departments").param("page", "99999999999").with(as("cdo@musterstadt.example")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    @Test
    void aBulkChangeWithAnUnknownLevelOrDepartmentAnswers400AndChangesNothing() throws Exception {
        String id = UUID.randomUUID().toString();
        mvc.perform(post("/services/bulk")
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .param("ids", id)
                        .param("maturityLevel", "99"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/services/bulk")
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .param("ids", id)
                        .param("departmentId", UUID.randomUUID().toString()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aReturnPathWithLineBreaksOrAnotherHostReturnsToTheListItself() throws Exception {
        for (String back :
                List.of("?q=a\r\nSet-Cookie: x=1", "?q=//evil.example", "//evil.example", "https://evil.example")) {
            mvc.perform(post("/services/bulk")
                            .with(csrf())
                            .with(as("cdo@beispielhausen.example"))
                            .param("back", back))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", "/services"));
        }
        mvc.perform(post("/services/bulk")
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .param("back", "?q=Wohngeld&page=2"))
                .andExpect(header().string("Location", "/services?q=Wohngeld&page=2"));
    }

    @Test
    void aSpreadsheetWithADateOutsideTheYearsOrNulIsRejectedWithTheRowAndColumn() throws Exception {
        String title = "Tabellenzeitreise " + UUID.randomUUID();
        byte[] file = Spreadsheets.xlsx(
                List.of("Titel", "Geplanter Beginn", "Geplantes Ende"),
                List.of(
                        Spreadsheets.row(title + " 1", LocalDate.of(1850, 1, 1), null),
                        Spreadsheets.row(title + " 2", null, "31.12.2201"),
                        // how an XLSX file carries NUL (XML cannot hold it); reading the file decodes it
                        Spreadsheets.row(title + " _x0000_ 3", null, null)));

        JsonNode problem =
                new ImportCalls(mvc, users, "/api/v1/projects/import").rejected(file, "cdo@musterstadt.example");

        assertThat(ImportCalls.errors(problem))
                .extracting(error -> error.toList().subList(0, 2))
                .contains(List.of(2, "Geplanter Beginn"), List.of(3, "Geplantes Ende"), List.of(4, "Titel"));
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> jdbc.sql("select count(*) from project where title like :title")
                                .param("title", title + "%")
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
