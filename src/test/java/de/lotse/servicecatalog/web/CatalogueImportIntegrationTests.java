package de.lotse.servicecatalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.servicecatalog.CatalogueFiles;
import de.lotse.servicecatalog.CatalogueService;
import de.lotse.servicecatalog.ServiceCatalogue;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The operator replaces the catalogue: a broken file changes nothing, a valid one shows a preview first. */
@LotseIntegrationTest
class CatalogueImportIntegrationTests {

    private static final String NEW_KEY = "99999999999999";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ServiceCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TenantFixture tenants;

    @Test
    void aBrokenRowChangesNothingAndIsNamed() throws Exception {
        Map<String, String> files = shipped();
        files.put(
                CatalogueFiles.LEIKA_SERVICES,
                files.get(CatalogueFiles.LEIKA_SERVICES) + "9001,123,Kaputt,4,1,10513,,,,0,0,,,\n");
        long versions = count("catalogue_version");
        long imports = count("catalogue_import");

        mvc.perform(upload(files, "Katalog 2026", "2026-06-30"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("leika_leistungen.csv")))
                .andExpect(content().string(containsString("5251")))
                .andExpect(content().string(containsString("nichts wurde übernommen")));

        assertThat(count("catalogue_version")).isEqualTo(versions);
        assertThat(count("catalogue_import")).isEqualTo(imports);
    }

    @Test
    void aNewerCatalogueIsPreviewedAppliedAndKeepsWithdrawnServices() throws Exception {
        Map<String, String> files = shipped();
        List<String> leika = new java.util.ArrayList<>(
                List.of(files.get(CatalogueFiles.LEIKA_SERVICES).split("\n")));
        String dropped = leika.remove(leika.size() - 1);
        String droppedKey = dropped.split(",")[1];
        leika.add("9002," + NEW_KEY + ",Neue Leistung zum Abbruch,4,1,10513,,,,0,0,,,");
        files.put(CatalogueFiles.LEIKA_SERVICES, String.join("\n", leika) + "\n");
        files.put(
                CatalogueFiles.OZG_SERVICES,
                files.get(CatalogueFiles.OZG_SERVICES)
                        .replace("2,10110,Abfallentsorgung,", "2,10110,Abfallentsorgung und Sperrmüll,"));

        String preview = mvc.perform(upload(files, "Katalog 2026", "2026-06-30"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(preview).with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Neue Leistung zum Abbruch")))
                .andExpect(content().string(containsString("Abfallentsorgung und Sperrmüll")))
                .andExpect(content().string(containsString(droppedKey)));
        assertThat(catalogue.byKey(NEW_KEY))
                .as("nothing applied before the operator says so")
                .isEmpty();

        mvc.perform(post(preview + "/apply").with(operator()).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(catalogue.currentVersion().orElseThrow().label()).isEqualTo("Katalog 2026");
        assertThat(catalogue.byKey(NEW_KEY))
                .hasValueSatisfying(service -> assertThat(service.withdrawn()).isFalse());
        assertThat(catalogue.byKey(droppedKey))
                .hasValueSatisfying(service -> assertThat(service.withdrawn()).isTrue());
        assertThat(catalogue.ozgService("10110").orElseThrow().name()).isEqualTo("Abfallentsorgung und Sperrmüll");
        // every municipality has its row for the new service once the catalogue is applied, before any page is read
        for (MunicipalityId municipality : List.of(tenants.musterstadt(), tenants.beispielhausen())) {
            assertThat(tenants.as(municipality, () -> jdbc.sql(
                                    """
                                    select count(*) from service_status st
                                    join catalogue_leika_service s on s.id = st.service_id
                                    where s.leika_key = :key
                                    """)
                            .param("key", NEW_KEY)
                            .query(Long.class)
                            .single()))
                    .isEqualTo(1);
        }

        // back to the shipped content, as a catalogue of its own
        String restore = mvc.perform(upload(shipped(), "Katalog 2019, wieder", "2026-07-01"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(restore + "/apply").with(operator()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(catalogue.byKey(droppedKey).map(CatalogueService::withdrawn)).hasValue(false);
        assertThat(catalogue.byKey(NEW_KEY).map(CatalogueService::withdrawn)).hasValue(true);
        assertThat(catalogue.ozgService("10110").orElseThrow().name()).isEqualTo("Abfallentsorgung");
    }

    @Test
    void onlyOperatorsImport() throws Exception {
        mvc.perform(get("/operator/catalogue").with(user(users.loadUserByUsername("cdo@musterstadt.example"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/operator/catalogue").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lotse (mitgeliefert)")));
    }

    private MockMultipartHttpServletRequestBuilder upload(Map<String, String> files, String label, String date) {
        MockMultipartHttpServletRequestBuilder request = multipart("/operator/catalogue");
        files.forEach((name, text) ->
                request.file(new MockMultipartFile(name, name, "text/csv", text.getBytes(StandardCharsets.UTF_8))));
        request.param("label", label)
                .param("contentDate", date)
                .with(operator())
                .with(csrf());
        return request;
    }

    private RequestPostProcessor operator() {
        return user(users.loadUserByUsername("betrieb@lotse.example"));
    }

    private static Map<String, String> shipped() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : CatalogueFiles.NAMES) {
            try (InputStream in =
                    CatalogueImportIntegrationTests.class.getResourceAsStream("/reference/ozg-katalog/" + name)) {
                files.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
