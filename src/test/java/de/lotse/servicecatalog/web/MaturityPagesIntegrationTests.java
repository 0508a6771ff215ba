package de.lotse.servicecatalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.servicecatalog.MaturityLevel;
import de.lotse.servicecatalog.MaturityModel;
import de.lotse.servicecatalog.MaturityModels;
import de.lotse.tenancy.TenantFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The pages of the maturity models and of where going online helps most. */
@LotseIntegrationTest
class MaturityPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MaturityModels models;

    @Autowired
    TenantFixture tenants;

    @Test
    void eachMunicipalitySeesTheLevelsOfItsOwnModel() throws Exception {
        mvc.perform(get("/services").with(as("cdo@beispielhausen.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("7 – Ende-zu-Ende digital")));
        mvc.perform(get("/services/progress").with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("4 – Online-Transaktion")))
                .andExpect(content().string(not(containsString("7 – Ende-zu-Ende digital"))));
        mvc.perform(get("/services/maturity-model").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Reifegradmodell 1.x (Stufen 0 bis 4)")))
                .andExpect(content().string(containsString("Ende-zu-Ende digital")))
                .andExpect(content().string(not(containsString("name=\"model\""))));
    }

    @Test
    void aStaleChoiceOfModelIsRefused() throws Exception {
        long version = tenants.as(tenants.beispielhausen(), models::chosen).version();
        mvc.perform(post("/services/maturity-model")
                        .with(as("cdo@beispielhausen.example"))
                        .with(csrf())
                        .param("model", "OZG_2")
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("zwischenzeitlich geändert")));
        mvc.perform(post("/services/maturity-model")
                        .with(as("cdo@beispielhausen.example"))
                        .with(csrf())
                        .param("model", "OZG_2")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void helpsMostListsServicesBelowTheLevelWithTheMostCasesOnPaperFirst() throws Exception {
        String page = mvc.perform(
                        get("/services/helps-most").param("below", "4").with(as("cdo@musterstadt.example")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the housing benefit services (Wohngeld) have 890 cases on paper at level 3 in the demo, the most below 4
        String firstRow = page.substring(page.indexOf("<tbody"), page.indexOf("</tr>", page.indexOf("<tbody")));
        assertThat(firstRow)
                .contains("wohngeld")
                .contains("3 – Online-Leistung")
                .contains("890");
    }

    @Test
    void onlyOperatorsRenameLevels() throws Exception {
        mvc.perform(get("/operator/maturity-levels").with(as("cdo@musterstadt.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/operator/maturity-levels").with(operator()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ende-zu-Ende digital")));
        MaturityLevel before = models.levels(MaturityModel.OZG_2).get(7);
        mvc.perform(post("/operator/maturity-levels/OZG_2/7")
                        .with(operator())
                        .with(csrf())
                        .param("version", String.valueOf(before.version()))
                        .param("nameDe", "")
                        .param("nameEn", before.nameEn())
                        .param("descriptionDe", before.descriptionDe())
                        .param("descriptionEn", before.descriptionEn()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Füllen Sie alle vier Felder aus")));
        mvc.perform(post("/operator/maturity-levels/OZG_2/7")
                        .with(operator())
                        .with(csrf())
                        .param("version", String.valueOf(before.version() + 5))
                        .param("nameDe", "Überschrieben")
                        .param("nameEn", before.nameEn())
                        .param("descriptionDe", before.descriptionDe())
                        .param("descriptionEn", before.descriptionEn()))
                .andExpect(status().isConflict());
        assertThat(models.levels(MaturityModel.OZG_2).get(7).nameDe()).isEqualTo(before.nameDe());
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private RequestPostProcessor operator() {
        return user(users.loadUserByUsername("betrieb@lotse.example"));
    }
}
