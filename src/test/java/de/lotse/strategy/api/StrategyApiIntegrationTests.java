package de.lotse.strategy.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.lotse.LotseIntegrationTest;
import de.lotse.identity.ApiTokens;
import de.lotse.identity.CurrentUser;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The strategy through the REST API with a personal token, as another system of the municipality uses it. */
@LotseIntegrationTest
class StrategyApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Autowired
    Clock clock;

    private String adminToken;

    @BeforeEach
    void token() {
        adminToken = token("cdo@musterstadt.example");
    }

    @Test
    void createsAFieldAGoalAnIndicatorAndValuesAndReadsThemBack() throws Exception {
        String field = created(
                post("/api/v1/fields"),
                """
                {"name": "Digitale Verwaltung %s", "description": "Leistungen online", "colour": "#1C4F8C"}
                """
                        .formatted(UUID.randomUUID()));
        String fieldId = id(field);
        mvc.perform(read(get(field)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.colour").value("#1c4f8c"))
                .andExpect(jsonPath("$.description").value("Leistungen online"));

        UUID hauptamt = tenants.as(tenants.musterstadt(), () -> departments.tree().entries().stream()
                .map(entry -> entry.department())
                .filter(department -> department.name().equals("Hauptamt"))
                .findFirst()
                .orElseThrow()
                .id()
                .value());
        String goal = created(
                post("/api/v1/goals"),
                """
                {"title": "Alle Leistungen online", "fieldId": "%s", "departmentId": "%s", "targetDate": "2028-12-31"}
                """
                        .formatted(fieldId, hauptamt));
        String goalId = id(goal);
        mvc.perform(read(get("/api/v1/goals").param("fieldId", fieldId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Alle Leistungen online"))
                .andExpect(jsonPath("$.items[0].departmentId").value(hauptamt.toString()))
                .andExpect(jsonPath("$.items[0].targetDate").value("2028-12-31"));

        String indicator = created(
                post(goal + "/indicators"),
                """
                {"name": "Online-Leistungen", "unit": "%", "direction": "HIGHER_IS_BETTER",
                 "baselineValue": 20, "baselineDate": "2024-01-01", "targetValue": 80, "targetDate": "2028-12-31"}
                """);
        LocalDate today = LocalDate.now(clock);
        created(
                post(indicator + "/values"),
                """
                {"measuredOn": "%s", "value": 35.5, "source": "OZG-Dashboard"}
                """
                        .formatted(today.minusMonths(6)));
        String latest = created(
                post(indicator + "/values"),
                """
                {"measuredOn": "%s", "value": 50}
                """.formatted(today));

        mvc.perform(read(get(indicator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.goalId").value(goalId))
                .andExpect(jsonPath("$.unit").value("%"))
                .andExpect(jsonPath("$.progress").value(50));
        mvc.perform(read(get(goal + "/indicators")))
                .andExpect(jsonPath("$.items[0].name").value("Online-Leistungen"))
                .andExpect(jsonPath("$.items[0].progress").value(50));
        mvc.perform(read(get(indicator + "/values")))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].value").value(35.5))
                .andExpect(jsonPath("$.items[0].source").value("OZG-Dashboard"))
                .andExpect(jsonPath("$.items[1].measuredOn").value(today.toString()));

        mvc.perform(withToken(delete(latest), adminToken)).andExpect(status().isNoContent());
        mvc.perform(read(get(indicator))).andExpect(jsonPath("$.progress").value(26));

        mvc.perform(withToken(put(goal), adminToken)
                        .header("If-Match", "\"0\"")
                        .content(
                                """
                        {"title": "Alle Leistungen digital", "fieldId": "%s"}
                        """
                                        .formatted(fieldId)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.departmentId").doesNotExist());

        mvc.perform(withToken(delete(field), adminToken))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Ziele")));
        mvc.perform(withToken(delete(goal), adminToken)).andExpect(status().isNoContent());
        mvc.perform(read(get(indicator))).andExpect(status().isNotFound());
        mvc.perform(withToken(delete(field), adminToken).header("If-Match", "\"0\""))
                .andExpect(status().isNoContent());
        mvc.perform(read(get(field))).andExpect(status().isNotFound());
    }

    @Test
    void rulesAnswer400NamingTheField() throws Exception {
        expectFieldError(post("/api/v1/fields"), "{\"name\": \" \", \"colour\": \"#1c4f8c\"}", "name");
        expectFieldError(post("/api/v1/fields"), "{\"name\": \"Bunt\", \"colour\": \"#ff0000\"}", "colour");
        String field = created(post("/api/v1/fields"), "{\"name\": \"Regeln\", \"colour\": \"#0b6466\"}");
        expectFieldError(post("/api/v1/goals"), "{\"title\": \"Ohne Feld\"}", "fieldId");
        expectFieldError(
                post("/api/v1/goals"),
                "{\"title\": \"Fremdes Feld\", \"fieldId\": \"" + UUID.randomUUID() + "\"}",
                "fieldId");
        expectFieldError(
                post("/api/v1/goals"),
                "{\"title\": \"Fremde Einheit\", \"fieldId\": \"" + id(field) + "\", \"departmentId\": \""
                        + UUID.randomUUID() + "\"}",
                "departmentId");
        String goal = created(post("/api/v1/goals"), "{\"title\": \"Regelziel\", \"fieldId\": \"" + id(field) + "\"}");

        expectFieldError(
                post(goal + "/indicators"),
                """
                {"name": "Rückwärts", "unit": "%", "direction": "HIGHER_IS_BETTER",
                 "baselineDate": "2026-01-01", "targetDate": "2025-01-01"}
                """,
                "targetDate");
        expectFieldError(
                post(goal + "/indicators"),
                """
                {"name": "Falsche Richtung", "unit": "t", "direction": "LOWER_IS_BETTER",
                 "baselineValue": 100, "targetValue": 120}
                """,
                "targetValue");
        expectFieldError(
                post(goal + "/indicators"),
                """
                {"name": "Zu genau", "unit": "%", "direction": "HIGHER_IS_BETTER", "baselineValue": 1.23456}
                """,
                "baselineValue");
        expectFieldError(
                post(goal + "/indicators"),
                """
                {"name": "Ohne Richtung", "unit": "%"}
                """,
                "direction");

        String indicator = created(
                post(goal + "/indicators"),
                """
                {"name": "CO₂", "unit": "t", "direction": "LOWER_IS_BETTER", "baselineValue": 100, "targetValue": 50}
                """);
        LocalDate today = LocalDate.now(clock);
        created(post(indicator + "/values"), "{\"measuredOn\": \"" + today + "\", \"value\": 90}");
        expectFieldError(
                post(indicator + "/values"), "{\"measuredOn\": \"" + today + "\", \"value\": 80}", "measuredOn");
        expectFieldError(
                post(indicator + "/values"),
                "{\"measuredOn\": \"" + today.plusDays(1) + "\", \"value\": 80}",
                "measuredOn");
        expectFieldError(
                post(indicator + "/values"),
                "{\"measuredOn\": \"" + today.minusDays(1) + "\", \"value\": 80.00001}",
                "value");
        mvc.perform(read(get(indicator))).andExpect(jsonPath("$.progress").value(20));
    }

    @Test
    void staleAndMissingIfMatchAnswer409And428() throws Exception {
        String field = created(post("/api/v1/fields"), "{\"name\": \"Konfliktfeld\", \"colour\": \"#2b6a2e\"}");
        String body = "{\"name\": \"Konfliktfeld, erste Änderung\", \"colour\": \"#2b6a2e\"}";
        mvc.perform(withToken(put(field), adminToken)
                        .header("If-Match", "\"0\"")
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(withToken(put(field), adminToken)
                        .header("If-Match", "\"0\"")
                        .content("{\"name\": \"Zweite\", \"colour\": \"#2b6a2e\"}"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.current.name").value("Konfliktfeld, erste Änderung"));
        mvc.perform(withToken(put(field), adminToken).content(body))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.status").value(428));

        String goal =
                created(post("/api/v1/goals"), "{\"title\": \"Konfliktziel\", \"fieldId\": \"" + id(field) + "\"}");
        mvc.perform(withToken(put(goal), adminToken)
                        .header("If-Match", "\"7\"")
                        .content("{\"title\": \"Zu spät\", \"fieldId\": \"" + id(field) + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.title").value("Konfliktziel"));
        String indicator = created(
                post(goal + "/indicators"),
                """
                {"name": "Konfliktzahl", "unit": "Stück", "direction": "HIGHER_IS_BETTER"}
                """);
        mvc.perform(
                        withToken(put(indicator), adminToken)
                                .content(
                                        """
                        {"name": "Ohne ETag", "unit": "Stück", "direction": "HIGHER_IS_BETTER"}
                        """))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void fieldsAreOrderedAndMoveByPosition() throws Exception {
        String first = created(post("/api/v1/fields"), "{\"name\": \"Reihe A\", \"colour\": \"#5b3a8e\"}");
        MvcResult result = mvc.perform(read(get(first))).andReturn();
        int position = JsonPath.read(result.getResponse().getContentAsString(), "$.position");
        String second = created(post("/api/v1/fields"), "{\"name\": \"Reihe B\", \"colour\": \"#5b3a8e\"}");
        mvc.perform(read(get(second))).andExpect(jsonPath("$.position").value(position + 1));

        mvc.perform(withToken(put(second), adminToken)
                        .header("If-Match", "\"0\"")
                        .content("{\"name\": \"Reihe B\", \"colour\": \"#5b3a8e\", \"position\": " + position + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(position));
        mvc.perform(read(get(first))).andExpect(jsonPath("$.position").value(position + 1));
    }

    @Test
    void theVisionIsWrittenOnceAndThenChangedWithIfMatch() throws Exception {
        MvcResult current = mvc.perform(read(get("/api/v1/vision")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.html").value(containsString("<p>")))
                .andReturn();
        String etag = current.getResponse().getHeader("ETag");
        String body =
                """
                {"text": "Musterstadt ist **digital**.\\n\\n<script>alert(1)</script> [Klick](javascript:alert(1))",
                 "published": true}
                """;
        mvc.perform(withToken(put("/api/v1/vision"), adminToken).content(body))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(withToken(put("/api/v1/vision"), adminToken)
                        .header("If-Match", etag)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.published").value(true))
                .andExpect(jsonPath("$.html").value(containsString("<strong>digital</strong>")))
                .andExpect(jsonPath("$.html").value(containsString("&lt;script&gt;")))
                .andExpect(jsonPath("$.html").value(not(containsString("<script"))))
                .andExpect(jsonPath("$.html").value(not(containsString("javascript:"))));
        mvc.perform(withToken(put("/api/v1/vision"), adminToken)
                        .header("If-Match", etag)
                        .content(body))
                .andExpect(status().isConflict());
        mvc.perform(withToken(put("/api/v1/vision"), adminToken)
                        .header("If-Match", "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"")
                        .content("{\"text\": \"\", \"published\": false}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("text")));
    }

    @Test
    void onlyAdministratorsWriteAndAnotherMunicipalitySeesNothing() throws Exception {
        String field = created(post("/api/v1/fields"), "{\"name\": \"Nur Musterstadt\", \"colour\": \"#3f4b5b\"}");
        for (String email :
                new String[] {"redaktion@musterstadt.example", "lotse@musterstadt.example", "rat@musterstadt.example"
                }) {
            String token = token(email);
            mvc.perform(withToken(get(field), token)).andExpect(status().isOk());
            mvc.perform(withToken(post("/api/v1/fields"), token)
                            .content("{\"name\": \"Unerlaubt\", \"colour\": \"#3f4b5b\"}"))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.status").value(403));
            mvc.perform(withToken(put("/api/v1/vision"), token)
                            .header("If-Match", "\"0\"")
                            .content("{\"text\": \"Unerlaubt\", \"published\": false}"))
                    .andExpect(status().isForbidden());
        }
        String beispielhausen = token("cdo@beispielhausen.example");
        mvc.perform(withToken(get(field), beispielhausen)).andExpect(status().isNotFound());
        mvc.perform(withToken(get("/api/v1/fields").param("size", "200"), beispielhausen))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("Nur Musterstadt"))));
        mvc.perform(withToken(get("/api/v1/goals").param("fieldId", id(field)), beispielhausen))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    private void expectFieldError(MockHttpServletRequestBuilder request, String body, String field) throws Exception {
        mvc.perform(withToken(request, adminToken).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private String created(MockHttpServletRequestBuilder request, String body) throws Exception {
        MvcResult result = mvc.perform(withToken(request, adminToken).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/.*/[0-9a-f-]{36}")))
                .andReturn();
        String location = result.getResponse().getHeader("Location");
        return location.substring(location.indexOf("/api/"));
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private MockHttpServletRequestBuilder read(MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername("rat@musterstadt.example")));
    }

    private static MockHttpServletRequestBuilder withToken(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    private String token(String email) {
        CurrentUser person = (CurrentUser) users.loadUserByUsername(email);
        return tokens.create(person, "Strategie " + UUID.randomUUID(), null).secret();
    }
}
