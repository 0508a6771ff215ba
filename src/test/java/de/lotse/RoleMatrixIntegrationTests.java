package de.lotse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import de.lotse.identity.Role;
import de.lotse.identity.UserAccount;
import de.lotse.identity.UserAccountMother;
import de.lotse.identity.UserAccountRepository;
import de.lotse.platform.sheets.Spreadsheets;
import de.lotse.strategy.MusterstadtsStrategy;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who may do what: every action of the pages with the roles that may take it, tried by a demo user
 * of each role. The others must get 403. Add a row for every new action; {@code {user}} is a
 * Musterstadt editor made for each test, {@code {email}} an unused e-mail address.
 */
@LotseIntegrationTest
class RoleMatrixIntegrationTests {

    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.of(Role.ADMIN, Role.EDITOR, Role.PILOT, Role.VIEWER);
    private static final Set<Role> MAINTAIN = EnumSet.of(Role.ADMIN, Role.EDITOR);
    private static final Set<Role> MONEY = EnumSet.of(Role.ADMIN, Role.EDITOR);
    private static final Set<Role> TRAINING = EnumSet.of(Role.ADMIN, Role.EDITOR, Role.PILOT);
    private static final String LINE_FORM = "fiscalYear=2031&costType=INVESTIVE&planned=1&approved=1&spent=0&version=0";
    private static final String FUNDING_FORM =
            "programme=EFRE&fundingBody=EU&status=PLANNED&requestedAmount=1000&version=0";
    private static final String TRAINING_FORM = "title=Schulung&heldOn=2026-05-04&version=0";
    /** A valid publiccode.yml: imported again by each allowed role, it updates the application it made. */
    private static final String PUBLIC_CODE =
            """
            publiccodeYmlVersion: "0"
            name: Rollenprobe publiccode
            url: "https://example.com/rollenprobe.git"
            platforms: [web]
            developmentStatus: stable
            softwareType: "standalone/web"
            description:
              de:
                shortDescription: Probe der Rollen
                longDescription: >
                  Eine Anwendung, mit der die Rollenprobe zeigt, dass nur Administration und Redaktion eine
                  publiccode.yml als Anwendung übernehmen dürfen, alle anderen Rollen aber nicht, auch nicht
                  über die Programmierschnittstelle.
                features: [Probe]
            legal:
              license: EUPL-1.2
            maintenance:
              type: internal
              contacts:
                - name: Jana Beispiel
            localisation:
              localisationReady: false
              availableLanguages: [de]
            """;

    /** An action: a request (a form, or with {@code body} a JSON body) and the roles that may send it. */
    record Action(HttpMethod method, String path, String form, Set<Role> allowed, MediaType body) {

        Action(HttpMethod method, String path, String form, Set<Role> allowed) {
            this(method, path, form, allowed, MediaType.APPLICATION_FORM_URLENCODED);
        }

        static Action json(HttpMethod method, String path, String json, Set<Role> allowed) {
            return new Action(method, path, json, allowed, MediaType.APPLICATION_JSON);
        }

        /** An upload of a spreadsheet as the part {@code file}: one row that creates a project. */
        static Action upload(String path, Set<Role> allowed) {
            return upload(path, allowed, "Titel");
        }

        /** An upload of a spreadsheet with one row under the header, e.g. "Name" for an application. */
        static Action upload(String path, Set<Role> allowed, String header) {
            return new Action(HttpMethod.POST, path, header, allowed, MediaType.MULTIPART_FORM_DATA);
        }
    }

    static Stream<Action> actions() {
        return Stream.of(
                new Action(HttpMethod.GET, "/users", null, ADMIN),
                new Action(HttpMethod.GET, "/users?q=test&role=EDITOR&active=true", null, ADMIN),
                new Action(HttpMethod.GET, "/users/new", null, ADMIN),
                new Action(HttpMethod.POST, "/users", "displayName=Neu&email={email}&role=VIEWER", ADMIN),
                new Action(HttpMethod.GET, "/users/{user}", null, ADMIN),
                new Action(HttpMethod.POST, "/users/{user}", "role=PILOT&version=0", ADMIN),
                new Action(HttpMethod.POST, "/users/{user}/active", "active=false&version=0", ADMIN),
                new Action(HttpMethod.POST, "/users/{user}/password", "version=0", ADMIN),
                new Action(HttpMethod.GET, "/account/tokens", null, EVERYONE),
                new Action(HttpMethod.GET, "/account/invitations", null, EVERYONE),
                new Action(HttpMethod.POST, "/account/tokens", "name=Matrix", EVERYONE),
                new Action(HttpMethod.GET, "/api/v1/me/tokens", null, EVERYONE),
                Action.json(HttpMethod.POST, "/api/v1/me/tokens", "{\"name\": \"Matrix\"}", EVERYONE),
                new Action(HttpMethod.GET, "/municipal-group", null, EVERYONE),
                new Action(HttpMethod.GET, "/municipal-group/new", null, ADMIN),
                new Action(
                        HttpMethod.POST, "/municipal-group", "name=Matrixwerke&legalForm=GMBH&sharePercent=51", ADMIN),
                Action.json(
                        HttpMethod.POST,
                        "/api/v1/municipal-group",
                        "{\"name\": \"Matrixwerke\", \"legalForm\": \"AOER\"}",
                        ADMIN),
                new Action(HttpMethod.GET, "/api/v1/municipal-group", null, EVERYONE),
                new Action(
                        HttpMethod.POST,
                        "/api/v1/publiccode/validate",
                        "publiccodeYmlVersion: \"0\"\nname: Matrix\n",
                        EVERYONE,
                        MediaType.parseMediaType("application/yaml")),
                new Action(HttpMethod.GET, "/audit", null, ADMIN),
                new Action(HttpMethod.GET, "/audit/security", null, ADMIN),
                new Action(HttpMethod.GET, "/audit/security.csv?kind=LOGIN", null, ADMIN),
                new Action(HttpMethod.GET, "/strategy", null, EVERYONE),
                new Action(HttpMethod.GET, "/strategy/vision/edit", null, ADMIN),
                new Action(HttpMethod.POST, "/strategy/vision", "text=&version=0", ADMIN),
                new Action(HttpMethod.GET, "/strategy/fields/{field}", null, EVERYONE),
                new Action(HttpMethod.GET, "/strategy/fields/new", null, ADMIN),
                new Action(HttpMethod.POST, "/strategy/fields", "name=&colour=%231c4f8c", ADMIN),
                new Action(HttpMethod.GET, "/strategy/fields/{field}/edit", null, ADMIN),
                new Action(HttpMethod.POST, "/strategy/fields/{field}", "name=Neu&colour=%231c4f8c&version=0", ADMIN),
                new Action(HttpMethod.POST, "/strategy/fields/{field}/move", "up=true&version=0", ADMIN),
                new Action(HttpMethod.POST, "/strategy/fields/{field}/delete", "version=0", ADMIN),
                new Action(HttpMethod.GET, "/strategy/goals/{goal}", null, EVERYONE),
                new Action(HttpMethod.GET, "/strategy/goals/new?fieldId={field}", null, ADMIN),
                new Action(HttpMethod.POST, "/strategy/goals", "title=&fieldId={field}", ADMIN),
                new Action(HttpMethod.GET, "/strategy/goals/{goal}/edit", null, ADMIN),
                new Action(HttpMethod.POST, "/strategy/goals/{goal}", "title=Neu&fieldId={field}&version=0", ADMIN),
                new Action(HttpMethod.POST, "/strategy/goals/{goal}/move", "up=false&version=0", ADMIN),
                new Action(HttpMethod.POST, "/strategy/goals/{goal}/delete", "version=0", ADMIN),
                new Action(HttpMethod.GET, "/strategy/goals/{goal}/indicators/new", null, ADMIN),
                new Action(
                        HttpMethod.POST,
                        "/strategy/goals/{goal}/indicators",
                        "name=Neu&unit=t&direction=LOWER_IS_BETTER",
                        ADMIN),
                new Action(HttpMethod.GET, "/strategy/indicators/{indicator}", null, EVERYONE),
                new Action(HttpMethod.GET, "/strategy/indicators/{indicator}/edit", null, ADMIN),
                new Action(
                        HttpMethod.POST,
                        "/strategy/indicators/{indicator}",
                        "name=Neu&unit=%25&direction=HIGHER_IS_BETTER&version=0",
                        ADMIN),
                new Action(HttpMethod.POST, "/strategy/indicators/{indicator}/delete", "version=0", ADMIN),
                new Action(
                        HttpMethod.POST,
                        "/strategy/indicators/{indicator}/values",
                        "measuredOn=2026-01-01&value=3",
                        ADMIN),
                new Action(HttpMethod.POST, "/strategy/indicators/{indicator}/values/{value}/delete", null, ADMIN),
                new Action(HttpMethod.GET, "/audit/goal/{goal}", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects?phase=IDEA&status=NONE&overdue=true&sort=STATUS", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/board", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/roadmap", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}/status-reports", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}/milestones", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}/risks", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}/dependencies", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/new", null, MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/projects",
                        "title=Neu&mode=LAB&priority=LOW&reportingCadence=MONTHLY",
                        MAINTAIN),
                new Action(HttpMethod.GET, "/projects/{project}/edit", null, MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/projects/{project}",
                        "title=Neu&mode=LAB&priority=LOW&reportingCadence=MONTHLY&version={version}",
                        MAINTAIN),
                new Action(HttpMethod.POST, "/projects/{project}/phase", "phase=STOPPED&version={version}", MAINTAIN),
                new Action(HttpMethod.POST, "/projects/{project}/delete", "version={version}", MAINTAIN),
                new Action(HttpMethod.POST, "/projects/{project}/dependencies", "version={version}", MAINTAIN),
                new Action(HttpMethod.GET, "/projects/{project}/status-reports/new", null, MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/projects/{project}/status-reports",
                        "reportDate=2026-01-01&overall=RED",
                        MAINTAIN),
                new Action(HttpMethod.GET, "/projects/{project}/milestones/new", null, MAINTAIN),
                new Action(HttpMethod.POST, "/projects/{project}/milestones", "title=M&due=2026-01-01", MAINTAIN),
                new Action(HttpMethod.GET, "/projects/{project}/risks/new", null, MAINTAIN),
                new Action(
                        HttpMethod.POST, "/projects/{project}/risks", "title=R&probability=LOW&impact=LOW", MAINTAIN),
                new Action(HttpMethod.GET, "/projects/import", null, MAINTAIN),
                new Action(HttpMethod.GET, "/projects/import/template.xlsx", null, MAINTAIN),
                Action.upload("/projects/import", MAINTAIN),
                new Action(HttpMethod.GET, "/api/v1/projects/import/template", null, MAINTAIN),
                Action.upload("/api/v1/projects/import", MAINTAIN),
                new Action(HttpMethod.GET, "/projects/topics", null, ADMIN),
                new Action(HttpMethod.POST, "/projects/topics", "name=Neues Thema {email}", ADMIN),
                new Action(HttpMethod.GET, "/portfolio/budget", null, EVERYONE),
                new Action(HttpMethod.GET, "/portfolio/budget?year=2026", null, EVERYONE),
                new Action(HttpMethod.GET, "/portfolio/funding?status=GRANTED&body=EU", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}/money", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}/money/budget-lines/new", null, MONEY),
                new Action(HttpMethod.POST, "/projects/{project}/money/budget-lines", LINE_FORM, MONEY),
                new Action(HttpMethod.GET, "/projects/{project}/money/budget-lines/{line}/edit", null, MONEY),
                new Action(HttpMethod.POST, "/projects/{project}/money/budget-lines/{line}", LINE_FORM, MONEY),
                new Action(HttpMethod.POST, "/projects/{project}/money/budget-lines/{line}/delete", "version=0", MONEY),
                new Action(HttpMethod.GET, "/projects/{project}/money/funding-applications/new", null, MONEY),
                new Action(HttpMethod.POST, "/projects/{project}/money/funding-applications", FUNDING_FORM, MONEY),
                new Action(HttpMethod.GET, "/projects/{project}/qualification", null, EVERYONE),
                new Action(HttpMethod.GET, "/projects/{project}/qualification/new", null, TRAINING),
                new Action(HttpMethod.POST, "/projects/{project}/qualification", TRAINING_FORM, TRAINING),
                new Action(HttpMethod.GET, "/services", null, EVERYONE),
                new Action(HttpMethod.GET, "/services/progress", null, EVERYONE),
                new Action(HttpMethod.GET, "/services/helps-most?below=2", null, EVERYONE),
                new Action(HttpMethod.GET, "/services/export.csv?topic=2", null, EVERYONE),
                new Action(HttpMethod.GET, "/services/99108011000000", null, EVERYONE),
                new Action(
                        HttpMethod.POST,
                        "/services/bulk",
                        "ids=" + java.util.UUID.randomUUID() + "&maturityLevel=1",
                        MAINTAIN),
                new Action(HttpMethod.GET, "/services/maturity-model", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/publiccode", null, EVERYONE),
                new Action(HttpMethod.POST, "/applications/publiccode", "text=name%3A%20Probe", EVERYONE),
                // Musterstadt records in 1.x: choosing it again changes nothing
                new Action(HttpMethod.POST, "/services/maturity-model", "model=OZG_1&version=0", ADMIN),
                new Action(HttpMethod.GET, "/applications", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications?lifecycle=IN_USE&time=INVEST", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/{application}", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/new", null, MAINTAIN),
                new Action(HttpMethod.POST, "/applications", "name=Rollenprobe {email}&lifecycle=IN_USE", MAINTAIN),
                new Action(HttpMethod.GET, "/applications/{application}/edit", null, MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/applications/{other-application}/interfaces",
                        "toApplicationId={application}&exchanges=Probe",
                        MAINTAIN),
                Action.json(
                        HttpMethod.POST,
                        "/api/v1/applications",
                        "{\"name\": \"Rollenprobe\", \"lifecycle\": \"PLANNED\"}",
                        MAINTAIN),
                new Action(HttpMethod.GET, "/api/v1/applications/{application}/projects", null, EVERYONE),
                new Action(HttpMethod.GET, "/api/v1/projects/{project}/applications", null, EVERYONE),
                new Action(
                        HttpMethod.POST,
                        "/applications/{application}/projects",
                        "projectId={project}&kind=REPLACES&retireOnOperation=true",
                        MAINTAIN),
                new Action(HttpMethod.POST, "/applications/{application}/projects/{project}/delete", "", MAINTAIN),
                Action.json(
                        HttpMethod.PUT,
                        "/api/v1/applications/{application}/projects/{project}",
                        "{\"kind\": \"INTRODUCES\"}",
                        MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/applications/publiccode/import",
                        "text=" + java.net.URLEncoder.encode(PUBLIC_CODE, java.nio.charset.StandardCharsets.UTF_8),
                        MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/api/v1/applications/publiccode",
                        PUBLIC_CODE,
                        MAINTAIN,
                        MediaType.valueOf("application/yaml")),
                // Inventory: import and export
                new Action(HttpMethod.GET, "/applications/export.csv", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/export.xlsx?lifecycle=IN_USE&time=INVEST", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/import", null, MAINTAIN),
                new Action(HttpMethod.GET, "/applications/import/template.xlsx", null, MAINTAIN),
                Action.upload("/applications/import", MAINTAIN, "Name"),
                new Action(HttpMethod.GET, "/api/v1/applications/import/template", null, MAINTAIN),
                Action.upload("/api/v1/applications/import", MAINTAIN, "Name"),
                // Inventory: contracts
                new Action(HttpMethod.GET, "/applications/contracts", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/contracts?months=3", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/costs?year=2027", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications?noticeWithin=6", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/contracts/{contract}", null, EVERYONE),
                new Action(HttpMethod.GET, "/applications/{application}/contracts/new", null, MAINTAIN),
                new Action(HttpMethod.POST, "/applications/{application}/contracts", CONTRACT_FORM, MAINTAIN),
                new Action(HttpMethod.GET, "/applications/{application}/contracts/{contract}/edit", null, MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/applications/{application}/contracts/{contract}",
                        CONTRACT_FORM + "&version=0",
                        MAINTAIN),
                new Action(
                        HttpMethod.POST,
                        "/applications/{application}/contracts/{contract}/delete",
                        "version=0",
                        MAINTAIN),
                new Action(HttpMethod.GET, "/audit/application_contract/{contract}", null, EVERYONE),
                new Action(HttpMethod.GET, "/api/v1/applications/{application}/contracts", null, EVERYONE),
                new Action(HttpMethod.GET, "/api/v1/applications/{application}/contracts/{contract}", null, EVERYONE),
                Action.json(
                        HttpMethod.POST,
                        "/api/v1/applications/{application}/contracts",
                        "{\"contractor\": \"Rollenprobe\", \"startsOn\": \"2026-01-01\", \"noticePeriodMonths\": 3}",
                        MAINTAIN));
    }

    private static final String CONTRACT_FORM =
            "contractor=Rollenprobe&startsOn=2026-01-01&noticePeriodMonths=3&licenceCosts=100";

    private static final Map<Role, String> DEMO_USERS = Map.of(
            Role.ADMIN, "cdo@musterstadt.example",
            Role.EDITOR, "redaktion@musterstadt.example",
            Role.PILOT, "lotse@musterstadt.example",
            Role.VIEWER, "rat@musterstadt.example");

    static Stream<Arguments> matrix() {
        return actions()
                .flatMap(action -> DEMO_USERS.keySet().stream().sorted().map(role -> Arguments.of(role, action)));
    }

    @Autowired
    UserAccountMother people;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    MusterstadtsStrategy strategy;

    @Autowired
    de.lotse.tenancy.TenantFixture tenants;

    @Autowired
    de.lotse.portfolio.Projects projects;

    @Autowired
    de.lotse.portfolio.money.BudgetLines budgetLines;

    @Autowired
    de.lotse.inventory.MusterstadtsInventory inventory;

    private UserAccount target;

    private de.lotse.portfolio.Project project;

    private de.lotse.portfolio.money.BudgetLine line;

    @BeforeEach
    void createTarget() {
        target = people.editor("Ein Ziel mit Passwort");
        strategy.create();
        inventory.create();
        project = tenants.as(
                tenants.musterstadt(),
                () -> projects.create(
                        de.lotse.portfolio.ProjectData.titled("Rollenprobe " + java.util.UUID.randomUUID())));
        line = tenants.as(
                tenants.musterstadt(),
                () -> budgetLines.create(
                        project.id(),
                        new de.lotse.portfolio.money.BudgetLineData(
                                2030,
                                de.lotse.portfolio.money.CostType.CONSUMPTIVE,
                                java.math.BigDecimal.TEN,
                                java.math.BigDecimal.TEN,
                                java.math.BigDecimal.ONE,
                                null,
                                null)));
    }

    @AfterEach
    void removeStrategy() {
        strategy.remove();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("matrix")
    void onlyTheAllowedRolesMayAct(Role role, Action action) throws Exception {
        String path = inventory.fill(strategy.fill(action.path()
                .replace("{user}", target.id().value().toString())
                .replace("{project}", project.id().toString())
                .replace("{line}", line.id().toString())));
        boolean upload = MediaType.MULTIPART_FORM_DATA.equals(action.body());
        AbstractMockHttpServletRequestBuilder<?> request = upload
                ? MockMvcRequestBuilders.multipart(action.method(), path)
                        .file(new MockMultipartFile(
                                "file",
                                "matrix.xlsx",
                                de.lotse.platform.TableFile.XLSX,
                                Spreadsheets.xlsx(
                                        List.of(action.form()),
                                        List.of(List.of("Rollenprobe Import " + java.util.UUID.randomUUID())))))
                : MockMvcRequestBuilders.request(action.method(), path);
        request.with(user(users.loadUserByUsername(DEMO_USERS.get(role)))).with(csrf());
        if (action.form() != null && !upload) {
            request.contentType(action.body())
                    .content(inventory.fill(strategy.fill(action.form()
                            .replace("{user}", target.id().value().toString())
                            .replace("{project}", project.id().toString())
                            .replace("{version}", String.valueOf(project.version()))
                            .replace("{email}", UserAccountMother.unusedEmail()))));
        }
        int status = mvc.perform(request).andReturn().getResponse().getStatus();

        if (action.allowed().contains(role)) {
            assertThat(status).as("%s %s as %s", action.method(), path, role).isBetween(200, 399);
        } else {
            assertThat(status).as("%s %s as %s", action.method(), path, role).isEqualTo(403);
            assertThat(accounts.findById(target.id()).orElseThrow().memberships())
                    .singleElement()
                    .satisfies(membership -> {
                        assertThat(membership.role()).isEqualTo(Role.EDITOR);
                        assertThat(membership.active()).isTrue();
                        assertThat(membership.version()).isZero();
                    });
            strategy.assertUnchanged();
            inventory.assertUnchanged();
            de.lotse.portfolio.Project after = tenants.as(tenants.musterstadt(), () -> projects.get(project.id()));
            assertThat(after.version()).isEqualTo(project.version());
            assertThat(after.title()).isEqualTo(project.title());
            assertThat(tenants.as(
                            tenants.musterstadt(),
                            () -> budgetLines.get(project.id(), line.id()).version()))
                    .isZero();
        }
    }
}
