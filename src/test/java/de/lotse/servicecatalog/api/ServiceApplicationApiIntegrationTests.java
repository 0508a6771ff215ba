package de.lotse.servicecatalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.TenantFixture;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The applications that support a service: named through the API and the pages, shown on both sides. */
@LotseIntegrationTest
class ServiceApplicationApiIntegrationTests {

    /** Parking ban zone for a removal: executed by municipalities (LeiKa type 5). */
    private static final String KEY = "99108011000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApplicationSupportsAServiceAndBothPagesShowIt() throws Exception {
        UUID application = firstApplication();
        String path = "/api/v1/service-status/" + KEY + "/applications/" + application;
        RequestPostProcessor cdo = as("cdo@musterstadt.example");
        mvc.perform(put(path).with(cdo).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(put(path).with(cdo).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/service-status/" + KEY + "/applications").with(cdo))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].applicationId").value(application.toString()));
        mvc.perform(get("/applications/" + application).with(cdo))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Onlinedienste und Leistungen, die diese Anwendung unterstützt")))
                .andExpect(content().string(containsString("/services/" + KEY)));
        mvc.perform(get("/services/" + KEY).with(cdo))
                .andExpect(content().string(containsString("/applications/" + application)));
        mvc.perform(get("/audit/application/" + application).with(cdo))
                .andExpect(content().string(containsString("Anwendung einer Leistung")));

        mvc.perform(put(path).with(as("rat@musterstadt.example")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(put(path).with(as("cdo@beispielhausen.example")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/services/" + KEY + "/applications")
                        .with(as("cdo@beispielhausen.example"))
                        .with(csrf())
                        .param("applicationId", application.toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/service-status/" + KEY + "/applications").with(as("cdo@beispielhausen.example")))
                .andExpect(jsonPath("$.length()").value(0));

        mvc.perform(post("/services/" + KEY + "/applications/" + application + "/delete")
                        .with(cdo)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(delete(path).with(cdo).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/service-status/" + KEY + "/applications").with(cdo))
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(tenants.as(tenants.musterstadt(), () -> jdbc.sql(
                                "select revtype from service_application_aud where application_id = :app order by rev")
                        .param("app", application)
                        .query(Integer.class)
                        .list()))
                .containsExactly(0, 2);
    }

    private UUID firstApplication() {
        return tenants.as(
                tenants.musterstadt(), () -> jdbc.sql("select id from application order by lower(name), id limit 1")
                        .query(UUID.class)
                        .single());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
