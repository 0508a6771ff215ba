package de.lotse.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import de.lotse.LotseIntegrationTest;
import de.lotse.audit.AuditTrail;
import de.lotse.identity.CurrentUser;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The change log for administrators, its CSV export, and a record's history. */
@LotseIntegrationTest
class AuditPagesIntegrationTests {

    private static final String CDO = "cdo@musterstadt.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void onlyAdministratorsSeeTheChangeLog() throws Exception {
        for (String email :
                List.of("redaktion@musterstadt.example", "lotse@musterstadt.example", "rat@musterstadt.example")) {
            mvc.perform(get("/audit").with(as(email))).andExpect(status().isForbidden());
            mvc.perform(get("/audit.csv").with(as(email))).andExpect(status().isForbidden());
            Document departments = page("/departments", email);
            assertThat(departments.select("nav.lotse-nav a").eachText()).doesNotContain("Änderungsprotokoll");
        }
        assertThat(page("/departments", CDO).select("nav.lotse-nav a").eachText())
                .contains("Änderungsprotokoll");
        mvc.perform(get("/audit")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theAdministratorFiltersTheChangeLogAndPagesThroughIt() throws Exception {
        String name = "Protokollamt " + UUID.randomUUID();
        String id = createDepartment(name);
        rename(id, name + " (neu)");
        CurrentUser cdo = (CurrentUser) users.loadUserByUsername(CDO);
        String today = LocalDate.now(AuditTrail.ZONE).toString();

        Document filtered =
                page("/audit?type=department&person=" + cdo.id().value() + "&from=" + today + "&to=" + today, CDO);

        assertThat(filtered.select("h1").text()).isEqualTo("Änderungsprotokoll");
        assertThat(filtered.select("select#person option[selected]").text()).isEqualTo(cdo.displayName());
        assertThat(filtered.select("input#from").val()).isEqualTo(today);
        assertThat(filtered.select("tbody tr").first().text())
                .contains(cdo.displayName(), "Organisationseinheit: " + name + " (neu)", "geändert")
                .contains("Name: " + name + " → geändert in " + name + " (neu)");
        assertThat(filtered.select("tbody a[href=/audit/department/" + id + "]"))
                .isNotEmpty();
        assertThat(filtered.select("a:contains(Als CSV herunterladen)").attr("href"))
                .contains("/audit.csv?", "type=department", "from=" + today);

        Document yesterday = page(
                "/audit?type=department&from="
                        + LocalDate.now(AuditTrail.ZONE).minusDays(1) + "&to="
                        + LocalDate.now(AuditTrail.ZONE).minusDays(1),
                CDO);
        assertThat(yesterday.text()).doesNotContain(name);

        Document firstPage = page("/audit", CDO);
        assertThat(firstPage.select("tbody tr")).hasSize(AuditController.PAGE_SIZE);
        assertThat(firstPage.select("nav.lotse-pagination a[rel=next]").attr("href"))
                .contains("page=1");
        Document secondPage = page("/audit?page=1", CDO);
        assertThat(secondPage.select("tbody tr")).isNotEmpty();
        assertThat(secondPage.text()).doesNotContain(name);
    }

    @Test
    void theCsvExportHoldsTheFilteredChanges() throws Exception {
        String name = "CSV-Amt " + UUID.randomUUID();
        String id = createDepartment(name);
        CurrentUser cdo = (CurrentUser) users.loadUserByUsername(CDO);

        var response = mvc.perform(get("/audit.csv")
                        .param("type", "department")
                        .param("person", cdo.id().value().toString())
                        .with(as(CDO)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("audit.csv")))
                .andReturn()
                .getResponse();
        String csv = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.Builder.create(CSVFormat.EXCEL)
                .setDelimiter(';')
                .get()
                .parse(new StringReader(csv.substring(1)))
                .getRecords();

        assertThat(records.get(0).toList())
                .containsExactly(
                        "Zeitpunkt", "Person", "Art des Datensatzes", "Kennung", "Art der Änderung", "Änderungen");
        CSVRecord created = records.stream()
                .filter(row -> row.get(3).equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(created.get(1)).isEqualTo(cdo.displayName());
        assertThat(created.get(2)).isEqualTo("Organisationseinheit");
        assertThat(created.get(4)).isEqualTo("angelegt");
        assertThat(created.get(5)).contains("Name: – → " + name, "Ebene: – → Amt/Fachbereich", "Status: – → aktiv");
        assertThat(records.subList(1, records.size()))
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo(cdo.displayName()));
    }

    @Test
    void everyoneInTheMunicipalitySeesADepartmentsHistoryButNoOtherMunicipality() throws Exception {
        String name = "Verlaufsamt " + UUID.randomUUID();
        String id = createDepartment(name);
        rename(id, name + " II");

        Document history = page("/audit/department/" + id, "rat@musterstadt.example");
        assertThat(history.select("h1").text()).isEqualTo("Verlauf: " + name + " II");
        assertThat(history.select("ol.lotse-history > li")).hasSize(2);
        assertThat(history.select("ol.lotse-history h2").eachText())
                .first()
                .asString()
                .startsWith("Geändert von ");
        assertThat(history.select("ol.lotse-history li")
                        .first()
                        .select("tbody tr")
                        .text())
                .isEqualTo("Name " + name + " " + name + " II");
        assertThat(history.select("a[href=/departments/" + id + "]")).isNotEmpty();
        assertThat(page("/departments/" + id, "rat@musterstadt.example")
                        .select("a[href=/audit/department/" + id + "]")
                        .text())
                .isEqualTo("Verlauf der Änderungen");

        mvc.perform(get("/audit/department/" + id).with(as("cdo@beispielhausen.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/audit/no_such_type/" + id).with(as(CDO))).andExpect(status().isNotFound());
        Document beispielhausens = page("/audit", "cdo@beispielhausen.example");
        assertThat(beispielhausens.text()).doesNotContain(name);
        String beispielhausensCsv = mvc.perform(get("/audit.csv").with(as("cdo@beispielhausen.example")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(beispielhausensCsv).doesNotContain(name, id);
    }

    private String createDepartment(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/departments")
                        .with(csrf())
                        .with(as(CDO))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"level\": \"OFFICE\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JsonPath.read(body, "$.id");
    }

    private void rename(String id, String name) throws Exception {
        mvc.perform(put("/api/v1/departments/" + id)
                        .with(csrf())
                        .with(as(CDO))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"" + name + "\", \"level\": \"OFFICE\"}"))
                .andExpect(status().isOk());
    }

    private Document page(String path, String email) throws Exception {
        String html = mvc.perform(get(path).with(as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
