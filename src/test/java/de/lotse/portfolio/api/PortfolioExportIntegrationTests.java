package de.lotse.portfolio.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.portfolio.ProjectMother;
import de.lotse.portfolio.Projects;
import de.lotse.tenancy.TenantFixture;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The filtered portfolio list as CSV and XLSX, through the API and as a download of the page. */
@LotseIntegrationTest
class PortfolioExportIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    Projects projects;

    private String marker;

    @BeforeEach
    void createThreeProjects() {
        marker = "Export " + UUID.randomUUID().toString().substring(0, 8);
        for (String title : new String[] {"Alpha", "Beta", "Gamma"}) {
            tenants.as(tenants.musterstadt(), () -> projects.create(ProjectMother.idea(marker + " " + title)));
        }
    }

    @Test
    void theApiAnswersTheSameFilterAsAValidSpreadsheetWithOneRowPerProject() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/v1/projects")
                        .param("q", marker)
                        .accept(de.lotse.platform.TableFile.XLSX)
                        .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Titel");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith(marker + " Alpha");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("Idee");
        }
    }

    @Test
    void theApiAndThePageAnswerTheSameFilterAsCsv() throws Exception {
        for (String path : new String[] {"/api/v1/projects", "/projects/export.csv"}) {
            String csv = new String(
                    mvc.perform(get(path)
                                    .param("q", marker)
                                    .param("phase", "IDEA")
                                    .accept("text/csv")
                                    .with(user(users.loadUserByUsername("rat@musterstadt.example"))))
                            .andExpect(status().isOk())
                            .andReturn()
                            .getResponse()
                            .getContentAsByteArray(),
                    StandardCharsets.UTF_8);
            assertThat(csv).startsWith("\ufeffKennung;Titel;Phase");
            assertThat(csv.lines()).hasSize(4);
            assertThat(csv).contains(marker + " Beta").contains(";Idee;");
        }
    }

    @Test
    void thePageOffersTheDownloadAsXlsx() throws Exception {
        byte[] xlsx = mvc.perform(get("/projects/export.xlsx")
                        .param("q", marker + " Gamma")
                        .with(user(users.loadUserByUsername("lotse@musterstadt.example"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }
}
