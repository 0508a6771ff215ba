package de.lotse.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.inventory.ApplicationData;
import de.lotse.inventory.Applications;
import de.lotse.portfolio.ProjectMother;
import de.lotse.portfolio.Projects;
import de.lotse.servicecatalog.ServiceStatusData;
import de.lotse.servicecatalog.ServiceStatusRow;
import de.lotse.servicecatalog.ServiceStatuses;
import de.lotse.tenancy.TenantFixture;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Every CSV export writes texts a spreadsheet would take for a formula with a leading apostrophe. */
@LotseIntegrationTest
class CsvFormulaIntegrationTests {

    /** The characters a spreadsheet starts a formula (or a DDE call) with. */
    private static final List<String> FORMULA_STARTS = List.of("=", "+", "-", "@", "|");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Projects projects;

    @Autowired
    Applications applications;

    @Autowired
    ServiceStatuses statuses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void projectTitlesStartingWithAFormulaAreDefusedInThePagesAndTheApisCsv() throws Exception {
        String marker = marker();
        for (String start : FORMULA_STARTS) {
            tenants.as(
                    tenants.musterstadt(),
                    () -> projects.create(ProjectMother.idea(start + marker + "cmd|' /C calc'!A0")));
        }
        for (String path : new String[] {"/projects/export.csv", "/api/v1/projects"}) {
            assertDefused(column(csv(path, "q", marker, "rat@musterstadt.example"), 1), marker);
        }
    }

    @Test
    void applicationNamesStartingWithAFormulaAreDefusedInThePagesAndTheApisCsv() throws Exception {
        String marker = marker();
        for (String start : FORMULA_STARTS) {
            tenants.as(
                    tenants.musterstadt(),
                    () -> applications.create(ApplicationData.named(start + marker + "HYPERLINK(\"x\")")));
        }
        for (String path : new String[] {"/applications/export.csv", "/api/v1/applications"}) {
            assertDefused(column(csv(path, "q", marker, "rat@musterstadt.example"), 1), marker);
        }
    }

    @Test
    void aServicesTextsStartingWithAFormulaAreDefusedInThePagesAndTheApisCsv() throws Exception {
        String key = jdbc.sql(
                        "select leika_key from catalogue_leika_service where withdrawn_in is null and leika_key is not null"
                                + " order by leika_key desc limit 1")
                .query(String.class)
                .single();
        tenants.as(tenants.beispielhausen(), () -> {
            ServiceStatusRow row = statuses.get(key);
            return statuses.update(
                    key,
                    row.version(),
                    new ServiceStatusData(
                            true,
                            null,
                            "=1+1",
                            "@SUM(A1)",
                            false,
                            null,
                            null,
                            row.maturityLevel(),
                            null,
                            null,
                            null,
                            "-2+3"));
        });
        for (String path : new String[] {"/services/export.csv", "/api/v1/service-status"}) {
            List<CSVRecord> records = csv(path, "q", key, "cdo@beispielhausen.example");
            assertThat(records).hasSize(2);
            assertThat(records.get(1).values()).contains("'=1+1", "'@SUM(A1)", "'-2+3");
        }
    }

    private List<CSVRecord> csv(String path, String parameter, String value, String user) throws Exception {
        byte[] body = mvc.perform(
                        get(path).param(parameter, value).accept("text/csv").with(user(users.loadUserByUsername(user))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return parse(new String(body, StandardCharsets.UTF_8));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();
    }

    private static List<String> column(List<CSVRecord> records, int column) {
        return records.stream().skip(1).map(record -> record.get(column)).toList();
    }

    private static void assertDefused(List<String> cells, String marker) {
        assertThat(cells).hasSize(FORMULA_STARTS.size());
        for (String start : FORMULA_STARTS) {
            assertThat(cells).anySatisfy(cell -> assertThat(cell).startsWith("'" + start + marker));
        }
    }

    private static String marker() {
        return "Formel" + UUID.randomUUID().toString().substring(0, 8);
    }
}
