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
import de.lotse.strategy.MusterstadtsStrategy;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
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
     * of one of Musterstadt's people, {company} by the id of a company of Musterstadt's group.
     */
    record RecordEndpoint(HttpMethod method, String path, String body) {}

    static Stream<RecordEndpoint> recordEndpoints() {
        String department = "{\"name\": \"Übernommen\", \"level\": \"OFFICE\"}";
        String company = "{\"name\": \"Übernommen\", \"legalForm\": \"GMBH\"}";
        String field = "{\"name\": \"Übernommen\", \"colour\": \"#1c4f8c\"}";
        String goal = "{\"title\": \"Übernommen\", \"fieldId\": \"{field}\"}";
        String indicator = "{\"name\": \"Übernommen\", \"unit\": \"%\", \"direction\": \"HIGHER_IS_BETTER\"}";
        String value = "{\"measuredOn\": \"2026-01-01\", \"value\": 1}";
        String line =
                "{\"fiscalYear\": 2040, \"costType\": \"INVESTIVE\", \"planned\": 1, \"approved\": 1, \"spent\": 1}";
        String lineForm = "fiscalYear=2040&costType=INVESTIVE&planned=1&approved=1&spent=1&version=0";
        String funding = "{\"programme\": \"Übernommen\", \"fundingBody\": \"EU\", \"status\": \"PLANNED\","
                + " \"requestedAmount\": 1}";
        String fundingForm = "programme=Übernommen&fundingBody=EU&status=PLANNED&requestedAmount=1&version=0";
        String training = "{\"title\": \"Übernommen\", \"heldOn\": \"2026-01-01\"}";
        String trainingForm = "title=Übernommen&heldOn=2026-01-01&version=0";
        String application = "{\"name\": \"Übernommen\", \"lifecycle\": \"IN_USE\"}";
        String applicationForm = "name=Übernommen&lifecycle=IN_USE&version=0";
        String link = "{\"toApplicationId\": \"{other-application}\", \"exchanges\": \"Übernommen\"}";
        String contract = "{\"contractor\": \"Übernommen\", \"startsOn\": \"2026-01-01\", \"noticePeriodMonths\": 1}";
        String contractForm = "contractor=Übernommen&startsOn=2026-01-01&noticePeriodMonths=1";
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
                new RecordEndpoint(HttpMethod.GET, "/api/v1/municipal-group/{company}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/municipal-group/{company}", company),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/municipal-group/{company}", null),
                new RecordEndpoint(HttpMethod.GET, "/municipal-group/{company}", null),
                new RecordEndpoint(HttpMethod.GET, "/municipal-group/{company}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST, "/municipal-group/{company}", "name=Übernommen&legalForm=GMBH&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/municipal-group/{company}/active", "active=false&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/municipal-group/{company}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/audit/municipal_company/{company}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/fields/{field}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/fields/{field}", field),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/fields/{field}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/goals/{goal}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/goals/{goal}", goal),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/goals/{goal}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/goals/{goal}/indicators", null),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/goals/{goal}/indicators", indicator),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/goals/{goal}/indicators/{indicator}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/goals/{goal}/indicators/{indicator}", indicator),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/goals/{goal}/indicators/{indicator}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/goals/{goal}/indicators/{indicator}/values", null),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/goals/{goal}/indicators/{indicator}/values", value),
                new RecordEndpoint(
                        HttpMethod.DELETE, "/api/v1/goals/{goal}/indicators/{indicator}/values/{value}", null),
                new RecordEndpoint(HttpMethod.GET, "/strategy/fields/{field}", null),
                new RecordEndpoint(HttpMethod.GET, "/strategy/fields/{field}/edit", null),
                new RecordEndpoint(HttpMethod.POST, "/strategy/fields/{field}", "name=X&colour=%231c4f8c&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/strategy/fields/{field}/move", "up=true&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/strategy/fields/{field}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/strategy/goals/{goal}", null),
                new RecordEndpoint(HttpMethod.GET, "/strategy/goals/{goal}/edit", null),
                new RecordEndpoint(HttpMethod.POST, "/strategy/goals/{goal}", "title=X&fieldId={field}&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/strategy/goals/{goal}/move", "up=true&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/strategy/goals/{goal}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/strategy/goals/{goal}/indicators/new", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/strategy/goals/{goal}/indicators",
                        "name=X&unit=t&direction=LOWER_IS_BETTER"),
                new RecordEndpoint(HttpMethod.GET, "/strategy/indicators/{indicator}", null),
                new RecordEndpoint(HttpMethod.GET, "/strategy/indicators/{indicator}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/strategy/indicators/{indicator}",
                        "name=X&unit=t&direction=LOWER_IS_BETTER&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/strategy/indicators/{indicator}/delete", "version=0"),
                new RecordEndpoint(
                        HttpMethod.POST, "/strategy/indicators/{indicator}/values", "measuredOn=2026-01-01&value=1"),
                new RecordEndpoint(HttpMethod.POST, "/strategy/indicators/{indicator}/values/{value}/delete", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/field_of_action/{field}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/goal/{goal}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/indicator/{indicator}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/measured_value/{value}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/projects/{project}", "{\"title\": \"Übernommen\"}"),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/projects/{project}", null),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/projects/{project}/phase", "{\"phase\": \"STOPPED\"}"),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/phase-history", null),
                // naming Musterstadt's project or application for a service of one's own
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/service-status/99108011000000/projects/{project}", null),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/service-status/99108011000000/projects/{project}", null),
                new RecordEndpoint(HttpMethod.POST, "/services/99108011000000/projects", "projectId={project}"),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/status-reports", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/api/v1/projects/{project}/status-reports",
                        "{\"reportDate\": \"2026-01-01\", \"overall\": \"RED\"}"),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/status-reports/{report}", null),
                new RecordEndpoint(
                        HttpMethod.PUT,
                        "/api/v1/projects/{project}/status-reports/{report}",
                        "{\"reportDate\": \"2026-01-01\", \"overall\": \"RED\"}"),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/projects/{project}/status-reports/{report}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/milestones", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/api/v1/projects/{project}/milestones",
                        "{\"title\": \"Übernommen\", \"due\": \"2026-01-01\"}"),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/milestones/{milestone}", null),
                new RecordEndpoint(
                        HttpMethod.PUT,
                        "/api/v1/projects/{project}/milestones/{milestone}",
                        "{\"title\": \"Übernommen\", \"due\": \"2026-01-01\"}"),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/projects/{project}/milestones/{milestone}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/risks", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/api/v1/projects/{project}/risks",
                        "{\"title\": \"Übernommen\", \"probability\": \"LOW\", \"impact\": \"LOW\"}"),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/risks/{risk}", null),
                new RecordEndpoint(
                        HttpMethod.PUT,
                        "/api/v1/projects/{project}/risks/{risk}",
                        "{\"title\": \"Übernommen\", \"probability\": \"LOW\", \"impact\": \"LOW\"}"),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/projects/{project}/risks/{risk}", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/projects/{project}",
                        "title=Übernommen&mode=LINE&priority=LOW&reportingCadence=MONTHLY&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/phase", "phase=STOPPED&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/dependencies", null),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/dependencies", "version=0&remove={project}"),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/status-reports", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/status-reports/new", null),
                new RecordEndpoint(
                        HttpMethod.POST, "/projects/{project}/status-reports", "reportDate=2026-01-01&overall=RED"),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/status-reports/{report}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/projects/{project}/status-reports/{report}",
                        "reportDate=2026-01-01&overall=RED&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/status-reports/{report}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/milestones", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/milestones/{milestone}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/projects/{project}/milestones/{milestone}",
                        "title=Übernommen&due=2026-01-01&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/milestones/{milestone}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/risks", null),
                new RecordEndpoint(HttpMethod.GET, "/projects/{project}/risks/{risk}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/projects/{project}/risks/{risk}",
                        "title=Übernommen&probability=LOW&impact=LOW&version=0"),
                new RecordEndpoint(HttpMethod.POST, "/projects/{project}/risks/{risk}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/audit/project/{project}", null),
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
                new RecordEndpoint(HttpMethod.GET, "/audit/qualification_measure/{training}", null),
                new RecordEndpoint(HttpMethod.GET, "/applications/{application}", null),
                new RecordEndpoint(HttpMethod.GET, "/applications/{application}/edit", null),
                new RecordEndpoint(HttpMethod.POST, "/applications/{application}", applicationForm),
                new RecordEndpoint(HttpMethod.POST, "/applications/{application}/delete", "version=0"),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/applications/{application}/interfaces",
                        "toApplicationId={other-application}&exchanges=Gekapert"),
                new RecordEndpoint(
                        HttpMethod.POST, "/applications/{application}/interfaces/{interface}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/applications/interfaces/{interface}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/application/{application}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/application_interface/{interface}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/applications/{application}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/applications/{application}", application),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/applications/{application}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/applications/{application}/interfaces", null),
                new RecordEndpoint(
                        HttpMethod.PUT, "/api/v1/service-status/99108011000000/applications/{application}", null),
                new RecordEndpoint(
                        HttpMethod.POST, "/services/99108011000000/applications", "applicationId={application}"),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/applications/{application}/interfaces", link),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/applications/{application}/interfaces/{interface}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/applications/{application}/interfaces/{interface}", link),
                new RecordEndpoint(
                        HttpMethod.DELETE, "/api/v1/applications/{application}/interfaces/{interface}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/applications/{application}/projects", null),
                new RecordEndpoint(
                        HttpMethod.PUT,
                        "/api/v1/applications/{application}/projects/{project}",
                        "{\"kind\": \"REPLACES\"}"),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/applications/{application}/projects/{project}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/projects/{project}/applications", null),
                new RecordEndpoint(
                        HttpMethod.POST, "/applications/{application}/projects", "projectId={project}&kind=REPLACES"),
                new RecordEndpoint(HttpMethod.POST, "/applications/{application}/projects/{project}/delete", null),
                // Inventory: contracts
                new RecordEndpoint(HttpMethod.GET, "/applications/{application}/contracts/new", null),
                new RecordEndpoint(HttpMethod.POST, "/applications/{application}/contracts", contractForm),
                new RecordEndpoint(HttpMethod.GET, "/applications/{application}/contracts/{contract}/edit", null),
                new RecordEndpoint(
                        HttpMethod.POST,
                        "/applications/{application}/contracts/{contract}",
                        contractForm + "&version=0"),
                new RecordEndpoint(
                        HttpMethod.POST, "/applications/{application}/contracts/{contract}/delete", "version=0"),
                new RecordEndpoint(HttpMethod.GET, "/applications/contracts/{contract}", null),
                new RecordEndpoint(HttpMethod.GET, "/audit/application_contract/{contract}", null),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/applications/{application}/contracts", null),
                new RecordEndpoint(HttpMethod.POST, "/api/v1/applications/{application}/contracts", contract),
                new RecordEndpoint(HttpMethod.GET, "/api/v1/applications/{application}/contracts/{contract}", null),
                new RecordEndpoint(HttpMethod.PUT, "/api/v1/applications/{application}/contracts/{contract}", contract),
                new RecordEndpoint(HttpMethod.DELETE, "/api/v1/applications/{application}/contracts/{contract}", null));
    }

    static Stream<String> listEndpoints() {
        return Stream.of(
                "/api/v1/departments?size=200",
                "/departments",
                "/users",
                "/users?q=example",
                "/users?role=ADMIN&active=true",
                "/api/v1/municipal-group?size=200",
                "/municipal-group",
                "/strategy",
                "/api/v1/fields?size=200",
                "/api/v1/goals?size=200",
                "/projects",
                "/projects?phase=IDEA&q=Geheimamt",
                "/projects/board",
                "/projects/roadmap",
                "/projects/export.csv",
                "/api/v1/projects?size=200",
                "/portfolio/budget",
                "/portfolio/budget?year=2026",
                "/portfolio/funding",
                "/portfolio/funding?status=PLANNED&body=EU&from=2020-01-01&to=2040-12-31",
                "/applications",
                "/applications?q=Geheim&lifecycle=IN_USE",
                // Inventory: contracts
                "/applications/costs");
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
    MunicipalGroup group;

    private MunicipalCompany musterstadtsCompany;

    @Autowired
    MusterstadtsStrategy strategy;

    @Autowired
    de.lotse.portfolio.Projects projects;

    @Autowired
    de.lotse.portfolio.StatusReports reports;

    @Autowired
    de.lotse.portfolio.Milestones milestones;

    @Autowired
    de.lotse.portfolio.Risks risks;

    private de.lotse.portfolio.Project musterstadtsProject;

    private java.util.Map<String, String> musterstadtsParts;

    @Autowired
    de.lotse.portfolio.money.MoneyMother money;

    private de.lotse.portfolio.money.MoneyMother.Records musterstadtsMoney;

    @Autowired
    de.lotse.portfolio.PortfolioFixture portfolio;

    @Autowired
    de.lotse.inventory.MusterstadtsInventory inventory;

    @BeforeEach
    void createMusterstadtsRecord() {
        musterstadts =
                tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Geheimamt")));
        musterstadtsPerson = people.editor("Geheimes Passwort 123");
        musterstadtsCompany = tenants.as(
                tenants.musterstadt(),
                () -> group.create(new MunicipalCompanyData(
                        "Geheimwerke " + java.util.UUID.randomUUID(), null, LegalForm.GMBH, null, null, null)));
        strategy.create();
        musterstadtsProject = tenants.as(
                tenants.musterstadt(),
                () -> projects.create(new de.lotse.portfolio.ProjectData(
                        musterstadts.name() + " Projekt",
                        null,
                        java.util.Set.of(),
                        null,
                        musterstadts.id(),
                        de.lotse.portfolio.ProjectMode.LINE,
                        de.lotse.portfolio.ProjectPriority.HIGH,
                        java.util.Set.of(),
                        java.time.LocalDate.now(),
                        java.time.LocalDate.now().plusMonths(3),
                        de.lotse.portfolio.ReportingCadence.MONTHLY,
                        java.util.Set.of(),
                        false,
                        null)));
        musterstadtsParts = tenants.as(
                tenants.musterstadt(),
                () -> java.util.Map.of(
                        "{report}",
                        reports.create(
                                        musterstadtsProject.id(),
                                        new de.lotse.portfolio.StatusReportData(
                                                java.time.LocalDate.now().minusDays(1),
                                                de.lotse.portfolio.StatusLight.GREEN,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null,
                                                null))
                                .id()
                                .toString(),
                        "{milestone}",
                        milestones
                                .create(
                                        musterstadtsProject.id(),
                                        new de.lotse.portfolio.MilestoneData(
                                                "Geheim", java.time.LocalDate.now(), false))
                                .id()
                                .toString(),
                        "{risk}",
                        risks.create(
                                        musterstadtsProject.id(),
                                        new de.lotse.portfolio.RiskData(
                                                "Geheim",
                                                de.lotse.portfolio.RiskLevel.LOW,
                                                de.lotse.portfolio.RiskLevel.LOW,
                                                null,
                                                null,
                                                true))
                                .id()
                                .toString()));
        musterstadtsMoney = money.recordsOf(tenants.musterstadt(), musterstadtsProject.id(), musterstadts.name());
        inventory.create();
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

    @AfterEach
    void removeMusterstadtsStrategyRecords() {
        strategy.remove();
    }

    @ParameterizedTest
    @MethodSource("recordEndpoints")
    void anotherMunicipalitysRecordAnswers404AndStaysUnchanged(RecordEndpoint endpoint) throws Exception {
        var request = MockMvcRequestBuilders.request(endpoint.method(), fill(endpoint.path()))
                .with(user(users.loadUserByUsername("cdo@beispielhausen.example")))
                .with(csrf());
        if (endpoint.body() != null) {
            boolean json = endpoint.path().startsWith("/api/");
            request.contentType(json ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
                    .content(fill(endpoint.body()));
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
        MunicipalCompany company = tenants.as(tenants.musterstadt(), () -> group.get(musterstadtsCompany.id()));
        assertThat(company.name()).isEqualTo(musterstadtsCompany.name());
        assertThat(company.version()).isEqualTo(musterstadtsCompany.version());
        assertThat(company.active()).isTrue();
        strategy.assertUnchanged();
        assertThat(money.unchanged(tenants.musterstadt(), musterstadtsMoney)).isTrue();
        inventory.assertUnchanged();
        de.lotse.portfolio.Project project =
                tenants.as(tenants.musterstadt(), () -> projects.get(musterstadtsProject.id()));
        assertThat(project.title()).isEqualTo(musterstadtsProject.title());
        assertThat(project.version()).isEqualTo(musterstadtsProject.version());
        assertThat(project.phase()).isEqualTo(de.lotse.portfolio.ProjectPhase.IDEA);
        assertThat(tenants.as(tenants.musterstadt(), () -> reports.of(musterstadtsProject.id())))
                .singleElement()
                .satisfies(report -> assertThat(report.overall()).isEqualTo(de.lotse.portfolio.StatusLight.GREEN));
        assertThat(tenants.as(tenants.musterstadt(), () -> milestones.of(musterstadtsProject.id())))
                .singleElement()
                .satisfies(milestone -> assertThat(milestone.title()).isEqualTo("Geheim"));
        assertThat(tenants.as(tenants.musterstadt(), () -> risks.of(musterstadtsProject.id())))
                .singleElement()
                .satisfies(risk -> assertThat(risk.title()).isEqualTo("Geheim"));
    }

    private String fill(String template) {
        String replaced = inventory.fill(
                strategy.fill(template.replace("{id}", musterstadts.id().toString())
                        .replace("{user}", musterstadtsPerson.id().value().toString())
                        .replace("{company}", musterstadtsCompany.id().toString())
                        .replace("{project}", musterstadtsProject.id().toString())
                        .replace("{line}", musterstadtsMoney.line().toString())
                        .replace("{funding}", musterstadtsMoney.funding().toString())
                        .replace("{training}", musterstadtsMoney.training().toString())));
        for (var part : musterstadtsParts.entrySet()) {
            replaced = replaced.replace(part.getKey(), part.getValue());
        }
        return replaced;
    }

    @Test
    void anotherMunicipalitysProjectsAreNotInTheApiList() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/projects?size=200&q=" + musterstadts.name())
                        .with(user(users.loadUserByUsername("cdo@beispielhausen.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"totalItems\":0")));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/projects?size=200")
                        .with(user(users.loadUserByUsername("cdo@beispielhausen.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(musterstadts.name()))));
        mvc.perform(MockMvcRequestBuilders.get("/api/v1/projects?size=200&q=" + musterstadts.name())
                        .with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andExpect(content().string(containsString(musterstadtsProject.title())));
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
                .andExpect(content().string(not(containsString(musterstadtsCompany.name()))))
                .andExpect(content().string(not(containsString("Stadtwerke Musterstadt"))))
                .andExpect(content().string(not(containsString(MusterstadtsStrategy.FIELD))))
                .andExpect(content().string(not(containsString(MusterstadtsStrategy.GOAL))))
                .andExpect(content().string(not(containsString("Online beantragbare Leistungen"))))
                .andExpect(content().string(not(containsString("Musterstadt 2030"))))
                .andExpect(content().string(not(containsString(de.lotse.inventory.MusterstadtsInventory.NAME))))
                // something of Beispielhausen's own: a department, a person, or its demo strategy
                .andExpect(content()
                        .string(anyOf(
                                containsString("Fachbereich 1"),
                                containsString("cdo@beispielhausen.example"),
                                containsString("Gemeindewerke Beispielhausen"),
                                containsString("Rathaus"))));
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

    // Inventory: import and export
    @Test
    void anotherMunicipalitysApplicationsAreNeitherInTheSpreadsheetsNorInTheTemplate() throws Exception {
        List<String> files = List.of(
                "/applications/export.csv",
                "/applications/export.xlsx",
                "/api/v1/applications?accept=text/csv",
                "/api/v1/applications?accept=" + de.lotse.platform.TableFile.XLSX,
                "/applications/import/template.xlsx",
                "/api/v1/applications/import/template");
        for (String file : files) {
            assertThat(spreadsheetText(file, "cdo@beispielhausen.example"))
                    .as(file)
                    .doesNotContain(de.lotse.inventory.MusterstadtsInventory.NAME)
                    .doesNotContain(musterstadts.name());
            assertThat(spreadsheetText(file, "cdo@musterstadt.example"))
                    .as(file)
                    .contains(
                            file.contains("template")
                                    ? musterstadts.name()
                                    : de.lotse.inventory.MusterstadtsInventory.NAME);
        }
    }

    /** The texts of a CSV or XLSX download (the {@code accept} parameter becomes the Accept header). */
    private String spreadsheetText(String path, String email) throws Exception {
        String[] parts = path.split("\\?accept=");
        var request = MockMvcRequestBuilders.get(parts[0]).with(user(users.loadUserByUsername(email)));
        if (parts.length > 1) {
            request.accept(parts[1]);
        }
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        byte[] body = response.getContentAsByteArray();
        return response.getContentType().startsWith("text/csv")
                ? new String(body, java.nio.charset.StandardCharsets.UTF_8)
                : String.join("|", de.lotse.platform.sheets.Spreadsheets.allTexts(body, 2));
    }
}
