package de.lotse.strategy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.lotse.LotseIntegrationTest;
import de.lotse.strategy.FieldColour;
import de.lotse.strategy.FieldOfAction;
import de.lotse.strategy.FieldOfActionData;
import de.lotse.strategy.FieldsOfAction;
import de.lotse.strategy.Goal;
import de.lotse.strategy.GoalData;
import de.lotse.strategy.Goals;
import de.lotse.strategy.Indicator;
import de.lotse.strategy.IndicatorData;
import de.lotse.strategy.IndicatorDirection;
import de.lotse.strategy.Indicators;
import de.lotse.strategy.MeasuredValueData;
import de.lotse.strategy.Visions;
import de.lotse.tenancy.TenantFixture;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The strategy's pages: the tree, the forms with their rules and conflicts, who sees which actions. */
@LotseIntegrationTest
class StrategyPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TenantFixture tenants;

    @Autowired
    FieldsOfAction fields;

    @Autowired
    Goals goals;

    @Autowired
    Indicators indicators;

    @Autowired
    Visions visions;

    @Autowired
    Clock clock;

    @Test
    void theStrategyPageShowsVisionFieldsGoalsIndicatorsToEveryone() throws Exception {
        mvc.perform(get("/strategy").with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Musterstadt 2030")))
                .andExpect(content().string(containsString("<strong>einfacher, gerechter und")))
                .andExpect(content().string(containsString("Verwaltung &amp; Bürgerservice")))
                .andExpect(content().string(containsString("Alle Verwaltungsleistungen sind online erreichbar")))
                .andExpect(content().string(containsString("Verantwortlich: Hauptamt")))
                .andExpect(content().string(containsString("Online beantragbare Leistungen")))
                .andExpect(content().string(containsString("des Weges geschafft")))
                .andExpect(content().string(containsString("<polyline")))
                .andExpect(content().string(not(containsString("Neues Handlungsfeld"))))
                .andExpect(content().string(not(containsString("Vision bearbeiten"))));
        mvc.perform(get("/strategy").with(as("cdo@musterstadt.example")))
                .andExpect(content().string(containsString("Neues Handlungsfeld")))
                .andExpect(content().string(containsString("Nach unten")))
                .andExpect(content().string(containsString("Vision bearbeiten")));
    }

    @Test
    void anAdministratorCreatesAFieldAGoalAnIndicatorAndAValueThroughTheForms() throws Exception {
        String name = "Formularfeld " + UUID.randomUUID();
        mvc.perform(form(post("/strategy/fields")).param("name", name).param("colour", "#123456"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bitte wählen Sie eine Farbe aus der Palette.")))
                .andExpect(content().string(containsString(name)));
        String fieldPage = mvc.perform(form(post("/strategy/fields"))
                        .param("name", name)
                        .param("description", "Beschreibung")
                        .param("colour", FieldColour.TEAL.hex()))
                .andExpect(redirectedUrlPattern("/strategy/fields/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String fieldId = fieldPage.substring(fieldPage.lastIndexOf('/') + 1);

        mvc.perform(form(post("/strategy/goals")).param("title", " ").param("fieldId", fieldId))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")));
        String goalPage = mvc.perform(form(post("/strategy/goals"))
                        .param("title", "Formularziel")
                        .param("fieldId", fieldId)
                        .param("targetDate", "2029-06-30"))
                .andExpect(redirectedUrlPattern("/strategy/goals/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        mvc.perform(form(post(goalPage + "/indicators"))
                        .param("name", "Formularzahl")
                        .param("unit", "%")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("baselineValue", "10,5")
                        .param("baselineDate", "2026-01-01")
                        .param("targetValue", "9")
                        .param("targetDate", "2025-01-01"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Das Zieldatum muss nach dem Datum des Ausgangswerts liegen.")))
                .andExpect(content().string(containsString("value=\"10,5\"")));
        mvc.perform(form(post(goalPage + "/indicators"))
                        .param("name", "Formularzahl")
                        .param("unit", "%")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("baselineValue", "10,12345"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"baselineValue-error\"")));
        String indicatorPage = mvc.perform(form(post(goalPage + "/indicators"))
                        .param("name", "Formularzahl")
                        .param("unit", "%")
                        .param("direction", "HIGHER_IS_BETTER")
                        .param("baselineValue", "10,5")
                        .param("baselineDate", "2026-01-01")
                        .param("targetValue", "60,5")
                        .param("targetDate", "2029-01-01"))
                .andExpect(redirectedUrlPattern("/strategy/indicators/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String today = LocalDate.now(clock).toString();
        mvc.perform(form(post(indicatorPage + "/values"))
                        .param("measuredOn", today)
                        .param("value", "35,5")
                        .param("source", "Statistik"))
                .andExpect(redirectedUrlPattern("/strategy/indicators/*"))
                .andExpect(flash().attribute("valueSaved", true));
        mvc.perform(form(post(indicatorPage + "/values"))
                        .param("measuredOn", today)
                        .param("value", "40"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Für diesen Tag gibt es schon einen Messwert.")));
        mvc.perform(form(post(indicatorPage + "/values"))
                        .param("measuredOn", today)
                        .param("value", "vierzig"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Bitte geben Sie eine Zahl an")));

        mvc.perform(get(indicatorPage).with(as("lotse@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("35,5 %")))
                .andExpect(content().string(containsString("Statistik")))
                .andExpect(content().string(containsString("50 % des Weges")))
                .andExpect(content().string(not(containsString("Messwert erfassen"))));
        mvc.perform(get("/strategy").with(as("rat@musterstadt.example")))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Formularziel")))
                .andExpect(content().string(containsString("Formularzahl")));

        mvc.perform(form(post(fieldPage + "/delete")).param("version", "0"))
                .andExpect(redirectedUrlPattern("/strategy/fields/*"))
                .andExpect(flash().attribute("refused", "field.delete.has-goals"));
    }

    @Test
    void aStaleEditShowsTheOtherChangeAndKeepsTheInput() throws Exception {
        FieldOfAction field = tenants.as(
                tenants.musterstadt(),
                () -> fields.create(new FieldOfActionData("Konfliktfeld", null, FieldColour.RED.hex())));
        Goal goal = tenants.as(
                tenants.musterstadt(), () -> goals.create(new GoalData(field.id(), "Konfliktziel", null, null, null)));
        tenants.as(
                tenants.musterstadt(),
                () -> goals.update(
                        goal.id(),
                        0,
                        new GoalData(field.id(), "Konfliktziel, von anderen geändert", null, null, null)));

        mvc.perform(form(post("/strategy/goals/" + goal.id()))
                        .param("title", "Meine Fassung")
                        .param("fieldId", field.id().toString())
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Zwischenzeitlich geändert")))
                .andExpect(content().string(containsString("Konfliktziel, von anderen geändert")))
                .andExpect(content().string(containsString("value=\"Meine Fassung\"")));
        assertThat(tenants.as(tenants.musterstadt(), () -> goals.get(goal.id()).title()))
                .isEqualTo("Konfliktziel, von anderen geändert");
    }

    @Test
    void goalsAndFieldsMoveUpAndDown() throws Exception {
        FieldOfAction field = tenants.as(
                tenants.musterstadt(),
                () -> fields.create(new FieldOfActionData("Reihenfolge", null, FieldColour.SLATE.hex())));
        Goal first = tenants.as(
                tenants.musterstadt(), () -> goals.create(new GoalData(field.id(), "Erstes", null, null, null)));
        Goal second = tenants.as(
                tenants.musterstadt(), () -> goals.create(new GoalData(field.id(), "Zweites", null, null, null)));

        mvc.perform(form(post("/strategy/goals/" + second.id() + "/move"))
                        .param("up", "true")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(tenants.as(tenants.musterstadt(), () -> goals.ofField(field.id()).stream()
                        .map(Goal::title)
                        .toList()))
                .containsExactly("Zweites", "Erstes");
        assertThat(tenants.as(tenants.musterstadt(), () -> goals.get(first.id()).position()))
                .isEqualTo(1);

        mvc.perform(form(post("/strategy/fields/" + field.id() + "/move"))
                        .param("up", "true")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        var order = tenants.as(
                tenants.musterstadt(),
                () -> fields.all().stream().map(FieldOfAction::name).toList());
        assertThat(order.indexOf("Reihenfolge")).isEqualTo(order.size() - 2);
    }

    @Test
    void theVisionFormRendersMarkdownSafely() throws Exception {
        Long version = tenants.as(
                tenants.beispielhausen(), () -> visions.current().orElseThrow().version());
        mvc.perform(post("/strategy/vision")
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .param("text", "Wir sind **offen**.\n\n<img src=x onerror=alert(1)> [x](javascript:alert(1))")
                        .param("published", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/strategy").with(as("cdo@beispielhausen.example")))
                .andExpect(content().string(containsString("<strong>offen</strong>")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(1)&gt;")))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(not(containsString("javascript:"))));
        mvc.perform(post("/strategy/vision")
                        .with(csrf())
                        .with(as("cdo@beispielhausen.example"))
                        .param("text", "Veraltet")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("<strong>offen</strong>")))
                .andExpect(content().string(containsString(">Veraltet</textarea>")));
    }

    @Test
    void theIndicatorPageHasATableAsTheChartsTextEquivalent() throws Exception {
        Indicator indicator = tenants.as(tenants.musterstadt(), () -> {
            FieldOfAction field = fields.create(new FieldOfActionData("Tabellenfeld", null, FieldColour.BLUE.hex()));
            Goal goal = goals.create(new GoalData(field.id(), "Tabellenziel", null, null, null));
            Indicator created = indicators.create(
                    goal.id(),
                    new IndicatorData(
                            "Tabellenzahl",
                            "t",
                            IndicatorDirection.LOWER_IS_BETTER,
                            BigDecimal.valueOf(200),
                            null,
                            BigDecimal.valueOf(100),
                            null));
            indicators.addValue(
                    created.id(),
                    new MeasuredValueData(LocalDate.now(clock).minusDays(3), new BigDecimal("1234.5"), "Bilanz"));
            return created;
        });
        mvc.perform(get("/strategy/indicators/" + indicator.id()).with(as("rat@musterstadt.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption")))
                .andExpect(content().string(containsString("scope=\"col\"")))
                .andExpect(content().string(containsString("1.234,5 t")))
                .andExpect(content().string(containsString("0 % des Weges")));
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(as("cdo@musterstadt.example"));
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }
}
