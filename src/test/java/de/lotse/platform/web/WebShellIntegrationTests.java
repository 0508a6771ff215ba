package de.lotse.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@LotseIntegrationTest
class WebShellIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void anonymousVisitorOfAPageIsSentToTheLogin() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void startPageGreetsThePersonInTheirMunicipality() throws Exception {
        mvc.perform(get("/").with(user(users.loadUserByUsername("redaktion@musterstadt.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Guten Tag, Jonas Becker")))
                .andExpect(content().string(containsString("Musterstadt")))
                .andExpect(content().string(containsString("Redaktion")));
    }

    @Test
    void germanIsTheDefaultAndEnglishIsKeptInACookie() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<html lang=\"de\">")))
                .andExpect(content().string(containsString("Anmelden")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("<html lang=\"en\">")))
                .andExpect(content().string(containsString("Log in")))
                .andExpect(cookie().value("lotse-language", "en"));
    }

    @Test
    void anUnknownLanguageFallsBackToGerman() throws Exception {
        mvc.perform(get("/login").param("lang", "fr"))
                .andExpect(content().string(containsString("<html lang=\"de\">")));
    }

    @Test
    void loginPageExplainsTheDemoInDemoMode() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("Demo-Betrieb")))
                .andExpect(content().string(containsString("rat@musterstadt.example")));
    }

    @Test
    void footerLinksToImprintAndAccessibilityStatement() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(content().string(containsString("href=\"https://musterstadt.example/impressum\"")))
                .andExpect(content().string(containsString("href=\"https://musterstadt.example/barrierefreiheit\"")));
    }

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void htmxAndTheStylesAreServed() throws Exception {
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
        mvc.perform(get("/kern/kern.min.css")).andExpect(status().isOk());
        mvc.perform(get("/kern/fonts/fira-sans/FiraSans-Regular.woff2")).andExpect(status().isOk());
        mvc.perform(get("/css/lotse.css")).andExpect(status().isOk());
    }

    @Test
    void logoutNeedsTheCsrfTokenAndEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(csrf()).with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andExpect(redirectedUrl("/login?logout"));
    }
}
