package de.lotse.servicecatalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.TenantFixture;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The status list's bulk change: a municipality drops services it does not provide and adds them back. */
@LotseIntegrationTest
class ServiceStatusPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMunicipalityDropsAndAddsServicesAtOnce() throws Exception {
        List<UUID> two = tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                        "select id from service_status where concerned order by service_id limit 2")
                .query(UUID.class)
                .list());
        bulk(two, "false");
        assertThat(concerned(two)).containsOnly(false);
        bulk(two, "true");
        assertThat(concerned(two)).containsOnly(true);
    }

    private void bulk(List<UUID> ids, String concerned) throws Exception {
        mvc.perform(post("/services/bulk")
                        .with(user(users.loadUserByUsername("cdo@beispielhausen.example")))
                        .with(csrf())
                        .param("ids", ids.get(0).toString(), ids.get(1).toString())
                        .param("concerned", concerned))
                .andExpect(status().is3xxRedirection());
    }

    private List<Boolean> concerned(List<UUID> ids) {
        return tenants.as(
                tenants.beispielhausen(), () -> jdbc.sql("select concerned from service_status where id in (:ids)")
                        .param("ids", ids)
                        .query(Boolean.class)
                        .list());
    }
}
