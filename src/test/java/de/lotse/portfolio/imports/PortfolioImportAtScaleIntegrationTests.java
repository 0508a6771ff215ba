package de.lotse.portfolio.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.platform.sheets.Spreadsheets;
import de.lotse.portfolio.GoalFixture;
import de.lotse.tenancy.DepartmentMother;
import de.lotse.tenancy.Departments;
import de.lotse.tenancy.TenantFixture;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * A file of 1,000 projects through the API as the CDO: created, read back unchanged from the export,
 * then all changed. Prints time and statements of each; reading back runs a few statements however
 * many rows the file has.
 */
@LotseIntegrationTest
class PortfolioImportAtScaleIntegrationTests {

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
    GoalFixture goals;

    @Autowired
    JdbcClient jdbc;

    private final String prefix = "Massenimport " + UUID.randomUUID().toString().substring(0, 8) + " ";

    @AfterEach
    void removeTheProjects() {
        tenants.as(tenants.musterstadt(), () -> jdbc.sql("delete from project where title like :like")
                .param("like", prefix + "%")
                .update());
    }

    @Test
    void aThousandRowsAreCreatedReadBackUnchangedAndChanged() throws Exception {
        String department = tenants.as(
                        tenants.musterstadt(), () -> departments.create(DepartmentMother.office("Massenamt")))
                .name();
        String goal = "Massenziel " + prefix.strip();
        goals.musterstadtGoal(goal);
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(List.of(
                    prefix + String.format("%04d", i),
                    "Beschreibung der Maßnahme " + i,
                    i % 2 == 0 ? "Konzept" : "Idee",
                    i % 3 == 0 ? "Labor (agil)" : "Linie",
                    "mittel",
                    department,
                    "Leitung " + i,
                    goal,
                    "Bildung, Mobilität",
                    LocalDate.of(2026, 1, 1).plusDays(i),
                    LocalDate.of(2028, 1, 1).plusDays(i)));
        }
        byte[] file = Spreadsheets.xlsx(
                List.of(
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
                        "Geplantes Ende"),
                rows);

        Measured created = measure("create 1,000", file);
        assertThat(created.summary().get("created").asInt()).isEqualTo(ROWS);

        byte[] export = mvc.perform(get("/api/v1/projects")
                        .param("q", prefix)
                        .accept(de.lotse.platform.TableFile.XLSX)
                        .with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Measured unchanged = measure("read back 1,000 unchanged", export);
        assertThat(unchanged.summary().get("unchanged").asInt()).isEqualTo(ROWS);
        assertThat(unchanged.statements().size())
                .as(String.join("\n", unchanged.statements()))
                .isLessThanOrEqualTo(20);

        byte[] changed = Spreadsheets.withColumn(export, Spreadsheets.column(export, "Projektleitung"), "Neue Leitung");
        Measured updated = measure("change 1,000", changed);
        assertThat(updated.summary().get("updated").asInt()).isEqualTo(ROWS);
    }

    record Measured(JsonNode summary, List<String> statements) {}

    private Measured measure(String what, byte[] file) throws Exception {
        long start = System.nanoTime();
        var counted = SqlStatements.during(() -> mvc.perform(multipart("/api/v1/projects/import")
                        .file(new MockMultipartFile("file", "massen.xlsx", de.lotse.platform.TableFile.XLSX, file))
                        .with(user(users.loadUserByUsername("cdo@musterstadt.example")))
                        .with(csrf()))
                .andReturn()
                .getResponse());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(counted.result().getStatus())
                .as(counted.result().getContentAsString())
                .isEqualTo(200);
        System.out.printf(
                "PORTFOLIO IMPORT AT SCALE: %-28s %6d statements, %6d ms, %d bytes%n",
                what, counted.count(), millis, file.length);
        // the bound catches a regression (a statement per row more) and leaves room for a busy machine
        assertThat(millis).as(what + " in ms").isLessThan(120_000);
        return new Measured(
                new ObjectMapper().readTree(counted.result().getContentAsByteArray()), counted.statements());
    }
}
