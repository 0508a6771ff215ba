package de.lotse.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAccountRepository;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The first rule: a municipality never sees or changes another's unpublished data. Every endpoint
 * that takes a record id belongs in {@link #recordEndpoints()}, one line each; lists and searches in
 * {@link #listEndpoints()}.
 */
@LotseIntegrationTest
class TenantIsolationIntegrationTests {

    /**
     * A request on one of Musterstadt's records; {id} is replaced by the record's id, {user} by the id
     * of one of Musterstadt's people.
     */
    record RecordEndpoint(HttpMethod method, String path, String body) {}

    static Stream<RecordEndpoint> recordEndpoints() {
        String department = "{\"name\": \"Übernommen\", \"level\": \"OFFICE\"}";
        String line =
                "{\"fiscalYear\": 2040, \"costType\": \"INVESTIVE\", \"planned\": 1, \"approved\": 1, \"spent\": 1}";
        String lineForm = "fiscalYear=2040&costType=INVESTIVE&planned=1&approved=1&spent=1&version=0";
        String funding = "{\"programme\": \"Übernommen\", \"fundingBody\": \"EU\", \"status\": \"PLANNED\","
                + " \"requestedAmount\": 1}";
        String fundingForm = "programme=Übernommen&fundingBody=EU&status=PLANNED&requestedAmount=1&version=0";
        String training = "{\"title\": \"Übernommen\", \"heldOn\": \"2026-01-01\"}";
        String trainingForm = "title=Übernommen&heldOn=2026-01-01&version=0";
        return Stream.of(
                new RecordEndpoint(HttpMethod.GET, "/api/v1/departments/{id}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/departments/{id}", department),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/departments/{id}", null),
                new RecordEndpoint(HttpMethod.GET, "/departments/{id}", null),
                new RecordEndpoint(HttpMethod.GET, "/departments/{id}/edit", null),
                new RecordEndpoint(HttpMethod.POST, "/departments/{id}", "name=Übernommen&level=OFFICE&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/departments/{id}/active", "active=false&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/departments/{id}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/audit/department/{id}", null),
                new RecordEndpoint(HttpMethod.GET, "/users/{user}", null),
                new RecordEndpoint(HttpMethod.POST, "/users/{user}", "role=ADMIN&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/users/{user}/active", "active=false&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/users/{user}/password", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/budget-lines", null),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/projects/{project}/budget-lines", line),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/budget-lines/{line}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/projects/{project}/budget-lines/{line}", line),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/projects/{project}/budget-lines/{line}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/funding-applications", null),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/projects/{project}/funding-applications", funding),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/funding-applications/{funding}", null),
                new RecordEndpoint(
                        HttpMethod.PUT, "/api/v1/projects/{project}/funding-applications/{funding}", funding),
                new RecordEndpoint(
                        HttpMethod.DELETE, "/api/v1/projects/{project}/funding-applications/{funding}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/qualification-measures", null),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/projects/{project}/qualification-measures", training),
                new RecordEndpoint(
                        HttpMethod.GET, "/api/v1/projects/{project}/qualification-measures/{training}", null),
                new RecordEndpoint(
                        HttpMethod.PUT, "/api/v1/projects/{project}/qualification-measures/{training}", training),
                new RecordEndpoint(
                        HttpMethod.DELETE, "/api/v1/projects/{project}/qualification-measures/{training}", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/money", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/money/budget-lines/new", null),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/money/budget-lines", lineForm),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/money/budget-lines/{line}/edit", null),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/money/budget-lines/{line}", lineForm),
                new RecordEndpoint(
                        HttpMethod.POST, "/projects/{project}/money/budget-lines/{line}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/money/funding-applications/new", null),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/money/funding-applications", fundingForm),
                new RecordEndpoint(
                        HttpMethod.GET, "/projects/{project}/money/funding-applications/{funding}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST, "/projects/{project}/money/funding-applications/{funding}", fundingForm),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/projects/{project}/money/funding-applications/{funding}/delete",
                        "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/qualification", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/qualification/new", null),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/qualification", trainingForm),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/qualification/{training}/edit", null),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/qualification/{training}", trainingForm),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/qualification/{training}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/portfolio/budget-lines/{line}", null),
                new RecordEndpoint(HttpMethod.GET, "/portfolio/funding-applications/{funding}", null),
                new RecordEndpoint(HttpMethod.GET, "/portfolio/qualification-measures/{training}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/budget_line/{line}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/funding_application/{funding}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/qualification_measure/{training}", null));
    }

    static Stream<String> listEndpoints() {
        return Stream.of(
                "/api/v1/departments?size=200",
                "/departments",
                "/users",
                "/users?q=example",
                "/users?role=ADMIN&active=true",
                "/portfolio/budget",
                "/portfolio/budget?year=2026",
                "/portfolio/funding",
                "/portfolio/funding?status=PLANNED&body=EU&from=2020-01-01&to=2040-12-31");
    }

    @Autowired
    UserAccountMother people;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Departments departments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserAccountRepository accounts;

    private Department musterstadts;

    private UserAccount musterstadtsPerson;

    @Autowired
    de.lotse.portfolio.PortfolioFixture portfolio;

    @Autowired
    de.lotse.portfolio.money.MoneyMother money;

    private de.lotse.portfolio.money.MoneyMother.Records musterstadtsMoney;

    @BeforeEach
    void createMusterstadtsRecord() {
        musterstadts =
                tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Geheimamt")));
        musterstadtsPerson = people.editor("Geheimes Passwort 123");
        musterstadtsMoney = money.recordsOf(
                tenants.musterstadt(),
                portfolio.project(
                        tenants.musterstadt(),
                        "Geheimprojekt",
                        musterstadts.id().value(),
                        java.util.List.of()),
                musterstadts.name());
        // Beispielhausen's own money, so that its overviews show something of its own
        money.recordsOf(
                tenants.beispielhausen(),
                portfolio.project(
                        tenants.beispielhausen(),
                        "Fachbereich 1: Digitale Bauakte",
                        portfolio.department(tenants.beispielhausen(), "Fachbereich 1 – Zentrale Dienste"),
                        java.util.List.of()),
                "Landesprogramm Digitale Kommune");
    }

    @ParameterizedTest
    @MethodSource("recordEndpoints")
    void anotherMunicipalitysRecordAnswers404AndStaysUnchanged(RecordEndpoint endpoint) throws Exception {
        var request = MockMvcRequestBuilders.request(
                        endpoint.method(),
                        endpoint.path()
                                .replace("{id}", musterstadts.id().toString())
                                .replace(
                                        "{user}",
                                        musterstadtsPerson.id().value().toString())
                                .replace(
                                        "{project}", musterstadtsMoney.project().toString())
                                .replace("{line}", musterstadtsMoney.line().toString())
                                .replace(
                                        "{funding}", musterstadtsMoney.funding().toString())
                                .replace(
                                        "{training}",
                                        musterstadtsMoney.training().toString()))
                .with(user(users.loadUserByUsername("cdo@beispielhausen.example")))
                .with(csrf());
        if (endpoint.body() != null) {
            boolean json = endpoint.path().startsWith("/api/");
            request.contentType(json ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
                    .content(endpoint.body());
            if (json) {
                request.header("If-Match", "\"0\"");
            }
        }
        mvc.perform(request).andExpect(status().isNotFound());

        Department after = tenants.as(tenants.musterstadt(), () -> departments.get(musterstadts.id()));
        assertThat(after.name()).isEqualTo(musterstadts.name());
        assertThat(after.version()).isEqualTo(musterstadts.version());
        assertThat(after.active()).isTrue();
        UserAccount person = accounts.findById(musterstadtsPerson.id()).orElseThrow();
        assertThat(person.memberships()).containsExactlyElementsOf(musterstadtsPerson.memberships());
        assertThat(person.mustChangePassword()).isFalse();
        assertThat(person.passwordHash()).isEqualTo(musterstadtsPerson.passwordHash());
        assertThat(money.unchanged(tenants.musterstadt(), musterstadtsMoney)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("listEndpoints")
    void anotherMunicipalitysRecordsAreNotListed(String path) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(path).with(user(users.loadUserByUsername("cdo@beispielhausen.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(musterstadts.name()))))
                .andExpect(content().string(not(containsString("Hauptamt"))))
                .andExpect(content().string(not(containsString(musterstadtsPerson.email()))))
                .andExpect(content().string(not(containsString("redaktion@musterstadt.example"))))
                .andExpect(content()
                        .string(anyOf(containsString("Fachbereich 1"), containsString("cdo@beispielhausen.example"))));
    }

    @Test
    void handWrittenSqlWithoutTenantPredicateSeesOnlyTheCurrentMunicipality() {
        List<String> seenByBeispielhausen =
                tenants.as(tenants.beispielhausen(), () -> jdbc.sql("select name from department")
                        .query(String.class)
                        .list());
        assertThat(seenByBeispielhausen).isNotEmpty().doesNotContain(musterstadts.name(), "Hauptamt");

        List<String> seenByMusterstadt = tenants.as(tenants.musterstadt(), () -> jdbc.sql("select name from department")
                .query(String.class)
                .list());
        assertThat(seenByMusterstadt).contains(musterstadts.name(), "Hauptamt");
    }

    @Test
    void withoutMunicipalityNoTenantRowIsVisible() {
        assertThat(jdbc.sql("select count(*) from department").query(Long.class).single())
                .isZero();
    }

    @Test
    void theDatabaseRefusesRowsForAnotherMunicipality() {
        MunicipalityId musterstadt = tenants.musterstadt();
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(
                () -> tenants.as(tenants.beispielhausen(), () -> jdbc.sql(
                                "insert into department (id, tenant_id, version, name, level, active)"
                                        + " values (gen_random_uuid(), :tenant, 0, 'Untergeschoben', 'OFFICE', true)")
                        .param("tenant", musterstadt.value())
                        .update()));
        assertThat(refused).rootCause().hasMessageContaining("row-level security");
        int updated = tenants.as(
                tenants.beispielhausen(), () -> jdbc.sql("update department set name = 'Gekapert' where id = :id")
                        .param("id", musterstadts.id().value())
                        .update());
        assertThat(updated).isZero();
    }

    @Test
    void theApplicationRoleCannotSwitchOffRowLevelSecurity() {
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() ->
                tenants.as(tenants.beispielhausen(), () -> jdbc.sql("alter table department disable row level security")
                        .update()));
        assertThat(refused).rootCause().hasMessageContaining("must be owner");
    }
}
