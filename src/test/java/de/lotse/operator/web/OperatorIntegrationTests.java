package de.lotse.operator.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.MunicipalityRepository;
import de.lotse.tenancy.TenantFixture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@LotseIntegrationTest
class OperatorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    TenantFixture tenants;

    @Autowired
    de.lotse.tenancy.Departments departments;

    @LocalServerPort
    int port;

    @Test
    void operatorLogsInToTheConsoleAndSeesEveryMunicipalityWithItsUse() throws Exception {
        HttpSession.loggedIn(port, "rat@musterstadt.example", "demo");
        HttpSession session = HttpSession.loggedIn(port, "betrieb@lotse.example", "demo");
        var start = session.get("/");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/operator"));
        var console = session.get("/operator?q=muster");
        assertThat(console.statusCode()).isEqualTo(200);
        assertThat(console.body())
                .contains("Musterstadt", "musterstadt")
                .doesNotContain("Beispielhausen")
                .doesNotContain("noch nie");
    }

    @Test
    void operatorRegistersStuttgartFromTheDirectoryWithItsFirstAdministrator() throws Exception {
        mvc.perform(get("/operator/municipalities/new").param("q", "Stuttgart").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("08111000")));
        mvc.perform(get("/operator/municipalities/new").param("ags", "08111000").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("081110000000")))
                .andExpect(content().string(containsString("value=\"stuttgart\"")));

        String slug = "stuttgart-" + System.nanoTime();
        String admin = "cdo-" + System.nanoTime() + "@stuttgart.example";
        MvcResult created = mvc.perform(post("/operator/municipalities")
                        .with(operator())
                        .with(csrf())
                        .param("ags", "08111000")
                        .param("name", "Stuttgart")
                        .param("slug", slug)
                        .param("adminName", "Erika Mustermann")
                        .param("adminEmail", admin))
                .andExpect(redirectedUrlPattern("/operator/municipalities/*"))
                .andExpect(flash().attributeExists("oneTimePassword"))
                .andReturn();
        String password = (String) created.getFlashMap().get("oneTimePassword");

        var stuttgart = municipalities.findBySlug(slug).orElseThrow();
        assertThat(stuttgart.ags()).isEqualTo("08111000");
        assertThat(stuttgart.ars()).isEqualTo("081110000000");
        assertThat(stuttgart.land()).isEqualTo("Baden-Württemberg");
        assertThat(stuttgart.population()).isGreaterThan(600_000);

        UserDetails firstAdmin = users.loadUserByUsername(admin);
        assertThat(firstAdmin.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_ADMIN");
        assertThat(HttpSession.anonymous(port).logIn(admin, password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

        // the same municipality cannot be registered twice
        mvc.perform(post("/operator/municipalities")
                        .with(operator())
                        .with(csrf())
                        .param("ags", "08111000")
                        .param("name", "Stuttgart")
                        .param("slug", slug + "-2")
                        .param("adminName", "Zweite")
                        .param("adminEmail", "zweite-" + admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("schon angelegt")));
    }

    @Test
    void invalidSlugsAreRefusedNextToTheField() throws Exception {
        mvc.perform(post("/operator/municipalities")
                        .with(operator())
                        .with(csrf())
                        .param("ags", "09162000")
                        .param("name", "München")
                        .param("slug", "München Stadt")
                        .param("adminName", "Test")
                        .param("adminEmail", "test@muenchen.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("slug-error")))
                .andExpect(content().string(containsString("Kleinbuchstaben")));
        mvc.perform(post("/operator/municipalities")
                        .with(operator())
                        .with(csrf())
                        .param("ags", "09162000")
                        .param("name", "München")
                        .param("slug", "musterstadt")
                        .param("adminName", "Test")
                        .param("adminEmail", "test@muenchen.example"))
                .andExpect(content().string(containsString("schon vergeben")));
    }

    @Test
    void aDeactivatedMunicipalitysPeopleCannotLogIn() throws Exception {
        String slug = "deaktiviert-" + System.nanoTime();
        String admin = "cdo-" + System.nanoTime() + "@deaktiviert.example";
        MvcResult created = mvc.perform(post("/operator/municipalities")
                        .with(operator())
                        .with(csrf())
                        .param("ags", "01001000")
                        .param("name", "Flensburg " + slug)
                        .param("slug", slug)
                        .param("adminName", "Test")
                        .param("adminEmail", admin))
                .andReturn();
        // Flensburg may already be registered by another test run on a shared database
        var municipality = municipalities.findBySlug(slug);
        if (municipality.isEmpty()) {
            assertThat(created.getResponse().getContentAsString()).contains("schon angelegt");
            return;
        }
        String password = (String) created.getFlashMap().get("oneTimePassword");
        mvc.perform(post("/operator/municipalities/" + municipality.get().id().value() + "/active")
                        .with(operator())
                        .with(csrf())
                        .param("active", "false"))
                .andExpect(redirectedUrl(
                        "/operator/municipalities/" + municipality.get().id().value()));

        assertThat(HttpSession.anonymous(port).logIn(admin, password).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(municipalities.findBySlug(slug).orElseThrow().active()).isFalse();
    }

    static Stream<String> municipalityPages() {
        return Stream.of(
                "/departments", "/account/tokens", "/swagger-ui/index.html", "/api/v1/departments", "/api/v1/me");
    }

    @ParameterizedTest
    @MethodSource("municipalityPages")
    void operatorNeverOpensAMunicipalitysData(String path) throws Exception {
        mvc.perform(get(path).with(operator())).andExpect(status().isForbidden());
    }

    @Test
    void operatorCannotOpenMusterstadtsDepartmentById() throws Exception {
        String id = tenants.as(
                        tenants.musterstadt(),
                        () -> departments.create(de.lotse.tenancy.DepartmentMother.office("Betriebsgeheimnis")))
                .id()
                .toString();
        mvc.perform(get("/departments/" + id).with(operator())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/departments/" + id).with(operator())).andExpect(status().isForbidden());
    }

    @Test
    void municipalityPeopleCannotOpenTheConsole() throws Exception {
        mvc.perform(get("/operator").with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/operator/municipalities/new").with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor operator() {
        return user(users.loadUserByUsername("betrieb@lotse.example"));
    }
}
