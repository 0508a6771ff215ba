package de.lotse.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.HttpSession;
import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.DirectoryMunicipality;
import de.lotse.tenancy.MunicipalityDirectory;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.MunicipalityRepository;
import de.lotse.tenancy.TenantFixture;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.ObjectMapper;

/**
 * When the operator deactivates a municipality, its people's open sessions and their API tokens stop
 * working at the next request, while their memberships in other, active municipalities stay usable.
 * Each test registers a municipality of its own through the operator's console.
 */
@LotseIntegrationTest
class DeactivationIntegrationTests {

    private static final String PASSWORD = "richtig-und-lang";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountUserDetailsService users;

    @Autowired
    UserAccountMother people;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    MunicipalityRepository municipalities;

    @Autowired
    MunicipalityDirectory directory;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Test
    void aDeactivatedMunicipalitysSessionsAndTokensStopAtTheNextRequest() throws Exception {
        MunicipalityId own = registerMunicipality();
        UserAccount person = people.memberOf(PASSWORD, Role.ADMIN, own, tenants.musterstadt());
        HttpSession browser = HttpSession.loggedIn(port, person.email(), PASSWORD);
        assertThat(browser.get("/departments").statusCode()).isEqualTo(200);
        String csrf = browser.csrfToken("/departments/new");
        String token = newToken(browser);
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/departments", token, null)
                        .statusCode())
                .isEqualTo(200);

        setActive(own, false);

        // a form sent from a page loaded before saves nothing: the session ends instead
        String name = "Nach der Deaktivierung " + System.nanoTime();
        HttpResponse<String> saved = browser.post("/departments", "name=" + name + "&level=OFFICE&_csrf=" + csrf);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(location(saved)).isEqualTo("/login?expired");
        assertThat(browser.get("/departments").statusCode()).isEqualTo(302);
        assertThat(browser.getJson("/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(tenants.as(own, () -> departmentsNamed(name))).isZero();

        HttpResponse<String> read = HttpSession.withToken(port, "GET", "/api/v1/departments", token, null);
        assertThat(read.statusCode()).isEqualTo(401);
        assertThat(read.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        HttpResponse<String> write = HttpSession.withToken(
                port,
                "POST",
                "/api/v1/departments",
                token,
                JSON.writeValueAsString(Map.of("name", name, "level", "OFFICE")));
        assertThat(write.statusCode()).isEqualTo(401);
        assertThat(tenants.as(own, () -> departmentsNamed(name))).isZero();

        // the person's other municipality is still theirs: the next login starts there
        HttpSession again = HttpSession.loggedIn(port, person.email(), PASSWORD);
        assertThat(JSON.readTree(again.getJson("/api/v1/me").body())
                        .at("/municipality/slug")
                        .asString())
                .isEqualTo("musterstadt");
    }

    @Test
    void aReactivatedMunicipalitysTokensWorkAgainButEndedSessionsStayEnded() throws Exception {
        MunicipalityId own = registerMunicipality();
        UserAccount person = people.memberOf(PASSWORD, Role.VIEWER, own);
        HttpSession browser = HttpSession.loggedIn(port, person.email(), PASSWORD);
        String token = newToken(browser);

        setActive(own, false);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", token, null).statusCode())
                .isEqualTo(401);
        assertThat(HttpSession.anonymous(port)
                        .logIn(person.email(), PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));

        setActive(own, true);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", token, null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aDisabledAccountsTokensAndSessionsStopAtTheNextRequest() throws Exception {
        UserAccount person = people.memberOf(PASSWORD, Role.EDITOR, tenants.musterstadt());
        HttpSession browser = HttpSession.loggedIn(port, person.email(), PASSWORD);
        String token = newToken(browser);

        UserAccount stored = accounts.findById(person.id()).orElseThrow();
        stored.setEnabled(false);
        accounts.save(stored);

        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(HttpSession.withToken(port, "GET", "/api/v1/me", token, null).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theSessionCheckIsOneStatementPerRequest() throws Exception {
        UserAccount person = people.memberOf(PASSWORD, Role.VIEWER, tenants.musterstadt());
        CurrentUser principal = users.loadUserByUsername(person.email());

        var counted = SqlStatements.during(
                () -> mvc.perform(get("/api/v1/me").with(user(principal))).andExpect(status().isOk()));

        assertThat(counted.statements())
                .filteredOn(sql -> sql.contains("a.session_epoch"))
                .singleElement()
                .satisfies(sql -> assertThat(sql).contains("municipality mu"));
    }

    private MunicipalityId registerMunicipality() throws Exception {
        // a small municipality of the official directory that no test has registered yet (other
        // tests register large cities by their key)
        DirectoryMunicipality entry = directory.search("09", 3000).stream()
                .filter(candidate -> candidate.population() < 100_000)
                .filter(candidate -> !municipalities.existsByAgs(candidate.ags()))
                .findFirst()
                .orElseThrow();
        String slug = "deaktivierung-" + entry.ags();
        mvc.perform(post("/operator/municipalities")
                        .with(user(users.loadUserByUsername("betrieb@lotse.example")))
                        .with(csrf())
                        .param("ags", entry.ags())
                        .param("name", entry.shortName())
                        .param("slug", slug)
                        .param("adminName", "Erste Verwaltung")
                        .param("adminEmail", UserAccountMother.unusedEmail()))
                .andExpect(status().is3xxRedirection());
        return municipalities.findBySlug(slug).orElseThrow().id();
    }

    private void setActive(MunicipalityId municipality, boolean active) throws Exception {
        mvc.perform(post("/operator/municipalities/" + municipality.value() + "/active")
                        .with(user(users.loadUserByUsername("betrieb@lotse.example")))
                        .with(csrf())
                        .param("active", String.valueOf(active)))
                .andExpect(status().is3xxRedirection());
    }

    private String newToken(HttpSession browser) throws Exception {
        HttpResponse<String> created =
                browser.postJsonWithCsrf("/api/v1/me/tokens", JSON.writeValueAsString(Map.of("name", "Fachverfahren")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body()).get("token").asString();
    }

    private long departmentsNamed(String name) {
        return departments.page(PageRequest.of(0, 1000)).stream()
                .filter(department -> department.name().equals(name))
                .count();
    }

    /** Where a redirect leads, without scheme and host. */
    private static String location(HttpResponse<?> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
        return location.getPath() + "?" + location.getQuery();
    }
}
