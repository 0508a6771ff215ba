package de.lotse.servicecatalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@LotseIntegrationTest
class CataloguePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void theBrowserShowsTheTreeAndFindsByOzgId() throws Exception {
        mvc.perform(get("/catalogue").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bauen &amp; Wohnen")))
                .andExpect(content().string(containsString("/catalogue/ozg/10513")));
        mvc.perform(get("/catalogue").param("q", "10513").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("99012001000000")));
        mvc.perform(get("/catalogue/ozg/10513").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Abbruchgenehmigung")));
        mvc.perform(get("/catalogue/ozg/99999").with(viewer())).andExpect(status().isNotFound());
    }

    @Test
    void theApiFindsByLeikaKeyAndPages() throws Exception {
        mvc.perform(get("/api/v1/catalogue/services")
                        .param("q", "99012001000000")
                        .with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Abbruchgenehmigung"))
                .andExpect(jsonPath("$.items[0].ozgId").value("10513"));
        mvc.perform(get("/api/v1/catalogue/services").param("ozgId", "10513").with(viewer()))
                .andExpect(jsonPath("$.items[*].key", hasItem("99012001000000")));
        mvc.perform(get("/api/v1/catalogue/services")
                        .param("size", "20")
                        .param("page", "3")
                        .with(viewer()))
                .andExpect(jsonPath("$.items.length()").value(20))
                .andExpect(jsonPath("$.totalItems").value(org.hamcrest.Matchers.greaterThan(5000)));
        mvc.perform(get("/api/v1/catalogue/services/99012001000000").with(viewer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.topic").value("Bauen & Wohnen"));
        mvc.perform(get("/api/v1/catalogue/services/00000000000000").with(viewer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/catalogue/services").param("q", "Wohngeld").with(viewer()))
                .andExpect(jsonPath("$.items[*].name", not(hasItem("Abbruchgenehmigung"))));
    }

    @Test
    void searchRunsAFixedNumberOfStatements() throws Exception {
        RequestPostProcessor viewer = viewer();
        var many = SqlStatements.during(
                () -> mvc.perform(get("/catalogue").param("q", "Genehmigung").with(viewer))
                        .andExpect(status().isOk()));
        var one = SqlStatements.during(
                () -> mvc.perform(get("/catalogue").param("q", "99012001000000").with(viewer))
                        .andExpect(status().isOk()));
        // the session check and the header's municipalities, then version, tree, count and page, each
        // transaction binding its connection
        Assertions.assertThat(many.count()).as("%s", many.statements()).isLessThanOrEqualTo(14);
        Assertions.assertThat(many.count()).isEqualTo(one.count());
    }

    @Test
    void anonymousVisitorsAndOperatorsCannotBrowse() throws Exception {
        mvc.perform(get("/api/v1/catalogue/services")).andExpect(status().isUnauthorized());
        mvc.perform(get("/catalogue")
                        .with(SecurityMockMvcRequestPostProcessors.user(
                                users.loadUserByUsername("betrieb@lotse.example"))))
                .andExpect(status().isForbidden());
    }

    private RequestPostProcessor viewer() {
        return user(users.loadUserByUsername("rat@musterstadt.example"));
    }
}
