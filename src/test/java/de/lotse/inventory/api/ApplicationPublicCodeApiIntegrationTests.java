package de.lotse.inventory.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.tenancy.MunicipalityId;
import de.lotse.tenancy.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** A valid publiccode.yml becomes an application or updates the one it describes; an invalid one changes nothing. */
@LotseIntegrationTest
class ApplicationPublicCodeApiIntegrationTests {

    private static final String IMPORT = "/api/v1/applications/publiccode";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theStandardsExampleBecomesAPlannedApplicationAndImportingItAgainChangesNothing() throws Exception {
        String name = "Medusa " + UUID.randomUUID();
        String url = "https://example.com/" + UUID.randomUUID() + "/medusa.git";
        String file = PublicCodeFiles.standardExample(name, url);

        String location = importAs("cdo@musterstadt.example", file)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/applications/[0-9a-f-]{36}")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.created").value(true))
                .andExpect(jsonPath("$.application.name").value(name))
                .andExpect(jsonPath("$.application.product").value(name))
                .andExpect(jsonPath("$.application.productVersion").value("1.0"))
                .andExpect(jsonPath("$.application.vendor").value("Fornitore Privato SPA"))
                .andExpect(jsonPath("$.application.responsiblePerson").value("Francesco Rossi"))
                .andExpect(jsonPath("$.application.licence").value("AGPL-3.0-or-later"))
                .andExpect(jsonPath("$.application.openSource").value(true))
                .andExpect(jsonPath("$.application.lifecycle").value("PLANNED"))
                .andExpect(jsonPath("$.application.purpose", startsWith("This description can have a maximum 150")))
                .andExpect(jsonPath("$.application.publicCode.repositoryUrl").value(url))
                .andExpect(jsonPath("$.application.publicCode.maintenance").value("contract"))
                .andExpect(jsonPath("$.application.publicCode.platforms").value("android, ios"))
                .andExpect(jsonPath("$.application.publicCode.categories").value("content-management, office"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        assertThat(revisions(tenants.musterstadt(), id)).isEqualTo(1);

        importAs("redaktion@musterstadt.example", file)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.created").value(false))
                .andExpect(jsonPath("$.application.id").value(id.toString()));
        assertThat(revisions(tenants.musterstadt(), id)).isEqualTo(1);

        // a newer release under another name: the application keeps the municipality's name for it
        importAs(
                        "cdo@musterstadt.example",
                        file.replace("softwareVersion: \"1.0\"", "softwareVersion: \"2.0\"")
                                .replace("name: " + name, "name: Medusa Neu"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.application.id").value(id.toString()))
                .andExpect(jsonPath("$.application.name").value(name))
                .andExpect(jsonPath("$.application.product").value("Medusa Neu"))
                .andExpect(jsonPath("$.application.productVersion").value("2.0"));
        assertThat(revisions(tenants.musterstadt(), id)).isEqualTo(2);
    }

    @Test
    void aGermanDescriptionIsPreferredAndAFileWithoutUrlMatchIsFoundByName() throws Exception {
        String name = "Terminbuchung " + UUID.randomUUID();
        String file = PublicCodeFiles.standardExample(name, "https://example.com/" + UUID.randomUUID() + ".git")
                .replace(
                        "description:\n  en:",
                        "description:\n  de:\n    shortDescription: Termine im Bürgeramt\n"
                                + "    longDescription: Termine online buchen, ohne Wartezeit im Bürgeramt. Die Mitarbeitenden sehen"
                                + " den Tag auf einen Blick, Erinnerungen gehen per E-Mail hinaus, weniger Termine verfallen.\n"
                                + "    features:\n      - Buchung\n  en:");
        String location = importAs("cdo@musterstadt.example", file)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.application.purpose", startsWith("Termine im Bürgeramt\n\nTermine online")))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        assertThat(location).isNotBlank();

        // an application recorded by hand, with the software's name: the file describes it
        String handName = "Handerfasst " + UUID.randomUUID();
        String created = mvc.perform(post("/api/v1/applications")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("cdo@musterstadt.example")))
                        .contentType("application/json")
                        .content("{\"name\": \"" + handName + "\", \"lifecycle\": \"IN_USE\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        importAs(
                        "cdo@musterstadt.example",
                        PublicCodeFiles.standardExample(
                                handName.toUpperCase(java.util.Locale.ROOT),
                                "https://example.com/" + UUID.randomUUID() + ".git"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.application.id").value(created.substring(created.lastIndexOf('/') + 1)))
                .andExpect(jsonPath("$.application.lifecycle").value("IN_USE"));
    }

    @Test
    void anInvalidOrBrokenFileAnswers422AndChangesNothing() throws Exception {
        String name = "Ungültig " + UUID.randomUUID();
        importAs(
                        "cdo@musterstadt.example",
                        PublicCodeFiles.standardExample(name, "keine URL")
                                .replace("license: AGPL-3.0-or-later", "license: GPL-ish"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.errors[?(@.key == 'legal.license')]").exists());
        for (byte[] broken :
                new byte[][] {new byte[0], {(byte) 0xff, (byte) 0xfe, 0}, "a: [".getBytes(StandardCharsets.UTF_8)}) {
            mvc.perform(post(IMPORT)
                            .with(csrf().asHeader())
                            .with(user(users.loadUserByUsername("cdo@musterstadt.example")))
                            .contentType("application/x-www-form-urlencoded")
                            .content(broken))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.valid").value(false));
        }
        assertThat(tenants.as(
                        tenants.musterstadt(), () -> jdbc.sql("select count(*) from application where name = :name")
                                .param("name", name)
                                .query(Long.class)
                                .single()))
                .isZero();
    }

    @Test
    void readersMayNotImportAndEachMunicipalityImportsIntoItsOwnLandscape() throws Exception {
        String name = "Geteilt " + UUID.randomUUID();
        String file = PublicCodeFiles.standardExample(name, "https://example.com/" + UUID.randomUUID() + ".git");
        importAs("rat@musterstadt.example", file).andExpect(status().isForbidden());
        importAs("lotse@musterstadt.example", file).andExpect(status().isForbidden());
        importAs("cdo@musterstadt.example", file).andExpect(status().isCreated());
        // Beispielhausen's import of the same file does not find (or change) Musterstadt's application
        importAs("cdo@beispielhausen.example", file).andExpect(status().isCreated());
        for (MunicipalityId municipality : new MunicipalityId[] {tenants.musterstadt(), tenants.beispielhausen()}) {
            assertThat(tenants.as(municipality, () -> jdbc.sql("select count(*) from application where name = :name")
                            .param("name", name)
                            .query(Long.class)
                            .single()))
                    .isEqualTo(1);
        }
    }

    private ResultActions importAs(String email, String file) throws Exception {
        return mvc.perform(post(IMPORT)
                .with(csrf())
                .with(user(users.loadUserByUsername(email)))
                .contentType("application/yaml")
                .content(file.getBytes(StandardCharsets.UTF_8)));
    }

    private long revisions(MunicipalityId municipality, UUID id) {
        return tenants.as(municipality, () -> jdbc.sql("select count(*) from application_aud where id = :id")
                .param("id", id)
                .query(Long.class)
                .single());
    }
}
