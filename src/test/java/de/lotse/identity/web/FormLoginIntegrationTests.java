package de.lotse.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@LotseIntegrationTest
class FormLoginIntegrationTests {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
        "cdo@musterstadt.example, ADMIN",
        "redaktion@musterstadt.example, EDITOR",
        "lotse@musterstadt.example, PILOT",
        "rat@musterstadt.example, VIEWER",
        "CDO@Musterstadt.example, ADMIN"
    })
    void everyDemoUserLogsInWithTheirRole(String email, String role) throws Exception {
        mvc.perform(formLogin("/login").user(email).password("demo"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withRoles(role));
    }

    @Test
    void aWrongPasswordReturnsToTheLoginWithAnError() throws Exception {
        mvc.perform(formLogin("/login").user("cdo@musterstadt.example").password("falsch"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(formLogin("/login").user("niemand@musterstadt.example").password("demo"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void aLoginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "cdo@musterstadt.example").param("password", "demo"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }
}
