package de.lotse.portfolio.qualification.api;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.identity.CurrentUser;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@LotseIntegrationTest
class QualificationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    PortfolioFixture portfolio;

    private String measures;

    @BeforeEach
    void createProject() {
        measures = "/api/v1/projects/" + portfolio.project(tenants.musterstadt(), "E-Akte " + UUID.randomUUID())
                + "/qualification-measures";
    }

    @Test
    void aPilotRecordsATrainingAndItsParticipants() throws Exception {
        String pilot = id("lotse@musterstadt.example");
        String body =
                """
                {"title": "Schulung E-Akte", "audience": "Bürgeramt", "heldOn": "2026-04-14",
                 "participantsPlanned": 12, "participantsActual": ACTUAL, "pilotId": "PILOT"}
                """
                        .replace("PILOT", pilot);
        String location = mvc.perform(
                        write(post(measures), "lotse@musterstadt.example").content(body.replace("ACTUAL", "null")))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.heldOn").value("2026-04-14"))
                .andExpect(jsonPath("$.pilotId").value(pilot))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String path = location.substring(location.indexOf("/api/"));

        mvc.perform(write(put(path), "lotse@musterstadt.example")
                        .header("If-Match", "\"0\"")
                        .content(body.replace("ACTUAL", "11")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.participantsActual").value(11));
        mvc.perform(write(put(path), "cdo@musterstadt.example")
                        .header("If-Match", "\"0\"")
                        .content(body.replace("ACTUAL", "9")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.participantsActual").value(11));
        mvc.perform(get(measures).with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(jsonPath("$.items[0].title").value("Schulung E-Akte"));
    }

    @Test
    void theResponsiblePersonMustBeAPilotAndCountsNotNegative() throws Exception {
        mvc.perform(write(post(measures), "cdo@musterstadt.example")
                        .content("{\"title\": \"Schulung\", \"heldOn\": \"2026-04-14\", \"pilotId\": \""
                                + id("cdo@musterstadt.example") + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("pilotId"));
        mvc.perform(write(post(measures), "cdo@musterstadt.example")
                        .content("{\"title\": \" \", \"participantsPlanned\": -1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("heldOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("participantsPlanned")));
    }

    @Test
    void aViewerOnlyReads() throws Exception {
        mvc.perform(write(post(measures), "rat@musterstadt.example")
                        .content("{\"title\": \"Schulung\", \"heldOn\": \"2026-04-14\"}"))
                .andExpect(status().isForbidden());
    }

    private String id(String email) {
        return ((CurrentUser) users.loadUserByUsername(email)).id().value().toString();
    }

    private MockHttpServletRequestBuilder write(MockHttpServletRequestBuilder request, String email) {
        return request.with(csrf()).with(user(users.loadUserByUsername(email))).contentType(MediaType.APPLICATION_JSON);
    }
}
