package de.lotse.portfolio.api;

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
import de.lotse.TestClock;
import de.lotse.portfolio.GoalFixture;
import de.lotse.strategy.GoalId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class ProjectApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    GoalFixture goals;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void createsAProjectServingAGoalMovesItThroughThePhasesAndReportsItsStatus() throws Exception {
        GoalId goal = goals.musterstadtGoal("Verwaltung ist digital erreichbar");
        String title = "E-Akte-Einführung " + UUID.randomUUID();
        MvcResult created = mvc.perform(write(post("/api/v1/projects"))
                        .content(
                                """
                                {"title": "%s", "summary": "Die elektronische Akte für alle Ämter",
                                 "mode": "LINE", "goalIds": ["%s"], "plannedStart": "2026-01-01",
                                 "plannedEnd": "2027-06-30", "lead": "Jonas Becker", "reportingCadence": "MONTHLY"}
                                """
                                        .formatted(title, goal)))
                .andExpect(status().isCreated())
                .andExpect(header().string(
                                "Location", org.hamcrest.Matchers.matchesPattern(".*/api/v1/projects/[0-9a-f-]{36}")))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.phase").value("IDEA"))
                .andExpect(jsonPath("$.mode").value("LINE"))
                .andExpect(jsonPath("$.goalIds[0]").value(goal.toString()))
                .andExpect(jsonPath("$.plannedStart").value("2026-01-01"))
                .andExpect(jsonPath("$.plannedEnd").value("2027-06-30"))
                .andReturn();
        String path = path(created);

        long version = Long.parseLong(created.getResponse().getHeader("ETag").replace("\"", ""));
        mvc.perform(get(path).with(as("rat@musterstadt.example")))
                .andExpect(header().string("ETag", "\"" + version + "\""))
                .andExpect(jsonPath("$.version").value(version));
        for (String phase : new String[] {"CONCEPT", "FUNDING", "PROCUREMENT", "IMPLEMENTATION"}) {
            mvc.perform(write(post(path + "/phase"))
                            .header("If-Match", "\"" + version + "\"")
                            .content("{\"phase\": \"" + phase + "\", \"note\": \"weiter nach " + phase + "\"}"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.phase").value(phase))
                    .andExpect(header().string("ETag", "\"" + (version + 1) + "\""));
            version++;
        }
        // a phase change through PUT works too
        mvc.perform(write(put(path))
                        .header("If-Match", "\"" + version + "\"")
                        .content(
                                """
                                {"title": "%s", "summary": "Die elektronische Akte für alle Ämter", "phase": "ROLLOUT",
                                 "mode": "LINE", "goalIds": ["%s"], "plannedStart": "2026-01-01",
                                 "plannedEnd": "2027-06-30"}
                                """
                                        .formatted(title, goal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("ROLLOUT"))
                .andExpect(jsonPath("$.leftIdeaOn").value(LocalDate.now(clock).toString()));

        mvc.perform(get(path + "/phase-history").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(6))
                .andExpect(jsonPath("$[0].to").value("ROLLOUT"))
                .andExpect(jsonPath("$[0].from").value("IMPLEMENTATION"))
                .andExpect(jsonPath("$[0].changedBy").value("Dana Albers"))
                .andExpect(jsonPath("$[4].note").value("weiter nach CONCEPT"))
                .andExpect(jsonPath("$[5].to").value("IDEA"));

        String today = LocalDate.now(clock).toString();
        mvc.perform(write(post(path + "/status-reports"))
                        .content(
                                """
                                {"reportDate": "%s", "overall": "YELLOW", "scope": "GREEN", "schedule": "YELLOW",
                                 "budget": "GREEN", "summary": "Pilotamt arbeitet mit der E-Akte",
                                 "decisionsNeeded": "Freigabe der zweiten Welle"}
                                """
                                        .formatted(today)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.overall").value("YELLOW"));

        mvc.perform(get(path).with(as("lotse@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("YELLOW"))
                .andExpect(jsonPath("$.statusReportDate").value(today))
                .andExpect(jsonPath("$.reportOverdue").value(false))
                .andExpect(jsonPath("$.reportDue")
                        .value(LocalDate.now(clock).plusMonths(1).toString()));
        mvc.perform(get(path + "/status-reports").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$[0].summary").value("Pilotamt arbeitet mit der E-Akte"));

        mvc.perform(get("/api/v1/projects").param("goal", goal.toString()).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].title").value(title))
                .andExpect(jsonPath("$.items[0].status").value("YELLOW"))
                .andExpect(jsonPath("$.items[0].goalIds[0]").value(goal.toString()));
        mvc.perform(get("/api/v1/projects")
                        .param("phase", "ROLLOUT")
                        .param("status", "YELLOW")
                        .param("q", title.substring(0, 20))
                        .param("size", "200")
                        .with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items[*].title", hasItem(title)));
        mvc.perform(get("/api/v1/projects")
                        .param("phase", "IDEA")
                        .param("size", "200")
                        .with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.items[*].title", not(hasItem(title))));

        // the report falls due a month later: then it is overdue, in the record and in the filter
        clock.advance(Duration.ofDays(40));
        mvc.perform(get(path).with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.reportOverdue").value(true));
        mvc.perform(get("/api/v1/projects")
                        .param("overdue", "true")
                        .param("goal", goal.toString())
                        .with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$.totalItems").value(1));

        mvc.perform(get("/audit/project/" + path.substring(path.lastIndexOf('/') + 1))
                        .with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Umsetzung"),
                                org.hamcrest.Matchers.containsString("Einführung und Qualifizierung"),
                                // its status report
                                org.hamcrest.Matchers.containsString("Statusbericht"),
                                org.hamcrest.Matchers.containsString("Pilotamt arbeitet mit der E-Akte"),
                                // the goal it serves, by its title at the time
                                org.hamcrest.Matchers.containsString("Ziele"),
                                org.hamcrest.Matchers.containsString("Verwaltung ist digital erreichbar"))));
    }

    @Test
    void leavingTheIdeaPhaseWithoutAGoalAnswers400NamingTheField() throws Exception {
        String path = create("{\"title\": \"Ohne Ziel\"}");
        mvc.perform(write(post(path + "/phase")).header("If-Match", "\"0\"").content("{\"phase\": \"CONCEPT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("goalIds"));
        mvc.perform(write(post("/api/v1/projects"))
                        .content("{\"title\": \"Gleich im Konzept\", \"phase\": \"CONCEPT\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("goalIds"));
        mvc.perform(get(path).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.phase").value("IDEA"));
    }

    @Test
    void anEndBeforeTheStartAnswers400NamingTheField() throws Exception {
        mvc.perform(
                        write(post("/api/v1/projects"))
                                .content(
                                        """
                                {"title": "Rückwärts", "plannedStart": "2026-05-01", "plannedEnd": "2026-04-30"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("plannedEnd"));
    }

    @Test
    void aDependencyCycleAnswers400NamingTheField() throws Exception {
        String first = create("{\"title\": \"Netz\"}");
        String second = create("{\"title\": \"Dienste\", \"dependsOnIds\": [\"%s\"]}".formatted(id(first)));
        String third = create("{\"title\": \"Portal\", \"dependsOnIds\": [\"%s\"]}".formatted(id(second)));
        mvc.perform(write(put(first))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Netz\", \"dependsOnIds\": [\"%s\"]}".formatted(id(third))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dependsOnIds"));
        mvc.perform(write(put(first))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Netz\", \"dependsOnIds\": [\"%s\"]}".formatted(id(first))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dependsOnIds"));
        mvc.perform(get(first).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.dependsOnIds.length()").value(0));
        // the dependency shows in the history of the project that depends
        mvc.perform(get("/audit/project/" + id(third)).with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("Hängt ab von"),
                                org.hamcrest.Matchers.containsString("Dienste"))));
    }

    @Test
    void aStaleIfMatchAnswers409WithTheCurrentRecordAndAMissingOne428() throws Exception {
        String path = create("{\"title\": \"Konflikt\"}");
        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content("{\"title\": \"Konflikt, erste\"}"))
                .andExpect(status().isOk());
        mvc.perform(write(put(path)).header("If-Match", "\"0\"").content("{\"title\": \"Konflikt, zweite\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(1))
                .andExpect(jsonPath("$.current.title").value("Konflikt, erste"));
        mvc.perform(write(put(path)).content("{\"title\": \"Ohne ETag\"}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(write(post(path + "/phase")).content("{\"phase\": \"STOPPED\"}"))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void milestonesAndRisksAreKeptPerProject() throws Exception {
        String path = create("{\"title\": \"Mit Meilensteinen\"}");
        MvcResult milestone = mvc.perform(write(post(path + "/milestones"))
                        .content("{\"title\": \"Zuschlag erteilt\", \"due\": \"2026-09-30\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.done").value(false))
                .andReturn();
        String milestonePath = path(milestone);
        mvc.perform(write(put(milestonePath))
                        .header("If-Match", "\"0\"")
                        .content("{\"title\": \"Zuschlag erteilt\", \"due\": \"2026-09-30\", \"done\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.done").value(true));
        mvc.perform(
                        write(post(path + "/risks"))
                                .content(
                                        """
                                {"title": "Lieferverzug", "probability": "MEDIUM", "impact": "HIGH",
                                 "mitigation": "Zweiten Anbieter anfragen", "owner": "Vergabestelle"}
                                """))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.open").value(true));
        mvc.perform(write(post(path + "/risks")).content("{\"title\": \"\", \"impact\": \"HIGH\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("probability")));
        mvc.perform(get(path + "/risks").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$[0].owner").value("Vergabestelle"));
        mvc.perform(get(path + "/milestones").with(as("rat@musterstadt.example")))
                .andExpect(jsonPath("$[0].title").value("Zuschlag erteilt"));
        mvc.perform(write(delete(milestonePath)).header("If-Match", "\"1\"")).andExpect(status().isNoContent());
        mvc.perform(get(milestonePath).with(as("rat@musterstadt.example"))).andExpect(status().isNotFound());
    }

    @Test
    void aStatusReportCannotDescribeTheFuture() throws Exception {
        String path = create("{\"title\": \"Hellseher\"}");
        mvc.perform(write(post(path + "/status-reports"))
                        .content("{\"reportDate\": \"%s\", \"overall\": \"GREEN\"}"
                                .formatted(LocalDate.now(clock).plusDays(3))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reportDate"));
    }

    @Test
    void readersMayNotChangeProjects() throws Exception {
        mvc.perform(post("/api/v1/projects")
                        .with(as("lotse@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"Verboten\"}"))
                .andExpect(status().isForbidden());
    }

    private String create(String body) throws Exception {
        return path(mvc.perform(write(post("/api/v1/projects")).content(body))
                .andExpect(status().isCreated())
                .andReturn());
    }

    private static String path(MvcResult result) {
        String location = result.getResponse().getHeader("Location");
        return location.substring(location.indexOf("/api/"));
    }

    private static String id(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request) {
        return request.with(as("cdo@musterstadt.example")).with(csrf()).contentType(MediaType.APPLICATION_JSON);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
