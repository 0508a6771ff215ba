package de.lotse.portfolio.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import de.lotse.LotseIntegrationTest;
import de.lotse.platform.sheets.ImportCalls;
import de.lotse.platform.sheets.ImportProblem;
import de.lotse.platform.sheets.ImportRejectedException;
import de.lotse.platform.sheets.ImportSheet;
import de.lotse.platform.sheets.ImportSummary;
import de.lotse.platform.sheets.Spreadsheets;
import de.lotse.portfolio.GoalFixture;
import de.lotse.portfolio.PhaseChange;
import de.lotse.portfolio.Project;
import de.lotse.portfolio.ProjectData;
import de.lotse.portfolio.ProjectId;
import de.lotse.portfolio.ProjectMode;
import de.lotse.portfolio.ProjectPhase;
import de.lotse.portfolio.ProjectPriority;
import de.lotse.portfolio.Projects;
import de.lotse.portfolio.ReportingCadence;
import de.lotse.portfolio.Topic;
import de.lotse.portfolio.Topics;
import de.lotse.strategy.GoalId;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Projects imported from real XLSX files through the API and the page, on the real database: the
 * export reads back without a change, one bad row rejects the whole file with its row and column, ids
 * update, rows without id create, other municipalities' ids are unknown, and files that are no
 * spreadsheet get a clear answer.
 */
@LotseIntegrationTest
class PortfolioImportIntegrationTests {

    private static final String CDO = "cdo@musterstadt.example";
    private static final List<String> HEADERS = List.of(
            "Kennung",
            "Titel",
            "Beschreibung",
            "Phase",
            "Modus",
            "Priorität",
            "Organisationseinheit",
            "Projektleitung",
            "Ziele",
            "Themen",
            "Geplanter Beginn",
            "Geplantes Ende");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Projects projects;

    @Autowired
    Departments departments;

    @Autowired
    Topics topics;

    @Autowired
    GoalFixture goals;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    de.lotse.identity.UserAdministration administration;

    @Autowired
    PortfolioImport imports;

    private final ObjectMapper json = new ObjectMapper();

    private ImportCalls calls;

    private String marker;
    private Department department;
    private GoalId schools;
    private String schoolsTitle;
    private GoalId online;
    private String onlineTitle;
    private Map<String, Topic> topicsByName;

    @BeforeEach
    void createDepartmentGoalsAndTopics() {
        calls = new ImportCalls(mvc, users, "/api/v1/projects/import");
        marker = "Import " + UUID.randomUUID().toString().substring(0, 8);
        department = tenants.as(
                tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Importamt " + marker)));
        // a title with a comma, as the export joins several goals with commas
        schoolsTitle = "Schulen, Kitas und Horte digital " + marker;
        schools = goals.musterstadtGoal(schoolsTitle);
        onlineTitle = "Verwaltung online " + marker;
        online = goals.musterstadtGoal(onlineTitle);
        topicsByName = tenants.as(tenants.musterstadt(), () -> topics.all().stream()
                .collect(Collectors.toMap(Topic::name, topic -> topic)));
    }

    @Test
    void reImportingTheExportChangesNothingInGermanAndInEnglish() throws Exception {
        threeProjects();
        State before = state();

        JsonNode german = calls.imported(export(null), CDO);
        assertThat(german.get("created").asInt()).isZero();
        assertThat(german.get("updated").asInt()).isZero();
        assertThat(german.get("unchanged").asInt()).isEqualTo(3);
        assertThat(state()).isEqualTo(before);

        JsonNode english = calls.imported(export("en"), CDO);
        assertThat(english.get("unchanged").asInt()).isEqualTo(3);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void reImportingTheWholeDemoPortfolioChangesNothing() throws Exception {
        byte[] file = mvc.perform(get("/api/v1/projects")
                        .accept(de.lotse.platform.TableFile.XLSX)
                        .with(user(users.loadUserByUsername(CDO))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long projectsOfMusterstadt = tenants.as(
                tenants.musterstadt(),
                () -> jdbc.sql("select count(*) from project").query(Long.class).single());
        long revisions = state().revisions();

        JsonNode summary = calls.imported(file, CDO);

        assertThat(summary.get("unchanged").asLong())
                .isEqualTo(projectsOfMusterstadt)
                .isGreaterThanOrEqualTo(32);
        assertThat(summary.get("updated").asInt()).isZero();
        assertThat(state().revisions()).isEqualTo(revisions);
    }

    @Test
    void aClosedProjectCannotBeMovedByTheImport() throws Exception {
        Project closed = created(
                new ProjectData(
                        marker + " Abgeschlossen",
                        null,
                        Set.of(schools),
                        null,
                        null,
                        ProjectMode.LINE,
                        ProjectPriority.MEDIUM,
                        Set.of(),
                        null,
                        null,
                        ReportingCadence.MONTHLY,
                        Set.of(),
                        false,
                        null),
                ProjectPhase.CLOSED);
        byte[] file = export(null);
        file = Spreadsheets.withCell(file, 1, Spreadsheets.column(file, "Phase"), "Betrieb");
        assertThat(ImportCalls.errors(calls.rejected(file, CDO)))
                .containsExactly(tuple(
                        2,
                        "Phase",
                        "In die Phase „Betrieb“ kann die Maßnahme von ihrer jetzigen Phase aus nicht wechseln."));
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> projects.get(closed.id()).phase()))
                .isEqualTo(ProjectPhase.CLOSED);
    }

    @Test
    void oneBadRowAmongGoodOnesChangesNothingAndNamesItsRowAndColumn() throws Exception {
        List<Project> three = threeProjects();
        State before = state();
        byte[] file = export(null);
        int title = Spreadsheets.column(file, "Titel");
        int departmentColumn = Spreadsheets.column(file, "Organisationseinheit");
        file = Spreadsheets.withCell(file, 1, title, marker + " umbenannt");
        file = Spreadsheets.withCell(file, 2, departmentColumn, "Amt, das es nicht gibt");
        file = Spreadsheets.withCell(file, 4, title, marker + " ganz neu");

        JsonNode problem = calls.rejected(file, CDO);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(ImportCalls.errors(problem))
                .containsExactly(tuple(
                        3,
                        "Organisationseinheit",
                        "Eine Organisationseinheit „Amt, das es nicht gibt“ gibt es nicht."));
        assertThat(state()).isEqualTo(before);
        assertThat(titles()).doesNotContain(marker + " umbenannt", marker + " ganz neu");
        assertThat(three).hasSize(3);
    }

    @Test
    void everyProblemOfTheFileIsReportedWithItsRowAndColumn() throws Exception {
        Project mine = created(ProjectData.titled(marker + " Eigenes"), ProjectPhase.IDEA);
        Project foreign =
                tenants.as(tenants.beispielhausen(), () -> projects.create(ProjectData.titled(marker + " Fremdes")));
        State before = state();
        List<List<Object>> rows = List.of(
                Spreadsheets.row(
                        null, null, "ohne Titel", null, null, null, null, "Frau Lehmann", null, null, null, null),
                Spreadsheets.row(
                        null, marker + " Datum", null, null, null, null, null, null, null, null, "kein Datum", null),
                Spreadsheets.row(
                        null,
                        marker + " Zeitraum",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2026, 1, 1)),
                Spreadsheets.row(
                        null, marker + " Konzept", null, "Konzept", null, null, null, null, null, null, null, null),
                Spreadsheets.row(
                        foreign.id(),
                        marker + " Übernahme",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Spreadsheets.row(
                        mine.id(), marker + " Eigenes", null, null, null, null, null, null, null, null, null, null),
                Spreadsheets.row(
                        mine.id(), marker + " Doppelt", null, null, null, null, null, null, null, null, null, null),
                Spreadsheets.row(
                        null,
                        marker + " Namen",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Unbekanntes Ziel",
                        "Kein Thema",
                        null,
                        null),
                Spreadsheets.row(
                        null,
                        marker + " Werte",
                        null,
                        "Irgendwann",
                        "schnell",
                        "dringend",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Spreadsheets.row(
                        "keine-kennung",
                        marker + " Kennung",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));

        JsonNode problem = calls.rejected(Spreadsheets.xlsx(HEADERS, rows), CDO);

        assertThat(ImportCalls.errors(problem))
                .extracting(error -> tuple(error.toArray()[0], error.toArray()[1]))
                .containsExactly(
                        tuple(2, "Titel"),
                        tuple(3, "Geplanter Beginn"),
                        tuple(4, "Geplantes Ende"),
                        tuple(5, "Ziele"),
                        tuple(6, "Kennung"),
                        tuple(8, "Kennung"),
                        tuple(9, "Ziele"),
                        tuple(9, "Themen"),
                        tuple(10, "Phase"),
                        tuple(10, "Modus"),
                        tuple(10, "Priorität"),
                        tuple(11, "Kennung"));
        assertThat(ImportCalls.errors(problem).get(4).toArray()[2])
                .isEqualTo("Eine Maßnahme mit der Kennung „" + foreign.id() + "“ gibt es in dieser Kommune nicht.");
        assertThat(ImportCalls.errors(problem).get(5).toArray()[2].toString()).contains("schon in einer Zeile darüber");
        assertThat(state()).isEqualTo(before);
        MvcResult page = mvc.perform(multipart("/projects/import")
                        .file(new MockMultipartFile(
                                "file",
                                "fremd.xlsx",
                                de.lotse.platform.TableFile.XLSX,
                                Spreadsheets.xlsx(
                                        HEADERS, List.of(Spreadsheets.row(foreign.id(), marker + " Übernahme")))))
                        .with(user(users.loadUserByUsername(CDO)))
                        .with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString())
                .contains("Eine Maßnahme mit der Kennung „" + foreign.id() + "“ gibt es in dieser Kommune nicht.")
                .doesNotContain(marker + " Fremdes");
        assertThat(tenants.as(tenants.beispielhausen(), () -> projects.get(foreign.id())))
                .satisfies(after -> {
                    assertThat(after.title()).isEqualTo(marker + " Fremdes");
                    assertThat(after.version()).isEqualTo(foreign.version());
                });
    }

    @Test
    void aRowWithAnIdChangesThatProjectAndAPhaseChangeIsOnThePhaseHistory() throws Exception {
        Project idea = created(ProjectData.titled(marker + " Idee"), ProjectPhase.IDEA);
        State before = state();
        byte[] file = export(null);
        file = Spreadsheets.withCell(file, 1, Spreadsheets.column(file, "Titel"), marker + " Konzept steht");
        file = Spreadsheets.withCell(file, 1, Spreadsheets.column(file, "Phase"), "Konzept");
        file = Spreadsheets.withCell(file, 1, Spreadsheets.column(file, "Ziele"), schoolsTitle);

        JsonNode summary = calls.imported(file, CDO);

        assertThat(summary.get("updated").asInt()).isEqualTo(1);
        Project after = tenants.as(tenants.musterstadt(), () -> projects.get(idea.id()));
        assertThat(after.title()).isEqualTo(marker + " Konzept steht");
        assertThat(after.phase()).isEqualTo(ProjectPhase.CONCEPT);
        assertThat(after.goals()).containsExactly(schools);
        assertThat(after.version()).isEqualTo(idea.version() + 1);
        PhaseChange move = tenants.as(tenants.musterstadt(), () -> projects.phaseHistory(idea.id()))
                .get(0);
        assertThat(move.fromPhase()).isEqualTo(ProjectPhase.IDEA);
        assertThat(move.toPhase()).isEqualTo(ProjectPhase.CONCEPT);
        assertThat(move.note()).isEqualTo("Durch Import geändert");
        assertThat(move.changedBy()).isEqualTo("Dana Albers");
        State now = state();
        assertThat(now.revisions()).isEqualTo(before.revisions() + 1);
        assertThat(now.phaseChanges()).isEqualTo(before.phaseChanges() + 1);
    }

    @Test
    void aRowWithoutIdInTheTemplateCreatesAProject() throws Exception {
        byte[] template = mvc.perform(get("/api/v1/projects/import/template")
                        .accept(de.lotse.platform.TableFile.XLSX)
                        .with(user(users.loadUserByUsername(CDO))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(Spreadsheets.rowTexts(template, 0, 0)).containsExactlyElementsOf(HEADERS);
        assertThat(ImportCalls.errors(calls.rejected(template, CDO)))
                .containsExactly(tuple(null, null, "Die Datei enthält keine Maßnahmen."));

        String title = marker + " Tablets";
        Object[] values = {
            null,
            title,
            "Klassensätze für alle Grundschulen",
            "Konzept",
            "Labor (agil)",
            "HIGH",
            department.name(),
            "Frau Lehmann",
            schoolsTitle + ", " + onlineTitle,
            "Bildung, Mobilität",
            "2026-03-01",
            "31.12.2027"
        };
        byte[] file = template;
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                file = Spreadsheets.withCell(file, 1, i, values[i].toString());
            }
        }

        JsonNode summary = calls.imported(file, CDO);

        assertThat(summary.get("created").asInt()).isEqualTo(1);
        ProjectId id = tenants.as(tenants.musterstadt(), () -> jdbc.sql("select id from project where title = :title")
                .param("title", title)
                .query((rs, n) -> new ProjectId(rs.getObject("id", UUID.class)))
                .single());
        Project project = tenants.as(tenants.musterstadt(), () -> projects.get(id));
        assertThat(project.summary()).isEqualTo("Klassensätze für alle Grundschulen");
        assertThat(project.phase()).isEqualTo(ProjectPhase.CONCEPT);
        assertThat(project.mode()).isEqualTo(ProjectMode.LAB);
        assertThat(project.priority()).isEqualTo(ProjectPriority.HIGH);
        assertThat(project.department()).isEqualTo(department.id());
        assertThat(project.lead()).isEqualTo("Frau Lehmann");
        assertThat(project.goals()).containsExactlyInAnyOrder(schools, online);
        assertThat(project.topics())
                .containsExactlyInAnyOrder(
                        topicsByName.get("Bildung").id(),
                        topicsByName.get("Mobilität").id());
        assertThat(project.plannedStart()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(project.plannedEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(tenants.as(tenants.musterstadt(), () -> projects.phaseHistory(id)))
                .extracting(PhaseChange::toPhase)
                .containsExactly(ProjectPhase.CONCEPT, ProjectPhase.IDEA);
    }

    @Test
    void filesThatAreNoSpreadsheetGetAClearAnswerAndNoServerError() throws Exception {
        byte[] garbage = new byte[2048];
        new java.util.Random(7).nextBytes(garbage);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("liesmich.txt"));
            out.write("kein Arbeitsblatt".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] truncated = Arrays.copyOf(Spreadsheets.xlsx(HEADERS, List.of(Spreadsheets.row(null, "X"))), 400);
        for (byte[] file : List.of(
                garbage,
                zip.toByteArray(),
                truncated,
                "Titel;Phase\nA;Idee\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            assertThat(ImportCalls.errors(calls.rejected(file, CDO)))
                    .containsExactly(tuple(null, null, "Die Datei ist keine Excel-Datei im XLSX-Format."));
        }
        assertThat(ImportCalls.errors(calls.rejected(new byte[0], CDO)))
                .containsExactly(tuple(null, null, "Die Datei ist leer."));
        assertThat(ImportCalls.errors(calls.rejected(
                        Spreadsheets.xlsx(List.of("Name", "Phase"), List.of(Spreadsheets.row("A", "Idee"))), CDO)))
                .containsExactly(tuple(1, "Titel", "Die Spalte fehlt in der ersten Zeile."));

        MvcResult page = mvc.perform(multipart("/projects/import")
                        .file(new MockMultipartFile("file", "bilanz.pdf", "application/pdf", garbage))
                        .with(user(users.loadUserByUsername(CDO)))
                        .with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString())
                .contains("id=\"import-problems\"")
                .contains("Die Datei ist keine Excel-Datei im XLSX-Format.")
                .contains("bilanz.pdf");
    }

    @Test
    void aFileThatUnpacksToMoreThanTheMemoryShouldHoldIsRejectedBeforeItIsRead() throws Exception {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(packed)) {
            out.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i <= ImportSheet.MAX_UNPACKED_BYTES / spaces.length; i++) {
                out.write(spaces);
            }
        }
        assertThat(packed.size()).isLessThan(1024 * 1024);
        assertThat(ImportCalls.errors(calls.rejected(packed.toByteArray(), CDO)))
                .containsExactly(tuple(null, null, "Die Datei ist entpackt zu groß; bitte teilen Sie sie auf."));
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsRejected() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= PortfolioImport.MAX_ROWS; i++) {
            rows.add(Spreadsheets.row(null, marker + " " + i));
        }
        assertThat(ImportCalls.errors(calls.rejected(Spreadsheets.xlsx(HEADERS, rows), CDO)))
                .containsExactly(tuple(
                        PortfolioImport.MAX_ROWS + 2,
                        null,
                        "Die Datei enthält mehr als " + PortfolioImport.MAX_ROWS
                                + " Zeilen; bitte teilen Sie sie auf."));
        assertThat(titles()).isEmpty();
    }

    @Test
    void theTemplateListsTheValuesOfTheOwnMunicipalityOnly() throws Exception {
        byte[] musterstadt = template(CDO);
        byte[] beispielhausen = template("cdo@beispielhausen.example");
        byte[] beispielhausenPage = mvc.perform(get("/projects/import/template.xlsx")
                        .with(user(users.loadUserByUsername("cdo@beispielhausen.example"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(String.join("|", allTexts(beispielhausenPage)))
                .doesNotContain(department.name())
                .doesNotContain(schoolsTitle)
                .contains("Umsetzung");
        String values = String.join("|", allTexts(musterstadt));
        assertThat(values).contains(department.name(), schoolsTitle, "Umsetzung", "Labor (agil)", "hoch");
        assertThat(String.join("|", allTexts(beispielhausen)))
                .doesNotContain(department.name())
                .doesNotContain(schoolsTitle)
                .contains("Umsetzung");
    }

    @Test
    void readersMayNeitherImportNorDownloadTheTemplate() throws Exception {
        for (String reader : List.of("rat@musterstadt.example", "lotse@musterstadt.example")) {
            int status = mvc.perform(multipart("/api/v1/projects/import")
                            .file(new MockMultipartFile(
                                    "file",
                                    "a.xlsx",
                                    de.lotse.platform.TableFile.XLSX,
                                    Spreadsheets.xlsx(HEADERS, List.of(Spreadsheets.row(null, marker + " Leser")))))
                            .with(user(users.loadUserByUsername(reader)))
                            .with(csrf()))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isEqualTo(403);
            assertThat(mvc.perform(get("/api/v1/projects/import/template").with(user(users.loadUserByUsername(reader))))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(titles()).isEmpty();
    }

    @Test
    void anEditorLimitedToDepartmentsChangesOnlyTheirProjectsAndMayReadBackTheOthersUnchanged() throws Exception {
        Department other = tenants.as(
                tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Fremdamt " + marker)));
        Project mine = created(inDepartment(marker + " A eigenes", department), ProjectPhase.IDEA);
        Project theirs = created(inDepartment(marker + " B fremdes", other), ProjectPhase.IDEA);
        String editor = de.lotse.identity.UserAccountMother.unusedEmail();
        tenants.as(
                tenants.musterstadt(),
                () -> administration.invite(
                        null,
                        editor,
                        "Begrenzte Redaktion",
                        de.lotse.identity.Role.EDITOR,
                        List.of(department.id().value())));
        byte[] file = export(null);
        State before = state();

        assertThat(importedAs(editor, file).unchanged()).isEqualTo(2);

        int title = Spreadsheets.column(file, "Titel");
        byte[] changed = Spreadsheets.withCell(file, 1, title, marker + " A geändert");
        changed = Spreadsheets.withCell(changed, 2, title, marker + " B übernommen");
        changed = Spreadsheets.withCell(changed, 3, title, marker + " C neu");
        changed = Spreadsheets.withCell(changed, 3, Spreadsheets.column(file, "Organisationseinheit"), other.name());
        byte[] refused = changed;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importedAs(editor, refused))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.problems())
                        .extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                        .containsExactly(
                                tuple(3, "Kennung", "portfolio.import.project.not-yours"),
                                tuple(4, "Organisationseinheit", "portfolio.import.department.not-yours")));
        assertThat(state()).isEqualTo(before);

        ImportSummary summary = importedAs(editor, Spreadsheets.withCell(file, 1, title, marker + " A geändert"));
        assertThat(summary).isEqualTo(new ImportSummary(0, 1, 1));
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> projects.get(mine.id()).title()))
                .isEqualTo(marker + " A geändert");
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> projects.get(theirs.id()).version()))
                .isEqualTo(theirs.version());
    }

    /** Imports the file as the person, through the service (the invited person has no own password yet). */
    private ImportSummary importedAs(String email, byte[] file) {
        var person = users.loadUserByUsername(email);
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        person, null, person.getAuthorities()));
        try {
            return tenants.as(tenants.musterstadt(), () -> imports.run(file, java.util.Locale.GERMAN));
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theOpenApiDocumentDescribesTheImportAndItsTemplate() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername(CDO))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        JsonNode upload = api.get("paths").get("/api/v1/projects/import").get("post");
        assertThat(upload.get("requestBody").get("content").has("multipart/form-data"))
                .isTrue();
        assertThat(upload.get("responses").has("422")).isTrue();
        assertThat(api.get("paths").get("/api/v1/projects/import/template").has("get"))
                .isTrue();
    }

    private static ProjectData inDepartment(String title, Department department) {
        ProjectData data = ProjectData.titled(title);
        return new ProjectData(
                data.title(),
                data.summary(),
                data.goals(),
                data.lead(),
                department.id(),
                data.mode(),
                data.priority(),
                data.topics(),
                data.plannedStart(),
                data.plannedEnd(),
                data.cadence(),
                data.dependsOn(),
                data.publicVisible(),
                data.publicSummary());
    }

    /** Three projects of the marker: an idea, one in concept serving two goals, one in operation. */
    private List<Project> threeProjects() {
        Project idea = created(ProjectData.titled(marker + " Alpha"), ProjectPhase.IDEA);
        Project concept = created(
                new ProjectData(
                        marker + " Beta",
                        "Zeile eins\nZeile zwei; mit Semikolon, Komma und „Anführung“",
                        Set.of(schools, online),
                        "Herr Özdemir",
                        department.id(),
                        ProjectMode.LAB,
                        ProjectPriority.HIGH,
                        Set.of(
                                topicsByName.get("Bildung").id(),
                                topicsByName.get("Verwaltung & OZG").id()),
                        LocalDate.of(2026, 2, 1),
                        LocalDate.of(2027, 6, 30),
                        ReportingCadence.QUARTERLY,
                        Set.of(idea.id()),
                        true,
                        "Für alle sichtbar"),
                ProjectPhase.CONCEPT);
        Project operation = created(
                new ProjectData(
                        marker + " Gamma",
                        null,
                        Set.of(online),
                        null,
                        null,
                        ProjectMode.LINE,
                        ProjectPriority.LOW,
                        Set.of(),
                        LocalDate.of(2025, 1, 1),
                        null,
                        ReportingCadence.MONTHLY,
                        Set.of(),
                        false,
                        null),
                ProjectPhase.OPERATION);
        return List.of(idea, concept, operation);
    }

    private Project created(ProjectData data, ProjectPhase phase) {
        return tenants.as(tenants.musterstadt(), () -> projects.create(data, phase, null));
    }

    /** The marker's projects as the API exports them, in the language when given. */
    private byte[] export(String language) throws Exception {
        var request = get("/api/v1/projects")
                .param("q", marker)
                .accept(de.lotse.platform.TableFile.XLSX)
                .with(user(users.loadUserByUsername(CDO)));
        if (language != null) {
            request.cookie(new Cookie("lotse-language", language));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsByteArray();
    }

    private byte[] template(String email) throws Exception {
        return mvc.perform(get("/api/v1/projects/import/template").with(user(users.loadUserByUsername(email))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    /** Every text of the template's two sheets (the values sheet grows with the test database). */
    private static List<String> allTexts(byte[] file) {
        return Spreadsheets.allTexts(file, 2);
    }

    private List<String> titles() {
        return tenants.as(tenants.musterstadt(), () -> jdbc.sql("select title from project where title like :like")
                .param("like", marker + "%")
                .query(String.class)
                .list());
    }

    /** What an import may change: the audit revisions, phase history and the marker's projects with their versions. */
    record State(long revisions, long phaseChanges, Map<String, Long> versions) {}

    private State state() {
        return tenants.as(
                tenants.musterstadt(),
                () -> new State(
                        jdbc.sql("select count(*) from audit_revision")
                                .query(Long.class)
                                .single(),
                        jdbc.sql("select count(*) from project_phase_change")
                                .query(Long.class)
                                .single(),
                        jdbc
                                .sql("select title, version from project where title like :like")
                                .param("like", marker + "%")
                                .query((rs, n) -> Map.entry(rs.getString("title"), rs.getLong("version")))
                                .list()
                                .stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }
}
