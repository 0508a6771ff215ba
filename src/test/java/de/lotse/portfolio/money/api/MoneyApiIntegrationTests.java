package de.lotse.portfolio.money.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
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

import com.jayway.jsonpath.JsonPath;
import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.portfolio.ProjectId;
import de.lotse.tenancy.TenantFixture;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class MoneyApiIntegrationTests {

    private static final String LINE =
            """
            {"fiscalYear": 2026, "costType": "INVESTIVE", "planned": 120000.50, "approved": 100000,
             "spent": 25000.25, "costCentre": "1.11.01 / 0812000", "note": "Server und Lizenzen"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    PortfolioFixture portfolio;

    @LocalServerPort
    int port;

    private String lines;
    private String applications;

    @BeforeEach
    void createProject() {
        ProjectId project = portfolio.project(tenants.musterstadt(), "Digitales Bürgeramt " + UUID.randomUUID());
        lines = "/api/v1/projects/" + project + "/budget-lines";
        applications = "/api/v1/projects/" + project + "/funding-applications";
    }

    @Test
    void createsReadsChangesAndDeletesABudgetLine() throws Exception {
        var created = mvc.perform(write(post(lines)).content(LINE))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*" + lines + "/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.fiscalYear").value(2026))
                .andExpect(jsonPath("$.costType").value("INVESTIVE"))
                .andExpect(jsonPath("$.planned").value(120000.50))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String path = path(created.getResponse().getHeader("Location"));

        mvc.perform(get(path).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.spent").value(25000.25))
                .andExpect(jsonPath("$.costCentre").value("1.11.01 / 0812000"));
        mvc.perform(get(lines).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.totalItems").value(1));

        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content(LINE.replace("25000.25", "30000")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.spent").value(30000));

        mvc.perform(write(delete(path)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        mvc.perform(get(path).with(as("cdo@musterstadt.example"))).andExpect(status().isNotFound());
    }

    @Test
    void aProjectWithMoneyIsNotDeleted() throws Exception {
        mvc.perform(write(post(lines)).content(LINE)).andExpect(status().isCreated());
        String project = lines.substring(0, lines.indexOf("/budget-lines"));

        mvc.perform(write(delete(project))).andExpect(status().isConflict());
        mvc.perform(get(lines).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void aStaleIfMatchAnswers409WithTheCurrentLineAndAMissingOne428() throws Exception {
        String path = path(mvc.perform(write(post(lines)).content(LINE))
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content(LINE.replace("25000.25", "1")))
                .andExpect(status().isOk());

        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content(LINE.replace("25000.25", "2")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.current.spent").value(1));
        mvc.perform(write(put(path)).content(LINE)).andExpect(status().isPreconditionRequired());
        mvc.perform(get(path).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.spent").value(1));
    }

    @Test
    void badAmountsAnswer400NamingTheField() throws Exception {
        mvc.perform(write(post(lines)).content(LINE.replace("120000.50", "-1")))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("planned")));
        mvc.perform(write(post(lines)).content(LINE.replace("100000", "100000.123")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("approved")));
        mvc.perform(write(post(lines)).content(LINE.replace("\"INVESTIVE\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("costType")));
        mvc.perform(write(post(lines)).content(LINE)).andExpect(status().isCreated());
        mvc.perform(write(post(lines)).content(LINE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        mvc.perform(
                        write(post(applications))
                                .content(
                                        """
                        {"programme": "EFRE", "fundingBody": "EU", "status": "PLANNED", "requestedAmount": -5}
                        """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("requestedAmount")));
    }

    @Test
    void createsReadsAndChangesAFundingApplicationWithItsRules() throws Exception {
        String planned =
                """
                {"programme": "Modellprojekte Smart Cities", "fundingBody": "FEDERAL", "status": "PLANNED",
                 "callDeadline": "2026-03-31", "requestedAmount": 250000, "ownShare": 27777.78}
                """;
        var created = mvc.perform(write(post(applications)).content(planned))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.programme").value("Modellprojekte Smart Cities"))
                .andExpect(jsonPath("$.fundingBody").value("FEDERAL"))
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.callDeadline").value("2026-03-31"))
                .andExpect(jsonPath("$.requestedAmount").value(250000))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn();
        String path = path(created.getResponse().getHeader("Location"));

        String granted =
                """
                {"programme": "Modellprojekte Smart Cities", "fundingBody": "FEDERAL", "status": "GRANTED",
                 "callDeadline": "2026-03-31", "submittedOn": "2026-03-20", "requestedAmount": 250000,
                 "decisionDate": "2026-06-15", "grantedAmount": @G, "receivedAmount": @R,
                 "proofOfUseDue": "2027-06-30"@C}
                """;
        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content(granted.replace("@G", "260000")
                                .replace("@R", "0")
                                .replace("@C", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grantedAmount"));
        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content(granted.replace("@G", "200000")
                                .replace("@R", "200000.01")
                                .replace("@C", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("receivedAmount"));
        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content(granted.replace("\"decisionDate\": \"2026-06-15\",", "")
                                .replace("@G", "200000")
                                .replace("@R", "0")
                                .replace("@C", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionDate"));
        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content(granted.replace("2026-03-20", "2026-07-01")
                                .replace("@G", "200000")
                                .replace("@R", "0")
                                .replace("@C", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("submittedOn"));

        mvc.perform(write(put(path))
                        .header("If-Match", "\"0\"")
                        .content(granted.replace("@G", "260000")
                                .replace("@R", "100000")
                                .replace("@C", ", \"grantAboveRequestConfirmed\": true")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("GRANTED"))
                .andExpect(jsonPath("$.grantedAmount").value(260000))
                .andExpect(jsonPath("$.decisionDate").value("2026-06-15"));

        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content(planned))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.status").value("GRANTED"));
        mvc.perform(get(applications).with(as("lotse@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].receivedAmount").value(100000));
    }

    @Test
    void onlyAdministratorsAndEditorsChangeMoney() throws Exception {
        for (String email : new String[] {"lotse@musterstadt.example", "rat@musterstadt.example"}) {
            mvc.perform(post(lines)
                            .with(csrf())
                            .with(as(email))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(LINE))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(lines)
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LINE))
                .andExpect(status().isCreated());
    }

    @Test
    void beispielhausensTokenGets404ForMusterstadtsBudgetLines() throws Exception {
        String path = path(mvc.perform(write(post(lines)).content(LINE))
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        String beispielhausen = newToken("cdo@beispielhausen.example");
        assertThat(HttpSession.withToken(port, "GET", lines, beispielhausen, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(HttpSession.withToken(port, "GET", path, beispielhausen, null)
                        .statusCode())
                .isEqualTo(404);
        assertThat(HttpSession.withToken(port, "POST", lines, beispielhausen, LINE)
                        .statusCode())
                .isEqualTo(404);
        String musterstadt = newToken("rat@musterstadt.example");
        HttpResponse<String> read = HttpSession.withToken(port, "GET", lines, musterstadt, null);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(read.body(), "$.totalItems")).isEqualTo(1);
    }

    private String newToken(String email) {
        HttpResponse<String> created = HttpSession.loggedIn(port, email, "demo")
                .postJsonWithCsrf("/api/v1/me/tokens", "{\"name\": \"Haushalt\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JsonPath.read(created.body(), "$.token");
    }

    private static String path(String location) {
        return location.substring(location.indexOf("/api/"));
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(as("cdo@musterstadt.example")).contentType(MediaType.APPLICATION_JSON);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
