package de.lotse.identity.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@LotseIntegrationTest
class MeApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anonymousRequestAnswers401WithAProblemDetail() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"));
    }

    @Test
    void tellsWhoActsForWhichMunicipality() throws Exception {
        mvc.perform(get("/api/v1/me").with(user(users.loadUserByUsername("lotse@musterstadt.example"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("lotse@musterstadt.example"))
                .andExpect(jsonPath("$.role").value("PILOT"))
                .andExpect(jsonPath("$.municipality.name").value("Musterstadt"))
                .andExpect(jsonPath("$.municipality.slug").value("musterstadt"));
    }

    @Test
    void apiResponsesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }
}
