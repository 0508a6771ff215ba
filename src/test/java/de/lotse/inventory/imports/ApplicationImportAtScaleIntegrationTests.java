package de.lotse.inventory.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.platform.TableFile;
import de.lotse.platform.sheets.Spreadsheets;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A file of 1,000 applications through the API as the CDO — every second one the successor of the row
 * above — created, read back unchanged from the export, then all changed. Prints time and statements
 * of each; reading back and the reads of the changes run a few statements however many rows the file
 * has.
 */
@LotseIntegrationTest
class ApplicationImportAtScaleIntegrationTests {

    private static final int ROWS = 1_000;

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

    private final String prefix =
            "Massenanwendung " + UUID.randomUUID().toString().substring(0, 8) + " ";

    @AfterEach
    void removeTheApplications() {
        tenants.as(tenants.musterstadt(), () -> {
            jdbc.sql("update application set successor_id = null where name like :like")
                    .param("like", prefix + "%")
                    .update();
            return jdbc.sql("delete from application where name like :like")
                    .param("like", prefix + "%")
                    .update();
        });
    }

    @Test
    void aThousandRowsAreCreatedReadBackUnchangedAndChanged() throws Exception {
        String office = tenants.as(
                        tenants.musterstadt(), () -> departments.create(DepartmentMother.office(prefix + "Amt")))
                .name();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(Arrays.asList(
                    prefix + String.format("%04d", i),
                    "Hersteller " + i % 10,
                    office,
                    i % 2 == 0 ? "Cloud (SaaS)" : "eigener Serverraum",
                    String.valueOf(10 + i),
                    i % 2 == 0 ? "im Einsatz" : "abzulösen",
                    LocalDate.of(2010, 1, 1).plusDays(i),
                    String.valueOf(1 + i % 4),
                    String.valueOf(1 + (i / 2) % 4),
                    i % 3 == 0 ? "ja" : "nein",
                    i % 2 == 0 ? null : prefix + String.format("%04d", i - 1)));
        }
        byte[] file = Spreadsheets.xlsx(
                List.of(
                        "Name",
                        "Hersteller",
                        "Organisationseinheiten",
                        "Betrieb",
                        "Anzahl Nutzende",
                        "Lebenszyklus",
                        "Eingeführt am",
                        "Fachliche Eignung",
                        "Technische Eignung",
                        "Verarbeitet personenbezogene Daten",
                        "Nachfolger"),
                rows);

        Measured created = measure("create 1,000", file);
        assertThat(created.summary().get("created").asInt()).isEqualTo(ROWS);

        byte[] export = mvc.perform(get("/api/v1/applications")
                        .param("q", prefix)
                        .accept(TableFile.XLSX)
                        .with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Measured unchanged = measure("read back 1,000 unchanged", export);
        assertThat(unchanged.summary().get("unchanged").asInt()).isEqualTo(ROWS);
        assertThat(unchanged.statements().size())
                .as(String.join("\n", unchanged.statements()))
                .isLessThanOrEqualTo(20);

        byte[] changed =
                Spreadsheets.withColumn(export, Spreadsheets.column(export, "Verantwortliche Person"), "Herr Neumann");
        Measured updated = measure("change 1,000", changed);
        assertThat(updated.summary().get("updated").asInt()).isEqualTo(ROWS);
        assertThat(updated.statements().stream().filter(sql -> sql.startsWith("select")))
                .as("reads while changing 1,000")
                .hasSizeLessThanOrEqualTo(20);
    }

    record Measured(JsonNode summary, List<String> statements) {}

    private Measured measure(String what, byte[] file) throws Exception {
        long start = System.nanoTime();
        var counted = SqlStatements.during(() -> mvc.perform(multipart("/api/v1/applications/import")
                        .file(new MockMultipartFile("file", "massen.xlsx", TableFile.XLSX, file))
                        .with(user(users.loadUserByUsername("cdo@musterstadt.example")))
                        .with(csrf()))
                .andReturn()
                .getResponse());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(counted.result().getStatus())
                .as(counted.result().getContentAsString())
                .isEqualTo(200);
        long selects = counted.statements().stream()
                .filter(sql -> sql.startsWith("select"))
                .count();
        System.out.printf(
                "APPLICATION IMPORT AT SCALE: %-28s %6d statements (%d reads), %6d ms, %d bytes%n",
                what, counted.count(), selects, millis, file.length);
        counted.statements().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        sql -> sql.replaceAll("\\s+", " ").substring(0, Math.min(48, sql.length())),
                        java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()))
                .forEach((sql, count) -> System.out.printf("    %6d x %s%n", count, sql));
        // the bound catches a regression (a statement per row more) and leaves room for a busy machine
        assertThat(millis).as(what + " in ms").isLessThan(120_000);
        return new Measured(
                new ObjectMapper().readTree(counted.result().getContentAsByteArray()), counted.statements());
    }
}
