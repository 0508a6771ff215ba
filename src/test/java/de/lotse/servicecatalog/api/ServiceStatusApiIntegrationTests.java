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

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
