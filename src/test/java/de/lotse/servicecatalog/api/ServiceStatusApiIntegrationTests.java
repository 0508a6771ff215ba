package de.lotse.servicecatalog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.SqlStatements;
import de.lotse.identity.ApiTokens;
import de.lotse.identity.CurrentUser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The municipality's state of its services through the API: read, change with If-Match, bulk, isolation. */
@LotseIntegrationTest
class ServiceStatusApiIntegrationTests {

    /** Parking ban zone for a removal: regulated and executed by municipalities (LeiKa type 5). */
    private static final String KEY = "99108011000000";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @Test
    void setsTheMaturityOfAServiceWithIfMatch() throws Exception {
        String etag = mvc.perform(get("/api/v1/service-status/" + KEY).with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leikaKey").value(KEY))
                .andReturn()
                .getResponse()
                .getHeader("ETag");

        mvc.perform(
                        put("/api/v1/service-status/" + KEY)
                                .with(as("cdo@musterstadt.example"))
                                .with(csrf())
                                .header("If-Match", etag)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        """
                                {"maturityLevel": 3, "solutionName": "Wohngeld-Digital", "sharedSolution": true,
                                 "casesYear": 2025, "casesOnline": 120, "casesOffline": 380}
                                """))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maturityLevel").value(3))
                .andExpect(jsonPath("$.solutionName").value("Wohngeld-Digital"))
                .andExpect(header().exists("ETag"));

        // the same, stale version again: nothing is overwritten
        mvc.perform(put("/api/v1/service-status/" + KEY)
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.maturityLevel").value(3));

        mvc.perform(put("/api/v1/service-status/" + KEY)
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 7}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maturityLevel"));
        mvc.perform(put("/api/v1/service-status/" + KEY)
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 2}"))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/service-status/" + KEY)
                        .with(as("rat@musterstadt.example"))
                        .with(csrf())
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 2}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherMunicipalityNeverSeesTheState() throws Exception {
        String key = "99108012000000";
        mvc.perform(patch("/api/v1/service-status")
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"leikaKeys\": [\"" + key + "\"], \"maturityLevel\": 4}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
        String etag = mvc.perform(get("/api/v1/service-status/" + key).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.maturityLevel").value(4))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/service-status/" + key)
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 4, \"solutionName\": \"Geheimportal Musterstadt\"}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/service-status/" + key).with(as("cdo@beispielhausen.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.solutionName").doesNotExist());
        mvc.perform(get("/api/v1/service-status").param("q", key).with(as("cdo@beispielhausen.example")))
                .andExpect(jsonPath("$.items[*].solutionName", not(hasItem("Geheimportal Musterstadt"))));
        mvc.perform(get("/services").param("q", key).with(as("cdo@beispielhausen.example")))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(not(org.hamcrest.Matchers.containsString("Geheimportal Musterstadt"))));
        mvc.perform(get("/api/v1/service-status").param("q", key).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.items[*].solutionName", hasItem("Geheimportal Musterstadt")));
    }

    @Test
    void beispielhausensTokenNeverSeesMusterstadtsState() throws Exception {
        String key = "99108012000000";
        String etag = mvc.perform(get("/api/v1/service-status/" + key).with(as("cdo@musterstadt.example")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/service-status/" + key)
                        .with(as("cdo@musterstadt.example"))
                        .with(csrf())
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 4, \"solutionName\": \"Tokenprobe Musterstadt\"}"))
                .andExpect(status().isOk());
        String token = tokens.create(
                        (CurrentUser) users.loadUserByUsername("cdo@beispielhausen.example"), "Leistungen", null)
                .secret();

        mvc.perform(get("/api/v1/service-status/" + key).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.solutionName").doesNotExist());
        mvc.perform(get("/api/v1/service-status")
                        .param("q", "Sondernutzung")
                        .param("size", "500")
                        .header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].solutionName", not(hasItem("Tokenprobe Musterstadt"))));
    }

    @Test
    void theListFiltersAndPagesInTheDatabase() throws Exception {
        RequestPostProcessor cdo = as("cdo@musterstadt.example");
        mvc.perform(get("/api/v1/service-status").param("size", "1").with(cdo)).andExpect(status().isOk());
        long[] millis = new long[20];
        var counted = SqlStatements.during(() -> {
            for (int run = 0; run < millis.length; run++) {
                long start = System.nanoTime();
                mvc.perform(get("/api/v1/service-status")
                                .param("topic", "2")
                                .param("online", "false")
                                .param("size", "50")
                                .with(cdo))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.items.length()").value(50));
                millis[run] = (System.nanoTime() - start) / 1_000_000;
            }
            return null;
        });
        java.util.Arrays.sort(millis);
        System.out.printf("service status list, topic + online filter, page of 50: median %d ms%n", millis[10]);
        // per request: the session check, the catalogue sync check, count and page — not one per row
        assertThat(counted.count() / millis.length)
                .as("%s", counted.statements())
                .isLessThanOrEqualTo(12);
    }

    @Test
    void beispielhausenRecordsInTheMaturityModel2() throws Exception {
        String key = "99108012000000";
        String etag = mvc.perform(get("/api/v1/service-status/" + key).with(as("cdo@beispielhausen.example")))
                .andExpect(jsonPath("$.maturityModel").value("OZG_2"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put("/api/v1/service-status/" + key)
                        .with(as("cdo@beispielhausen.example"))
                        .with(csrf())
                        .header("If-Match", etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 7}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.maturityLevel").value(7));
        mvc.perform(put("/api/v1/service-status/" + key)
                        .with(as("cdo@beispielhausen.example"))
                        .with(csrf())
                        .header("If-Match", "\"" + (Long.parseLong(etag.replace("\"", "")) + 1) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"maturityLevel\": 8}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("maturityLevel"));
        mvc.perform(get("/api/v1/catalogue/maturity-levels").with(as("cdo@beispielhausen.example")))
                .andExpect(jsonPath("$.model").value("OZG_2"))
                .andExpect(jsonPath("$.recorded").value(true))
                .andExpect(jsonPath("$.levels.length()").value(8))
                .andExpect(jsonPath("$.levels[7].nameEn").value("Fully end-to-end digital"));
        mvc.perform(get("/api/v1/catalogue/maturity-levels")
                        .param("model", "OZG_1")
                        .with(as("cdo@beispielhausen.example")))
                .andExpect(jsonPath("$.recorded").value(false))
                .andExpect(jsonPath("$.levels.length()").value(5));
        mvc.perform(get("/api/v1/service-status/" + key).with(as("cdo@musterstadt.example")))
                .andExpect(jsonPath("$.maturityModel").value("OZG_1"))
                .andExpect(jsonPath("$.maturityLevel").value(org.hamcrest.Matchers.lessThanOrEqualTo(4)));
    }

    @Test
    void listsWhereGoingOnlineHelpsMost() throws Exception {
        String body = mvc.perform(get("/api/v1/service-status")
                        .param("belowLevel", "3")
                        .param("sort", "casesOffline")
                        .param("size", "20")
                        .with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].maturityLevel", not(hasItem(3))))
                .andExpect(jsonPath("$.items[*].maturityLevel", not(hasItem(4))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> offline = com.jayway.jsonpath.JsonPath.read(body, "$.items[*].casesOffline");
        List<Integer> recorded =
                offline.stream().filter(java.util.Objects::nonNull).toList();
        assertThat(recorded)
                .as("the demo has case numbers of services below online")
                .hasSizeGreaterThan(2);
        assertThat(recorded).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(offline.subList(0, recorded.size()))
                .as("those with case numbers first")
                .isEqualTo(recorded);
    }

    @Test
    void exportsTheSameFilterAsCsvAndXlsx() throws Exception {
        RequestPostProcessor cdo = as("cdo@musterstadt.example");
        int total = com.jayway.jsonpath.JsonPath.read(
                mvc.perform(get("/api/v1/service-status").param("topic", "2").with(cdo))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.totalItems");
        assertThat(total).isGreaterThan(50);

        String csv = mvc.perform(get("/api/v1/service-status")
                        .param("topic", "2")
                        .accept("text/csv")
                        .with(cdo))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .get()
                .parse(new java.io.StringReader(csv.substring(1)))
                .getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("LeiKa-Schlüssel");
        assertThat(records).hasSize(total + 1);

        byte[] xlsx = mvc.perform(get("/api/v1/service-status")
                        .param("topic", "2")
                        .accept(de.lotse.platform.TableFile.XLSX)
                        .with(cdo))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(total);
            assertThat(sheet.getRow(0).getCell(12).getStringCellValue()).isEqualTo("Reifegrad");
            assertThat(sheet.getRow(1).getCell(12).getNumericCellValue()).isBetween(0.0, 4.0);
        }
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
