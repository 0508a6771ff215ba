package de.lotse.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import de.lotse.LotseIntegrationTest;
import de.lotse.inventory.Application;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.ApplicationId;
import de.lotse.inventory.Applications;
import de.lotse.inventory.Criticality;
import de.lotse.inventory.Hosting;
import de.lotse.inventory.Lifecycle;
import de.lotse.inventory.ProtectionNeed;
import de.lotse.platform.TableFile;
import de.lotse.platform.sheets.ImportCalls;
import de.lotse.platform.sheets.ImportSheet;
import de.lotse.platform.sheets.Spreadsheets;
import de.lotse.tenancy.Department;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
import org.assertj.core.groups.Tuple;
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
 * Applications imported from real XLSX files through the API and the page, on the real database: the
 * export reads back without a new version or audit row, one bad row rejects the whole file with its
 * row and column, ids update, rows without id create, other municipalities' ids are unknown, and files
 * that are no spreadsheet get a clear answer.
 */
@LotseIntegrationTest
class ApplicationImportIntegrationTests {

    static final String CDO = "cdo@musterstadt.example";
    static final List<String> HEADERS = List.of(
            "Kennung",
            "Name",
            "Hersteller",
            "Organisationseinheiten",
            "Betrieb",
            "Anzahl Nutzende",
            "Lebenszyklus",
            "Eingeführt am",
            "Abzulösen bis",
            "Fachliche Eignung",
            "Technische Eignung",
            "Verarbeitet personenbezogene Daten",
            "Lizenz (SPDX)",
            "Nachfolger");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Applications applications;

    @Autowired
    Departments departments;

    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    private ImportCalls calls;

    private String marker;
    private Department office;
    private Department commaOffice;

    @BeforeEach
    void createDepartments() {
        calls = new ImportCalls(mvc, users, "/api/v1/applications/import");
        marker = "Anwendungsimport " + UUID.randomUUID().toString().substring(0, 8);
        office = tenants.as(tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Amt " + marker)));
        // a name with a comma, as the export joins several departments with commas
        commaOffice = tenants.as(
                tenants.musterstadt(),
                () -> departments.create(DepartmentMother.office("Schulen, Kitas und Horte " + marker)));
    }

    @Test
    void reImportingTheExportChangesNothingInGermanAndInEnglish() throws Exception {
        threeApplications();
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
    void reImportingTheWholeListOfTheMunicipalityChangesNothing() throws Exception {
        threeApplications();
        byte[] file = mvc.perform(
                        get("/api/v1/applications").accept(TableFile.XLSX).with(user(users.loadUserByUsername(CDO))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long all = tenants.as(tenants.musterstadt(), () -> jdbc.sql("select count(*) from application")
                .query(Long.class)
                .single());
        State before = state();

        assertThat(calls.imported(file, CDO).get("unchanged").asLong()).isEqualTo(all);
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theExportHasEveryFieldWithLabelsInTheLanguageOfThePerson() throws Exception {
        List<Application> three = threeApplications();
        byte[] file = export(null);
        assertThat(Spreadsheets.rowTexts(file, 0, 0))
                .containsExactly(
                        "Kennung",
                        "Name",
                        "Hersteller",
                        "Produkt",
                        "Version",
                        "Zweck",
                        "Organisationseinheiten",
                        "Verantwortliche Person",
                        "Betrieb",
                        "Anzahl Nutzende",
                        "Lebenszyklus",
                        "Eingeführt am",
                        "Abzulösen bis",
                        "Fachliche Eignung",
                        "Technische Eignung",
                        "TIME-Einordnung",
                        "Kritikalität",
                        "Verarbeitet personenbezogene Daten",
                        "Schutzbedarf",
                        "Open Source",
                        "Lizenz (SPDX)",
                        "Nachfolger");
        List<String> beta = Spreadsheets.rowTexts(file, 0, 2);
        assertThat(beta.get(0)).isEqualTo(three.get(1).id().toString());
        assertThat(beta)
                .contains(
                        marker + " Beta",
                        "Komm.ONE",
                        office.name() + ", " + commaOffice.name(),
                        "kommunaler IT-Dienstleister",
                        "abzulösen",
                        "Migrieren",
                        "hoch",
                        "sehr hoch",
                        "ja",
                        "EUPL-1.2",
                        marker + " Alpha");

        String csv = mvc.perform(get("/api/v1/applications")
                        .param("q", marker)
                        .param("lifecycle", "TO_BE_REPLACED")
                        .accept("text/csv")
                        .cookie(new Cookie("lotse-language", "en"))
                        .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv)
                .startsWith("\ufeffId;Name;Vendor")
                .contains(marker + " Beta", "to be replaced", "Migrate", "yes")
                .doesNotContain(marker + " Alpha;")
                .doesNotContain(marker + " Gamma");

        MvcResult page = mvc.perform(get("/applications/export.xlsx")
                        .param("q", marker)
                        .param("hosting", "CLOUD")
                        .with(user(users.loadUserByUsername("lotse@musterstadt.example"))))
                .andReturn();
        assertThat(page.getResponse().getHeader("Content-Disposition")).contains("anwendungen.xlsx");
        byte[] cloud = page.getResponse().getContentAsByteArray();
        assertThat(Spreadsheets.rowTexts(cloud, 0, 1)).contains(marker + " Gamma");
        assertThat(Spreadsheets.rowTexts(cloud, 0, 2)).isEmpty();
    }

    @Test
    void theListPageLinksTheDownloadsWithItsFilter() throws Exception {
        threeApplications();
        String html = mvc.perform(get("/applications")
                        .param("q", marker)
                        .param("lifecycle", "IN_USE")
                        .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String query = "?q=" + marker.replace(" ", "%20") + "&amp;lifecycle=IN_USE";
        assertThat(html)
                .contains("href=\"/applications/export.csv" + query + "\"")
                .contains("href=\"/applications/export.xlsx" + query + "\"")
                .doesNotContain("href=\"/applications/import\"");
        assertThat(mvc.perform(get("/applications").with(user(users.loadUserByUsername(CDO))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("href=\"/applications/import\"");
    }

    @Test
    void oneBadRowAmongGoodOnesChangesNothingAndNamesItsRowAndColumn() throws Exception {
        threeApplications();
        State before = state();
        byte[] file = export(null);
        int name = Spreadsheets.column(file, "Name");
        file = Spreadsheets.withCell(file, 1, name, marker + " umbenannt");
        file = Spreadsheets.withCell(file, 2, Spreadsheets.column(file, "Organisationseinheiten"), "Kein solches Amt");
        file = Spreadsheets.withCell(file, 4, name, marker + " ganz neu");

        JsonNode problem = calls.rejected(file, CDO);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(ImportCalls.errors(problem))
                .containsExactly(tuple(
                        3, "Organisationseinheiten", "Eine Organisationseinheit „Kein solches Amt“ gibt es nicht."));
        assertThat(state()).isEqualTo(before);
        assertThat(names()).doesNotContain(marker + " umbenannt", marker + " ganz neu");
    }

    @Test
    void everyProblemOfTheFileIsReportedWithItsRowAndColumn() throws Exception {
        Application mine = created(ApplicationData.named(marker + " Eigene"));
        Application selfish = created(ApplicationData.named(marker + " Selbst"));
        Application foreign = tenants.as(
                tenants.beispielhausen(), () -> applications.create(ApplicationData.named(marker + " Fremde")));
        State before = state();
        List<List<Object>> rows = List.of(
                Spreadsheets.row(null, null, "ohne Namen"),
                Spreadsheets.row(
                        null, marker + " Zahlen", null, null, "im Keller", "viele", "bald", null, null, "5", "0"),
                Spreadsheets.row(
                        null,
                        marker + " Zeitraum",
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2027, 1, 1),
                        "01.01.2026"),
                Spreadsheets.row(foreign.id(), marker + " Übernahme"),
                Spreadsheets.row(mine.id(), marker + " Eigene"),
                Spreadsheets.row(mine.id(), marker + " Doppelt"),
                Spreadsheets.row(
                        null,
                        marker + " Namen",
                        null,
                        "Kein Amt",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "vielleicht"),
                Spreadsheets.row(
                        null,
                        marker + " Lizenz",
                        null,
                        null,
                        null,
                        null,
                        null,
                        "kein Datum",
                        null,
                        null,
                        null,
                        null,
                        "MIT OR",
                        "Gibt es nicht"),
                Spreadsheets.row("keine-kennung", marker + " Kennung"),
                Spreadsheets.row(
                        selfish.id(),
                        marker + " Selbst",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        marker + " Selbst"));

        JsonNode problem = calls.rejected(Spreadsheets.xlsx(HEADERS, rows), CDO);

        assertThat(ImportCalls.errors(problem))
                .extracting(error -> tuple(error.toArray()[0], error.toArray()[1]))
                .containsExactly(
                        tuple(2, "Name"),
                        tuple(3, "Betrieb"),
                        tuple(3, "Anzahl Nutzende"),
                        tuple(3, "Lebenszyklus"),
                        tuple(3, "Fachliche Eignung"),
                        tuple(3, "Technische Eignung"),
                        tuple(4, "Abzulösen bis"),
                        tuple(5, "Kennung"),
                        tuple(7, "Kennung"),
                        tuple(8, "Organisationseinheiten"),
                        tuple(8, "Verarbeitet personenbezogene Daten"),
                        tuple(9, "Eingeführt am"),
                        tuple(9, "Nachfolger"),
                        tuple(9, "Lizenz (SPDX)"),
                        tuple(10, "Kennung"),
                        tuple(11, "Nachfolger"));
        List<Tuple> errors = ImportCalls.errors(problem);
        assertThat(errors.get(7).toArray()[2])
                .isEqualTo("Eine Anwendung mit der Kennung „" + foreign.id() + "“ gibt es in dieser Kommune nicht.");
        assertThat(errors.get(2).toArray()[2])
                .isEqualTo("„viele“ ist keine Anzahl (eine ganze Zahl von 0 bis 10.000.000).");
        assertThat(errors.get(12).toArray()[2])
                .isEqualTo("Eine Anwendung „Gibt es nicht“ gibt es nicht, weder in der Kommune noch in einer Zeile"
                        + " weiter oben.");
        assertThat(state()).isEqualTo(before);

        MvcResult page = mvc.perform(multipart("/applications/import")
                        .file(new MockMultipartFile(
                                "file",
                                "fremd.xlsx",
                                TableFile.XLSX,
                                Spreadsheets.xlsx(
                                        HEADERS, List.of(Spreadsheets.row(foreign.id(), marker + " Übernahme")))))
                        .with(user(users.loadUserByUsername(CDO)))
                        .with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("id=\"import-problems\"")
                .contains("Eine Anwendung mit der Kennung „" + foreign.id() + "“ gibt es in dieser Kommune nicht.")
                .doesNotContain(marker + " Fremde");
        Application after = tenants.as(tenants.beispielhausen(), () -> applications.get(foreign.id()));
        assertThat(after.name()).isEqualTo(marker + " Fremde");
        assertThat(after.version()).isEqualTo(foreign.version());
    }

    @Test
    void aRowWithAnIdChangesOnlyTheColumnsTheFileHas() throws Exception {
        List<Application> three = threeApplications();
        Application beta = three.get(1);
        State before = state();
        byte[] file = Spreadsheets.xlsx(
                List.of("id", "name", "Vendor"), List.of(Spreadsheets.row(beta.id(), marker + " Beta", "Dataport")));

        JsonNode summary = calls.imported(file, CDO);

        assertThat(summary.get("updated").asInt()).isEqualTo(1);
        ApplicationData after = tenants.as(
                tenants.musterstadt(), () -> applications.get(beta.id()).data());
        assertThat(after.vendor()).isEqualTo("Dataport");
        assertThat(after)
                .isEqualTo(new ApplicationData(
                        beta.data().name(),
                        "Dataport",
                        beta.data().product(),
                        beta.data().productVersion(),
                        beta.data().purpose(),
                        beta.data().departments(),
                        beta.data().responsiblePerson(),
                        beta.data().hosting(),
                        beta.data().users(),
                        beta.data().lifecycle(),
                        beta.data().introducedOn(),
                        beta.data().retireBy(),
                        beta.data().functionalFit(),
                        beta.data().technicalFit(),
                        beta.data().criticality(),
                        beta.data().personalData(),
                        beta.data().protectionNeed(),
                        beta.data().openSource(),
                        beta.data().licence(),
                        beta.data().successor()));
        State now = state();
        assertThat(now.revisions()).isEqualTo(before.revisions() + 1);
        assertThat(now.auditRows()).isEqualTo(before.auditRows() + 1);
    }

    @Test
    void theTemplateCreatesApplicationsAndASuccessorMayBeARowAbove() throws Exception {
        byte[] template = template(CDO);
        assertThat(Spreadsheets.rowTexts(template, 0, 0))
                .startsWith("Kennung", "Name", "Hersteller")
                .doesNotContain("TIME-Einordnung")
                .contains("Nachfolger");
        assertThat(ImportCalls.errors(calls.rejected(template, CDO)))
                .containsExactly(tuple(null, null, "Die Datei enthält keine Anwendungen."));
        List<String> headers = Spreadsheets.rowTexts(template, 0, 0);
        byte[] file = template;
        file = fill(
                file,
                headers,
                1,
                Map.of(
                        "Name", marker + " Neu",
                        "Organisationseinheiten", commaOffice.name() + ", " + office.name(),
                        "Betrieb", "Cloud (SaaS)",
                        "Lebenszyklus", "geplant",
                        "Fachliche Eignung", "4",
                        "Technische Eignung", "2",
                        "Kritikalität", "MEDIUM",
                        "Open Source", "ja",
                        "Lizenz (SPDX)", "MIT OR Apache-2.0"));
        file = fill(file, headers, 2, Map.of("Name", marker + " Alt", "Nachfolger", marker + " Neu"));

        JsonNode summary = calls.imported(file, CDO);

        assertThat(summary.get("created").asInt()).isEqualTo(2);
        ApplicationData neu = tenants.as(
                tenants.musterstadt(),
                () -> applications.get(idOf(marker + " Neu")).data());
        assertThat(neu.departments()).containsExactlyInAnyOrder(office.id(), commaOffice.id());
        assertThat(neu.hosting()).isEqualTo(Hosting.CLOUD);
        assertThat(neu.lifecycle()).isEqualTo(Lifecycle.PLANNED);
        assertThat(neu.functionalFit()).isEqualTo(4);
        assertThat(neu.criticality()).isEqualTo(Criticality.MEDIUM);
        assertThat(neu.openSource()).isTrue();
        assertThat(neu.licence()).isEqualTo("MIT OR Apache-2.0");
        ApplicationData alt = tenants.as(
                tenants.musterstadt(),
                () -> applications.get(idOf(marker + " Alt")).data());
        assertThat(alt.successor()).isEqualTo(idOf(marker + " Neu"));
        assertThat(alt.lifecycle()).isEqualTo(Lifecycle.IN_USE);

        byte[] below = Spreadsheets.xlsx(
                List.of("Name", "Nachfolger"),
                List.of(
                        Spreadsheets.row(marker + " Vorn", marker + " Hinten"),
                        Spreadsheets.row(marker + " Hinten", null)));
        assertThat(ImportCalls.errors(calls.rejected(below, CDO)))
                .containsExactly(tuple(
                        2,
                        "Nachfolger",
                        "Eine Anwendung „" + marker + " Hinten“ gibt es nicht, weder in der Kommune noch in einer"
                                + " Zeile weiter oben."));
    }

    @Test
    void aSuccessorCycleAcrossRowsRejectsTheFile() throws Exception {
        Application a = created(ApplicationData.named(marker + " A"));
        Application b = created(ApplicationData.named(marker + " B"));
        State before = state();
        byte[] file = Spreadsheets.xlsx(
                List.of("Kennung", "Name", "Nachfolger"),
                List.of(
                        Spreadsheets.row(a.id(), marker + " A", marker + " B"),
                        Spreadsheets.row(b.id(), marker + " B", marker + " A")));

        assertThat(ImportCalls.errors(calls.rejected(file, CDO)))
                .containsExactly(tuple(
                        3, "Nachfolger", "Diese Anwendung würde über ihre Nachfolger wieder sich selbst ablösen."));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theTemplateListsTheValuesOfTheOwnMunicipalityOnly() throws Exception {
        Application secret = created(ApplicationData.named(marker + " Geheim"));
        String musterstadt = String.join("|", Spreadsheets.allTexts(template(CDO), 2));
        assertThat(musterstadt).contains(office.name(), secret.name(), "im Einsatz", "Cloud (SaaS)", "sehr hoch", "ja");
        byte[] beispielhausenPage = mvc.perform(get("/applications/import/template.xlsx")
                        .with(user(users.loadUserByUsername("cdo@beispielhausen.example"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(String.join("|", Spreadsheets.allTexts(beispielhausenPage, 2)))
                .doesNotContain(office.name())
                .doesNotContain(secret.name())
                .contains("im Einsatz");
        assertThat(String.join("|", Spreadsheets.allTexts(template("cdo@beispielhausen.example"), 2)))
                .doesNotContain(office.name())
                .doesNotContain(secret.name());
    }

    @Test
    void filesThatAreNoSpreadsheetGetAClearAnswerAndNoServerError() throws Exception {
        byte[] garbage = new byte[2048];
        new java.util.Random(11).nextBytes(garbage);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("liesmich.txt"));
            out.write("kein Arbeitsblatt".getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = Arrays.copyOf(Spreadsheets.xlsx(HEADERS, List.of(Spreadsheets.row(null, "X"))), 400);
        for (byte[] file : List.of(
                garbage, zip.toByteArray(), truncated, "Name;Hersteller\nA;B\n".getBytes(StandardCharsets.UTF_8))) {
            assertThat(ImportCalls.errors(calls.rejected(file, CDO)))
                    .containsExactly(tuple(null, null, "Die Datei ist keine Excel-Datei im XLSX-Format."));
        }
        assertThat(ImportCalls.errors(calls.rejected(new byte[0], CDO)))
                .containsExactly(tuple(null, null, "Die Datei ist leer."));
        assertThat(ImportCalls.errors(calls.rejected(
                        Spreadsheets.xlsx(List.of("Titel", "Hersteller"), List.of(Spreadsheets.row("A", "B"))), CDO)))
                .containsExactly(tuple(1, "Name", "Die Spalte fehlt in der ersten Zeile."));

        MvcResult page = mvc.perform(multipart("/applications/import")
                        .file(new MockMultipartFile("file", "bilanz.pdf", "application/pdf", garbage))
                        .with(user(users.loadUserByUsername(CDO)))
                        .with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
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
        assertThat(ImportCalls.errors(calls.rejected(packed.toByteArray(), CDO)))
                .containsExactly(tuple(null, null, "Die Datei ist entpackt zu groß; bitte teilen Sie sie auf."));
    }

    @Test
    void aFileWithMoreRowsThanAllowedIsRejected() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i <= ApplicationImport.MAX_ROWS; i++) {
            rows.add(Spreadsheets.row(null, marker + " " + i));
        }
        assertThat(ImportCalls.errors(calls.rejected(Spreadsheets.xlsx(HEADERS, rows), CDO)))
                .containsExactly(tuple(
                        ApplicationImport.MAX_ROWS + 2,
                        null,
                        "Die Datei enthält mehr als " + ApplicationImport.MAX_ROWS
                                + " Zeilen; bitte teilen Sie sie auf."));
        assertThat(names()).isEmpty();
    }

    @Test
    void readersMayNeitherImportNorDownloadTheTemplate() throws Exception {
        for (String reader : List.of("rat@musterstadt.example", "lotse@musterstadt.example")) {
            assertThat(calls.upload(
                                    Spreadsheets.xlsx(HEADERS, List.of(Spreadsheets.row(null, marker + " Leser"))),
                                    reader)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(get("/api/v1/applications/import/template")
                                    .with(user(users.loadUserByUsername(reader))))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesTheImportAndItsTemplate() throws Exception {
        JsonNode api = json.readTree(mvc.perform(get("/v3/api-docs").with(user(users.loadUserByUsername(CDO))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        JsonNode upload = api.get("paths").get("/api/v1/applications/import").get("post");
        assertThat(upload.get("requestBody").get("content").has("multipart/form-data"))
                .isTrue();
        assertThat(upload.get("responses").has("422")).isTrue();
        assertThat(api.get("paths").get("/api/v1/applications/import/template").has("get"))
                .isTrue();
    }

    /** Three applications of the marker: a plain one, one with every field, one in the cloud. */
    private List<Application> threeApplications() {
        Application alpha = created(ApplicationData.named(marker + " Alpha"));
        Application beta = created(new ApplicationData(
                marker + " Beta",
                "Komm.ONE",
                "OK.EWO",
                "7.2",
                "Zeile eins\nZeile zwei; mit Semikolon, Komma und „Anführung“",
                Set.of(office.id(), commaOffice.id()),
                "Frau Yılmaz",
                Hosting.MUNICIPAL_PROVIDER,
                1200,
                Lifecycle.TO_BE_REPLACED,
                LocalDate.of(2012, 4, 1),
                LocalDate.of(2027, 12, 31),
                4,
                2,
                Criticality.HIGH,
                true,
                ProtectionNeed.VERY_HIGH,
                true,
                "EUPL-1.2",
                alpha.id()));
        Application gamma = created(new ApplicationData(
                marker + " Gamma",
                null,
                null,
                null,
                null,
                Set.of(office.id()),
                null,
                Hosting.CLOUD,
                null,
                Lifecycle.IN_USE,
                null,
                null,
                3,
                3,
                null,
                false,
                ProtectionNeed.NORMAL,
                false,
                null,
                null));
        return List.of(alpha, beta, gamma);
    }

    private Application created(ApplicationData data) {
        return tenants.as(tenants.musterstadt(), () -> applications.create(data));
    }

    private ApplicationId idOf(String name) {
        return tenants.as(tenants.musterstadt(), () -> jdbc.sql("select id from application where name = :name")
                .param("name", name)
                .query((rs, n) -> new ApplicationId(rs.getObject("id", UUID.class)))
                .single());
    }

    private static byte[] fill(byte[] file, List<String> headers, int row, Map<String, String> cells) {
        byte[] filled = file;
        for (Map.Entry<String, String> cell : cells.entrySet()) {
            filled = Spreadsheets.withCell(filled, row, headers.indexOf(cell.getKey()), cell.getValue());
        }
        return filled;
    }

    /** The marker's applications as the API exports them, in the language when given. */
    private byte[] export(String language) throws Exception {
        var request = get("/api/v1/applications")
                .param("q", marker)
                .accept(TableFile.XLSX)
                .with(user(users.loadUserByUsername(CDO)));
        if (language != null) {
            request.cookie(new Cookie("lotse-language", language));
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsByteArray();
    }

    private byte[] template(String email) throws Exception {
        return mvc.perform(get("/api/v1/applications/import/template").with(user(users.loadUserByUsername(email))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private List<String> names() {
        return tenants.as(tenants.musterstadt(), () -> jdbc.sql("select name from application where name like :like")
                .param("like", marker + "%")
                .query(String.class)
                .list());
    }

    /** What an import may change: the audit revisions, the applications' audit rows and the marker's versions. */
    record State(long revisions, long auditRows, Map<String, Long> versions) {}

    private State state() {
        return tenants.as(
                tenants.musterstadt(),
                () -> new State(
                        jdbc.sql("select count(*) from audit_revision")
                                .query(Long.class)
                                .single(),
                        jdbc.sql("select count(*) from application_aud")
                                .query(Long.class)
                                .single(),
                        jdbc
                                .sql("select name, version from application where name like :like")
                                .param("like", marker + "%")
                                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getLong("version")))
                                .list()
                                .stream()
                                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    }
}
