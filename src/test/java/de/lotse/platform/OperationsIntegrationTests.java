package de.lotse.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@LotseIntegrationTest
class OperationsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void healthIsUpWithTheDatabaseInReadiness() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/liveness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metricsAreScrapedInPrometheusFormat() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername("betrieb@lotse.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }

    @Test
    void metricsAreTheOperatorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/prometheus").with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator").with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        // a municipality's administrator is refused before; the operator learns they do not exist
        mvc.perform(get("/actuator/env").with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").with(user(users.loadUserByUsername("betrieb@lotse.example"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void everyAnswerForbidsPowerfulBrowserFeaturesAndIsolatesItsWindow() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/me", "/actuator/health"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                    .andExpect(header().string("Permissions-Policy", containsString("microphone=()")))
                    .andExpect(header().string("Permissions-Policy", containsString("geolocation=()")))
                    .andExpect(header().string("Permissions-Policy", containsString("payment=()")))
                    .andExpect(header().string("Permissions-Policy", containsString("usb=()")))
                    .andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"));
        }
    }

    @Test
    void inProductionTheSessionCookieIsSecureAndHostBound() throws Exception {
        Properties production =
                PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));

        assertThat(production.getProperty("server.servlet.session.cookie.name")).startsWith("__Host-");
        assertThat(production.getProperty("server.servlet.session.cookie.secure"))
                .isEqualTo("true");
        assertThat(production.getProperty("server.servlet.session.cookie.path")).isEqualTo("/");
        assertThat(production.getProperty("server.servlet.session.cookie.domain"))
                .isNull();
    }

    @Test
    void openApiDocumentAndSwaggerUiAreForLoggedInPeople() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
        mvc.perform(get("/swagger-ui/index.html").with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(status().isOk());
    }
}
