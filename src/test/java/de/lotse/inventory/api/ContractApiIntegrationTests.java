package de.lotse.inventory.api;

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

import de.lotse.LotseIntegrationTest;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.Applications;
import de.lotse.tenancy.TenantFixture;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class ContractApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    private String contracts;

    private String name;

    @BeforeEach
    void anApplication() {
        name = "Vertragsprobe " + UUID.randomUUID();
        var created = tenants.as(tenants.musterstadt(), () -> applications.create(ApplicationData.named(name)));
        contracts = "/api/v1/applications/" + created.id() + "/contracts";
    }

    private static String body(String extra) {
        return """
                {"contractor": "Probe GmbH", "startsOn": "2024-01-01", "endsOn": "2099-12-31",
                 "noticePeriodMonths": 3, "autoRenewal": true, "renewalTermMonths": 12,
                 "licenceCosts": 1200.50, "maintenanceCosts": 300, "hostingCosts": 0, "supportCosts": 99.5,
                 "costCentre": "1110.1002", "notifyEmail": "vertraege@musterstadt.example"%s}
                """
                .formatted(extra);
    }

    @Test
    void createsReadsChangesAndDeletesAContract() throws Exception {
        var created = mvc.perform(write(post(contracts)).content(body("")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern(".*" + contracts + "/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.contractor").value("Probe GmbH"))
                .andExpect(jsonPath("$.licenceCosts").value(1200.50))
                .andExpect(jsonPath("$.annualCosts").value(1600.00))
                .andExpect(jsonPath("$.noticeDeadline").value("2099-09-30"))
                .andExpect(jsonPath("$.termEnd").value("2099-12-31"))
                .andReturn();
        String path = path(created.getResponse().getHeader("Location"));

        mvc.perform(get(path).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.notifyEmail").value("vertraege@musterstadt.example"))
                .andExpect(jsonPath("$.renewalTermMonths").value(12));
        mvc.perform(get(contracts).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].costCentre").value("1110.1002"));

        // a contract that ended renews itself: the deadline is for the coming term end
        String past = body("").replace("\"2099-12-31\"", "\"2020-12-31\"").replace("2024-01-01", "2019-01-01");
        int thisYear = LocalDate.now().getYear();
        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content(past))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.termEnd", matchesPattern("(" + thisYear + "|" + (thisYear + 1) + ")-12-31")))
                .andExpect(jsonPath("$.noticeDeadline", matchesPattern("\\d{4}-09-30")));

        mvc.perform(write(delete(path)).header("If-Match", "\"0\"")).andExpect(status().isConflict());
        mvc.perform(write(delete(path))).andExpect(status().isPreconditionRequired());
        mvc.perform(write(delete(path)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        mvc.perform(get(path).with(as("rat@musterstadt.example"))).andExpect(status().isNotFound());

        UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                "select revtype from application_contract_aud where id = :id order by rev")
                        .param("id", id)
                        .query(Integer.class)
                        .list()))
                .containsExactly(0, 1, 2);
    }

    @Test
    void aStaleIfMatchAnswers409WithTheCurrentContractAndAMissingOne428() throws Exception {
        String path = path(mvc.perform(write(post(contracts)).content(body("")))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location"));
        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content(body("").replace("Probe GmbH", "Neu AG")))
                .andExpect(status().isOk());

        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content(body("").replace("Probe GmbH", "Alt KG")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.current.contractor").value("Neu AG"));
        mvc.perform(write(put(path)).content(body(""))).andExpect(status().isPreconditionRequired());
        mvc.perform(get(path).with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.contractor").value("Neu AG"));
    }

    @Test
    void wrongValuesAnswer400NamingTheField() throws Exception {
        expectInvalid(body("").replace("Probe GmbH", " "), "contractor");
        expectInvalid(body("").replace("\"startsOn\": \"2024-01-01\",", ""), "startsOn");
        expectInvalid(body("").replace("\"licenceCosts\": 1200.50", "\"licenceCosts\": -1"), "licenceCosts");
        expectInvalid(body("").replace("\"supportCosts\": 99.5", "\"supportCosts\": 1.234"), "supportCosts");
        expectInvalid(
                body("").replace("\"noticePeriodMonths\": 3", "\"noticePeriodMonths\": -1"), "noticePeriodMonths");
        expectInvalid(body("").replace("vertraege@musterstadt.example", "keine Adresse"), "notifyEmail");
        expectInvalid(body("").replace("\"2099-12-31\"", "\"2023-12-31\""), "endsOn");
        expectInvalid(
                body("").replace("\"renewalTermMonths\": 12", "\"renewalTermMonths\": null"), "renewalTermMonths");
        expectInvalid(body("").replace("\"2099-12-31\"", "null"), "endsOn");
        mvc.perform(write(get(contracts)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
    }

    @Test
    void onlyAdministratorsAndEditorsChangeContractsAndOtherMunicipalitiesSeeNone() throws Exception {
        for (String email : new String[] {"lotse@musterstadt.example", "rat@musterstadt.example"}) {
            mvc.perform(post(contracts)
                            .with(csrf())
                            .with(as(email))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body("")))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(contracts)
                        .with(csrf())
                        .with(as("redaktion@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("")))
                .andExpect(status().isCreated());
        mvc.perform(get(contracts).with(as("cdo@beispielhausen.example"))).andExpect(status().isNotFound());
    }

    @Test
    void theApplicationListFiltersByContractNoticeWithinMonths() throws Exception {
        String application = contracts.substring("/api/v1/applications/".length(), contracts.lastIndexOf('/'));
        LocalDate ends =
                LocalDate.now().plusMonths(5).withDayOfMonth(1).plusMonths(1).minusDays(1);
        mvc.perform(write(post(contracts)).content(body("").replace("\"2099-12-31\"", "\"" + ends + "\"")))
                .andExpect(status().isCreated());
        // the deadline is at the end of the month two months from now
        mvc.perform(get("/api/v1/applications?noticeWithinMonths=3&q=" + name).with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items[*].id", hasItem(application)));
        mvc.perform(get("/api/v1/applications?noticeWithinMonths=1&q=" + name).with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items[*].id", org.hamcrest.Matchers.not(hasItem(application))));
    }

    @Test
    void theOpenApiDocumentDescribesTheContracts() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{applicationId}/contracts'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/applications/{applicationId}/contracts/{contractId}'].put")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.ContractResponse.properties.noticeDeadline.readOnly")
                        .value(true));
    }

    private void expectInvalid(String json, String field) throws Exception {
        mvc.perform(write(post(contracts)).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
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
