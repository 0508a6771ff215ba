package de.lotse.portfolio.qualification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.identity.CurrentUser;
import de.lotse.portfolio.PortfolioFixture;
import de.lotse.portfolio.ProjectId;
import de.lotse.tenancy.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class QualificationPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    PortfolioFixture portfolio;

    @Test
    void aPilotRecordsATrainingWithParticipantsThatEveryoneReads() throws Exception {
        ProjectId project = portfolio.project(tenants.musterstadt(), "E-Akte im Bürgeramt");
        String path = "/projects/" + project + "/qualification";
        String pilot = ((CurrentUser) users.loadUserByUsername("lotse@musterstadt.example"))
                .id()
                .value()
                .toString();

        assertThat(html(path + "/new", "lotse@musterstadt.example")).contains("Aylin Demir");
        String refused = mvc.perform(post(path)
                        .with(csrf())
                        .with(as("lotse@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("title=&heldOn=&participantsPlanned=-2&version=0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"title-error\"", "id=\"heldOn-error\"", "id=\"participantsPlanned-error\"");

        mvc.perform(post(path)
                        .with(csrf())
                        .with(as("lotse@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("title=Schulung+E-Akte&audience=Sachbearbeitung&heldOn=2026-04-14"
                                + "&participantsPlanned=15&participantsActual=12&pilotId=" + pilot + "&version=0"))
                .andExpect(redirectedUrl(path));

        String page = html(path, "rat@musterstadt.example");
        assertThat(page)
                .contains("Schulung E-Akte", "14.04.2026", "Aylin Demir", "12 von 15")
                .contains("href=\"/projects/" + project + "\"")
                .doesNotContain("Schulung hinzufügen");
        assertThat(html(path, "lotse@musterstadt.example")).contains("Schulung hinzufügen");
    }

    @Test
    void onlyAPilotCanBeResponsible() throws Exception {
        ProjectId project = portfolio.project(tenants.musterstadt(), "Digitale Personalakte");
        String editor = ((CurrentUser) users.loadUserByUsername("redaktion@musterstadt.example"))
                .id()
                .value()
                .toString();
        String refused = mvc.perform(post("/projects/" + project + "/qualification")
                        .with(csrf())
                        .with(as("cdo@musterstadt.example"))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("title=Schulung&heldOn=2026-04-14&pilotId=" + editor + "&version=0"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"pilotId-error\"", "keine digitale Lotsin");
    }

    private String html(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
